// Renders a Mermaid `stateDiagram-v2` (the subset caseStateDiagram() writes: `state "x" as y`,
// `A --> B: label`, `[*]`) as a self-contained SVG, with no browser and no network: the docs site
// shows the case lifecycle as a picture although the build runs offline. Layout, top to bottom:
// the longest chain of states in a column; jumps forward as arcs on the right, steps back on the
// left; a state that many others go to and come back from (like `paused`) beside the column.

const ROW = 80;
const NODE_HEIGHT = 30;
const CHAR = 6.9;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12"';

/** @param {string} text */
function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Breaks a long label into balanced lines at its ` / ` or `, ` joints (at most ~40 characters a
 * line where the joints allow), so the picture stays narrow.
 * @param {string} label
 * @returns {string[]}
 */
export function wrapLabel(label, max = 40) {
  if (label.length <= max) return [label];
  const pieces = label.split(/(?<= \/ |, )/);
  const lines = [''];
  const target = Math.ceil(label.length / Math.ceil(label.length / max));
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (lines[last].length > 0 && lines[last].length + piece.length > target + 8) lines.push(piece);
    else lines[last] += piece;
  }
  return lines.map((line) => line.trimEnd());
}

/**
 * Reads the diagram: states (with labels) and transitions, in the order written.
 * @param {string} source
 */
export function parseStateDiagram(source) {
  /** @type {Map<string, string>} */
  const labels = new Map();
  /** @type {{ from: string, to: string, label: string }[]} */
  const edges = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    const alias = /^state\s+"([^"]+)"\s+as\s+(\S+)$/.exec(line);
    if (alias) {
      labels.set(alias[2], alias[1]);
      continue;
    }
    const edge = /^(\S+)\s*-->\s*(\S+?)\s*(?::\s*(.*))?$/.exec(line);
    if (!edge) continue;
    const from = edge[1] === '[*]' ? '[start]' : edge[1];
    const to = edge[2] === '[*]' ? '[end]' : edge[2];
    edges.push({ from, to, label: (edge[3] ?? '').trim() });
  }
  return { labels, edges };
}

/**
 * Ranks: depth-first from the start in the order written; edges back to a state on the current
 * path are steps back, the rest give each state its longest distance from the start.
 */
function rank(nodes, edges) {
  const out = new Map(nodes.map((node) => [node, edges.filter((edge) => edge.from === node).map((edge) => edge.to)]));
  const back = new Set();
  const state = new Map();
  const visit = (node) => {
    state.set(node, 'active');
    for (const next of out.get(node) ?? []) {
      if (state.get(next) === 'active') back.add(`${node}>${next}`);
      else if (!state.has(next)) visit(next);
    }
    state.set(node, 'done');
  };
  if (nodes.includes('[start]')) visit('[start]');
  for (const node of nodes) if (!state.has(node)) visit(node);
  const ranks = new Map();
  const longest = (node) => {
    if (ranks.has(node)) return ranks.get(node);
    ranks.set(node, 0);
    const preds = edges.filter((edge) => edge.to === node && !back.has(`${edge.from}>${edge.to}`) && edge.from !== node);
    const value = preds.length === 0 ? 0 : Math.max(...preds.map((edge) => longest(edge.from) + 1));
    ranks.set(node, value);
    return value;
  };
  for (const node of nodes) longest(node);
  return ranks;
}

/** States that three or more others both go to and come back from sit beside the column. */
function sideStates(nodes, edges) {
  return new Set(
    nodes.filter((node) => {
      const to = new Set(edges.filter((edge) => edge.from === node).map((edge) => edge.to));
      const both = edges.filter((edge) => edge.to === node && to.has(edge.from)).map((edge) => edge.from);
      return new Set(both).size >= 3;
    }),
  );
}

/**
 * The SVG picture of a Mermaid state diagram.
 * @param {string} source the Mermaid text.
 * @param {string} [title] an accessible title.
 * @returns {string} one line of SVG markup (no blank lines, so it can sit in Markdown as HTML).
 */
export function renderStateDiagram(source, title = 'State diagram') {
  const { labels, edges } = parseStateDiagram(source);
  const nodes = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
  const side = sideStates(nodes, edges);
  const main = nodes.filter((node) => !side.has(node));
  const mainEdges = edges.filter((edge) => !side.has(edge.from) && !side.has(edge.to));
  const ranks = rank(main, mainEdges);
  const name = (node) => labels.get(node) ?? node;
  const width = (node) => (node.startsWith('[') ? 16 : Math.max(96, name(node).length * CHAR + 28));
  const widest = Math.max(...main.map(width));
  /** @type {Map<string, { x: number, y: number, w: number, h: number }>} */
  const box = new Map();
  const perRank = new Map();
  for (const node of main) {
    const r = ranks.get(node) ?? 0;
    const k = perRank.get(r) ?? 0;
    perRank.set(r, k + 1);
    box.set(node, { x: k * (widest + 40), y: r * ROW, w: width(node), h: node.startsWith('[') ? 16 : NODE_HEIGHT });
  }
  for (const node of side) {
    const near = edges.filter((edge) => edge.from === node || edge.to === node).map((edge) => (edge.from === node ? edge.to : edge.from));
    const ys = near.filter((other) => box.has(other)).map((other) => box.get(other).y);
    const y = ys.length === 0 ? 0 : Math.round(ys.reduce((a, b) => a + b, 0) / ys.length / (ROW / 2)) * (ROW / 2);
    box.set(node, { x: -(widest / 2 + 260), y, w: width(node), h: NODE_HEIGHT });
  }

  const parts = [];
  const bounds = { left: -widest / 2, right: widest / 2, top: -10, bottom: 0 };
  const grow = (x, y) => {
    bounds.left = Math.min(bounds.left, x);
    bounds.right = Math.max(bounds.right, x);
    bounds.top = Math.min(bounds.top, y);
    bounds.bottom = Math.max(bounds.bottom, y);
  };
  // A label, wrapped and centred on y.
  const text = (x, y, content, anchor = 'start') => {
    const lines = wrapLabel(content);
    const top = y - ((lines.length - 1) * 13) / 2;
    const w = Math.max(...lines.map((line) => line.length)) * CHAR;
    grow(anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x, top - 12);
    grow(anchor === 'end' ? x : anchor === 'middle' ? x + w / 2 : x + w, top + (lines.length - 1) * 13 + 4);
    const spans = lines.map((line, i) => `<tspan x="${x}" y="${top + i * 13}">${escape(line)}</tspan>`).join('');
    parts.push(`<text text-anchor="${anchor}" class="label">${spans}</text>`);
  };
  const path = (d) => parts.push(`<path d="${d}" class="edge" marker-end="url(#arrow)"/>`);

  const drawn = new Set();
  const straight = new Set(mainEdges.filter((edge) => {
    const a = box.get(edge.from);
    const b = box.get(edge.to);
    return a.x === b.x && b.y - a.y === ROW;
  }).map((edge) => `${edge.from}>${edge.to}`));
  for (const edge of mainEdges) {
    const a = box.get(edge.from);
    const b = box.get(edge.to);
    const key = `${edge.from}>${edge.to}`;
    if (drawn.has(key) || edge.from === edge.to) continue;
    drawn.add(key);
    if (straight.has(key)) {
      path(`M${a.x} ${a.y + a.h / 2}L${b.x} ${b.y - b.h / 2 - 2}`);
      if (edge.label) text(a.x + 10, (a.y + b.y) / 2 + 4, edge.label);
    } else if (b.y > a.y) {
      // A jump forward: an arc on the right, wider the further it jumps.
      const control = a.x + widest / 2 + 58 + 24 * ((b.y - a.y) / ROW - 1);
      const x1 = a.x + a.w / 2;
      const x2 = b.x + b.w / 2;
      path(`M${x1} ${a.y}C${control} ${a.y},${control} ${b.y},${x2 + 3} ${b.y}`);
      // The curve's rightmost point (t = 1/2), where its label starts.
      if (edge.label) text(Math.round(0.125 * x1 + 0.75 * control + 0.125 * x2) + 6, (a.y + b.y) / 2 + 4, edge.label);
    } else {
      // A step back: an arc on the left.
      const control = a.x - widest / 2 - 50 - 18 * ((a.y - b.y) / ROW - 1);
      const x1 = a.x - a.w / 2;
      const x2 = b.x - b.w / 2;
      path(`M${x1} ${a.y}C${control} ${a.y},${control} ${b.y},${x2 - 3} ${b.y}`);
      if (edge.label) text(Math.round(0.125 * x1 + 0.75 * control + 0.125 * x2) - 6, (a.y + b.y) / 2 + 4, edge.label, 'end');
    }
  }
  // Edges of the side states: curves, and each distinct label once, above (in) and below (out).
  for (const node of side) {
    const s = box.get(node);
    const incoming = edges.filter((edge) => edge.to === node);
    const outgoing = edges.filter((edge) => edge.from === node);
    for (const edge of incoming) {
      const a = box.get(edge.from);
      path(`M${a.x - a.w / 2} ${a.y - 5}C${a.x - a.w / 2 - 90} ${a.y - 5},${s.x + s.w / 2 + 90} ${s.y - 6},${s.x + s.w / 2 + 3} ${s.y - 6}`);
    }
    for (const edge of outgoing) {
      const b = box.get(edge.to);
      path(`M${s.x + s.w / 2} ${s.y + 6}C${s.x + s.w / 2 + 90} ${s.y + 6},${b.x - b.w / 2 - 90} ${b.y + 5},${b.x - b.w / 2 - 3} ${b.y + 5}`);
    }
    const unique = (list) => [...new Set(list.map((edge) => edge.label).filter((label) => label))];
    let above = s.y - s.h / 2 - 10;
    for (const label of unique(incoming).reverse()) {
      const lines = wrapLabel(`into ${name(node)}: ${label}`).length;
      text(s.x, above - ((lines - 1) * 13) / 2, `into ${name(node)}: ${label}`, 'middle');
      above -= 13 * lines + 4;
    }
    let below = s.y + s.h / 2 + 20;
    for (const label of unique(outgoing)) {
      const lines = wrapLabel(`out of ${name(node)}: ${label}`).length;
      text(s.x, below + ((lines - 1) * 13) / 2, `out of ${name(node)}: ${label}`, 'middle');
      below += 13 * lines + 4;
    }
  }
  for (const [node, b] of box) {
    grow(b.x - b.w / 2, b.y - b.h / 2);
    grow(b.x + b.w / 2, b.y + b.h / 2);
    if (node === '[start]') parts.push(`<circle cx="${b.x}" cy="${b.y}" r="7" class="terminal"/>`);
    else if (node === '[end]') parts.push(`<circle cx="${b.x}" cy="${b.y}" r="8" class="end"/><circle cx="${b.x}" cy="${b.y}" r="4.5" class="terminal"/>`);
    else {
      parts.push(`<rect x="${b.x - b.w / 2}" y="${b.y - b.h / 2}" width="${b.w}" height="${b.h}" rx="14" class="state"/>`);
      parts.push(`<text x="${b.x}" y="${b.y + 4}" text-anchor="middle" class="name">${escape(name(node))}</text>`);
    }
  }
  const pad = 16;
  const x0 = Math.floor(bounds.left - pad);
  const y0 = Math.floor(bounds.top - pad);
  const w = Math.ceil(bounds.right - bounds.left + 2 * pad);
  const h = Math.ceil(bounds.bottom - bounds.top + 2 * pad);
  const style =
    '.state{fill:#eef3fb;stroke:#3b5b92;stroke-width:1.2}.name{fill:#1b2a41;font-weight:600}' +
    '.edge{fill:none;stroke:#5b6475;stroke-width:1.1}.label{fill:#2d3340;paint-order:stroke;stroke:#fff;stroke-width:3px}' +
    '.terminal{fill:#1b2a41}.end{fill:#fff;stroke:#1b2a41;stroke-width:1.2}';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="state-diagram" role="img" aria-label="${escape(title)}" viewBox="${x0} ${y0} ${w} ${h}" width="100%" style="max-width:${w}px;min-width:${Math.round(w * 0.85)}px;height:auto" ${FONT}>` +
    `<title>${escape(title)}</title><style>${style}</style>` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#5b6475"/></marker></defs>` +
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#fff" rx="6"/>` +
    parts.join('') +
    '</svg>'
  );
}
