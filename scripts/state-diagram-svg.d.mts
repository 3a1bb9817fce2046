/** A Mermaid state diagram as read: state labels by id, and the transitions in the order written. */
export interface ParsedStateDiagram {
  readonly labels: Map<string, string>;
  readonly edges: { from: string; to: string; label: string }[];
}
/** Reads a Mermaid `stateDiagram-v2` (states, aliases, transitions; `[*]` as `[start]`/`[end]`). */
export function parseStateDiagram(source: string): ParsedStateDiagram;
/** The SVG picture of a Mermaid state diagram, on one line. */
export function renderStateDiagram(source: string, title?: string): string;
/** Breaks a long label into balanced lines at its ` / ` or `, ` joints. */
export function wrapLabel(label: string, max?: number): string[];
