import { describe, expect, it } from 'vitest';
import { renderDiagramBlocks } from '../../scripts/typedoc-diagrams.mjs';
import { parseStateDiagram, renderStateDiagram, wrapLabel } from '../../scripts/state-diagram-svg.mjs';
import { caseStateDiagram } from '../../src/index.js';

/** The text a picture shows, with wrapped lines joined again. */
function shownText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
    .map((match) => [...(match[1] ?? '').matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((span) => span[1]).join(' ') || match[1])
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/ {2,}/g, ' ');
}

describe('the state diagram picture', () => {
  const source = caseStateDiagram();
  const svg = renderStateDiagram(source, 'BEM case lifecycle');

  it('reads every transition of the case diagram, [*] as start and end', () => {
    const { labels, edges } = parseStateDiagram(source);
    expect(labels.get('in_progress')).toBe('in-progress');
    expect(edges[0]).toEqual({ from: '[start]', to: 'open', label: 'case.opened' });
    expect(edges.at(-1)).toEqual({ from: 'closed', to: '[end]', label: '' });
    expect(edges.length).toBe(source.split('\n').filter((line) => line.includes('-->')).length);
  });

  it('shows every state and every transition label of the case diagram', () => {
    const text = shownText(svg).replace(/\n/g, ' ');
    for (const state of ['open', 'invited', 'accepted', 'in-progress', 'measures', 'review', 'paused', 'closed']) expect(text).toContain(state);
    const { edges } = parseStateDiagram(source);
    for (const { label } of edges) expect(text.replace(/ \/ /g, ' / ').replace(/ +/g, ' ')).toContain(label.replace(/ +/g, ' '));
  });

  it('is one line of self-contained SVG with a title, so it can sit in Markdown as HTML', () => {
    expect(svg).not.toContain('\n');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>BEM case lifecycle</title>');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(svg.match(/<text/g)?.length).toBe(svg.match(/<\/text>/g)?.length);
  });

  it('is the same every time', () => {
    expect(renderStateDiagram(source, 'BEM case lifecycle')).toBe(svg);
  });

  it('wraps long labels at their joints and keeps short ones whole', () => {
    expect(wrapLabel('case.opened')).toEqual(['case.opened']);
    const label = 'interview.held [employee says no] / employee.declined (declined) / case.closed (employment-ended)';
    const lines = wrapLabel(label);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(48);
  });
});

describe('the docs plugin', () => {
  it('replaces a state diagram block (text or mermaid) by the picture with the source folded away', () => {
    const markdown = `Intro\n\n\`\`\`text\n${caseStateDiagram()}\n\`\`\`\n\nAfter\n`;
    const html = renderDiagramBlocks(markdown);
    expect(html).toMatch(/^Intro\n\n<figure class="bem-diagram"><div style="overflow-x:auto"><svg /);
    expect(html).toContain('<details><summary>Mermaid source</summary>');
    expect(html).not.toMatch(/```/);
    expect(html.slice(html.indexOf('<figure'), html.indexOf('</figure>'))).not.toContain('\n');
    expect(html.endsWith('</figure>\n\n\nAfter\n')).toBe(true);
    expect(renderDiagramBlocks('```mermaid\nstateDiagram-v2\n  a --> b: go\n```\n')).toContain('<svg');
  });

  it('leaves other code blocks alone', () => {
    const markdown = '```ts\nconst x = 1;\n```\n\n```text\nnot a diagram\n```\n';
    expect(renderDiagramBlocks(markdown)).toBe(markdown);
  });
});
