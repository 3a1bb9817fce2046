import type { Application } from 'typedoc';
/** Replaces each state-diagram block in a Markdown text by its picture. */
export function renderDiagramBlocks(markdown: string): string;
/** The typedoc plugin entry point. */
export function load(app: Application): void;
