// A typedoc plugin: a fenced code block holding a Mermaid state diagram (```mermaid, or ```text
// whose first line is `stateDiagram-v2`) is shown as a picture, rendered at build time by
// ./state-diagram-svg.mjs, with the source folded away below it. Works offline: no Mermaid
// runtime, no browser, no network.
import { MarkdownEvent } from 'typedoc';
import { renderStateDiagram } from './state-diagram-svg.mjs';

const FENCE = /^```(?:mermaid|text)[ \t]*\n(stateDiagram(?:-v2)?[ \t]*\n[\s\S]*?)^```[ \t]*$/gm;

/** @param {string} text */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Replaces each state-diagram block in a Markdown text by its picture.
 * @param {string} markdown
 * @returns {string}
 */
export function renderDiagramBlocks(markdown) {
  return markdown.replace(FENCE, (_block, source) => {
    const svg = renderStateDiagram(source, 'State diagram of a BEM case');
    const code = escape(source.trimEnd()).replace(/\n/g, '&#10;');
    // Shown at its own size (small text stays legible) and scrolled sideways on narrow screens.
    return `<figure class="bem-diagram"><div style="overflow-x:auto">${svg}</div><details><summary>Mermaid source</summary><pre><code>${code}</code></pre></details></figure>\n`;
  });
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Before typedoc's own Markdown rendering (priority 0), so the picture goes in as HTML.
  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    if (event.parsedText.includes('stateDiagram')) event.parsedText = renderDiagramBlocks(event.parsedText);
  }, 100);
}
