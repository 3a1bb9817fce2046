/**
 * Reads the built documentation site (docs-site/, `npm run docs`) the way people do, in headless
 * Chromium at 1280 and 390 px, and checks what makes it readable:
 *
 * - screenshots of the home page, every guide (enumerated from typedoc.json's projectDocuments,
 *   so new guides are included without editing this file) and the pages of evaluateEligibility,
 *   applyEvent, viewFor and computeKpis, at both widths, into .tmp/docs-screens/;
 * - no API page taller than 8,000 px at 1280 px (every page's height in .tmp/docs-heights.json,
 *   tallest first, and the three tallest on the check's line);
 * - on every function page the summary and the first example start within the first 1,200 px;
 * - nothing overflows sideways outside a scroll container (the page itself never scrolls
 *   sideways), at both widths, on the screenshot pages;
 * - the state diagram keeps a legible size at 390 px (labels at least 10 px) and scrolls inside
 *   its own container; tables scroll inside the content column;
 * - one title on the home page;
 * - full-text search finds the right guide for German terms and words from guide text, and
 *   shows no `__type` entries.
 *
 * Usage: tsx test/docs-site/layout.ts [site dir]. Prints one line per check, writes
 * .tmp/docs-results.json as {"passed": N, "failed": M} (CI adds it to its count) and exits
 * non-zero on any failure.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../pack/chromium.js';
import { serveDirectory } from './serve.js';

// The checks below run inside the page. The project compiles without the DOM library, so these
// are the few browser names they use, declared for this file only.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare function getComputedStyle(element: unknown): any;
type Element = any;
type SVGSVGElement = any;
type HTMLElement = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

const site = resolve(process.argv[2] ?? 'docs-site');
const screens = resolve('.tmp/docs-screens');
if (!existsSync(join(site, 'index.html'))) throw new Error(`No site at ${site}: run \`npm run docs\` first.`);
mkdirSync(screens, { recursive: true });

const MAX_PAGE_HEIGHT = 8000;
const FIRST_SCREEN = 1200;
const WIDTHS = [1280, 390] as const;
const KEY_FUNCTIONS = ['evaluateEligibility', 'applyEvent', 'viewFor', 'computeKpis'];
/** Query, and the guide (by title) that must be among the results. */
const SEARCHES: readonly (readonly [string, string])[] = [
  ['Hamburger Modell', 'Graded return'],
  ['Wiedereingliederung', 'Graded return'],
  ['Schwerbehindertenvertretung', 'The law in brief'],
  ['dismissal', 'The law in brief'],
];

interface Outcome {
  readonly name: string;
  readonly problems: readonly string[];
}
const outcomes: Outcome[] = [];

/** The guides typedoc publishes, read from its own configuration (globs of `*.md` allowed). */
function configuredGuides(): string[] {
  const config = JSON.parse(readFileSync('typedoc.json', 'utf8')) as { projectDocuments?: string[] };
  return (config.projectDocuments ?? []).flatMap((pattern) => {
    if (!pattern.includes('*')) return [pattern];
    const dir = pattern.slice(0, pattern.lastIndexOf('/'));
    const suffix = pattern.slice(pattern.lastIndexOf('*') + 1);
    return readdirSync(dir).filter((name) => name.endsWith(suffix)).map((name) => `${dir}/${name}`);
  });
}

const guideFiles = configuredGuides();
const guidePages = readdirSync(join(site, 'documents')).filter((name) => name.endsWith('.html'));
outcomes.push({
  name: `${guidePages.length} guide pages for the ${guideFiles.length} guides in typedoc.json`,
  problems: guidePages.length === guideFiles.length ? [] : [`typedoc.json lists ${guideFiles.length} guides, the site has ${guidePages.length} pages`],
});

const apiPages = ['functions', 'variables', 'types', 'interfaces', 'classes']
  .filter((dir) => existsSync(join(site, dir)))
  .flatMap((dir) => readdirSync(join(site, dir)).filter((name) => name.endsWith('.html')).map((name) => `${dir}/${name}`))
  .sort();
const keyPages = KEY_FUNCTIONS.map((name) => apiPages.find((page) => page.startsWith('functions/') && page.endsWith(`.${name}.html`)));
outcomes.push({
  name: `the pages of ${KEY_FUNCTIONS.join(', ')} exist`,
  problems: KEY_FUNCTIONS.filter((_, index) => keyPages[index] === undefined).map((name) => `no function page for ${name}`),
});
const screenshotPages = ['index.html', ...guidePages.map((name) => `documents/${name}`), ...keyPages.filter((page) => page !== undefined)];

const server = await serveDirectory(site);
let browser: Browser | undefined;
try {
  browser = await launchChromium();
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const pageAt = (width: number): Page => (width === 1280 ? desktop : phone);
  // tsx keeps function names with a `__name` helper that the page does not have.
  for (const page of [desktop, phone]) await page.addInitScript('globalThis.__name = (target) => target;');

  async function open(page: Page, path: string): Promise<void> {
    await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
    // typedoc shows the body once its script ran (or after 500 ms).
    await page.waitForFunction(() => document.body.style.display !== 'none', undefined, { timeout: 5000 }).catch(() => undefined);
  }

  // Heights of every API page, and the first screen of every function page, at 1280 px.
  const tooTall: string[] = [];
  const lateStart: string[] = [];
  const heights: { path: string; height: number }[] = [];
  for (const path of apiPages) {
    await open(desktop, path);
    const figures = await desktop.evaluate(() => {
      const top = (element: Element | null | undefined) => (element ? element.getBoundingClientRect().top + window.scrollY : null);
      const signature = document.querySelector('.tsd-signature');
      const summary = document.querySelector('.tsd-signature ~ .tsd-description .tsd-comment p, .tsd-description .tsd-comment p, .tsd-comment p');
      const example = [...document.querySelectorAll('h4, h3')].find((heading) => /^\s*Examples?\s*$/.test(heading.textContent ?? ''));
      return { height: document.documentElement.scrollHeight, signature: top(signature), summary: top(summary), example: top(example) };
    });
    heights.push({ path, height: figures.height });
    if (figures.height > MAX_PAGE_HEIGHT) tooTall.push(`${path}: ${figures.height} px`);
    if (path.startsWith('functions/')) {
      if (figures.summary === null || figures.summary > FIRST_SCREEN) lateStart.push(`${path}: summary at ${figures.summary ?? 'none'} px`);
      if (figures.example === null || figures.example > FIRST_SCREEN) lateStart.push(`${path}: first example at ${figures.example ?? 'none'} px`);
    }
  }
  heights.sort((a, b) => b.height - a.height);
  writeFileSync(join(screens, '..', 'docs-heights.json'), `${JSON.stringify(heights, null, 1)}\n`);
  const tallest = heights.slice(0, 3).map(({ path, height }) => `${path} ${height} px`).join(', ');
  outcomes.push({ name: `${apiPages.length} API pages at most ${MAX_PAGE_HEIGHT} px tall at 1280 px (tallest: ${tallest})`, problems: tooTall });
  const functionCount = apiPages.filter((path) => path.startsWith('functions/')).length;
  outcomes.push({ name: `${functionCount} function pages show the summary and the first example within ${FIRST_SCREEN} px`, problems: lateStart });

  // Screenshots, sideways overflow, one home title, diagram and tables.
  const overflow: string[] = [];
  const diagram: string[] = [];
  const tables: string[] = [];
  const titles: string[] = [];
  let diagrams = 0;
  for (const width of WIDTHS) {
    const page = pageAt(width);
    for (const path of screenshotPages) {
      await open(page, path);
      const name = path === 'index.html' ? 'home' : basename(path, '.html').replace(/^index\./, '');
      await page.screenshot({ path: join(screens, `${name}-${width}.png`), fullPage: true });
      const found = await page.evaluate(() => {
        const viewport = document.documentElement.clientWidth;
        const scrolls = (element: Element) => /(auto|scroll|hidden)/.test(getComputedStyle(element).overflowX);
        const insideScroller = (element: Element) => {
          for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) if (scrolls(parent)) return true;
          return false;
        };
        const sticking: string[] = [];
        if (document.documentElement.scrollWidth > viewport + 1) sticking.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
        for (const element of document.querySelectorAll('.col-content *, .tsd-page-toolbar *, .col-sidebar *')) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.right <= viewport + 1 || insideScroller(element)) continue;
          if (getComputedStyle(element).position === 'fixed') continue;
          sticking.push(`<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> reaches ${Math.round(box.right)} px`);
          if (sticking.length > 3) break;
        }
        const svgs = [...document.querySelectorAll('svg.state-diagram')].map((svg) => {
          const box = svg.getBoundingClientRect();
          const natural = (svg as SVGSVGElement).viewBox.baseVal.width;
          const fontSize = Number(svg.getAttribute('font-size') ?? '12');
          const holder = svg.parentElement;
          return {
            label: fontSize * (box.width / natural),
            scrolls: holder ? scrolls(holder) : false,
            fits: box.width <= (holder?.clientWidth ?? 0) + 1,
          };
        });
        const content = document.querySelector('.col-content')?.getBoundingClientRect().right ?? viewport;
        const badTables = [...document.querySelectorAll('.tsd-typography table')].filter((table) => {
          const box = table.getBoundingClientRect();
          return box.right > content + 1 && !(scrolls(table) || insideScroller(table));
        }).length;
        const headings = [...document.querySelectorAll('h1')].filter((heading) => (heading as HTMLElement).offsetParent !== null).map((heading) => heading.textContent?.trim() ?? '');
        return { sticking, svgs, badTables, headings };
      });
      for (const problem of found.sticking) overflow.push(`${path} at ${width} px: ${problem}`);
      for (const svg of found.svgs) {
        diagrams += 1;
        if (svg.label < 10) diagram.push(`${path} at ${width} px: labels shrink to ${svg.label.toFixed(1)} px`);
        if (!svg.fits && !svg.scrolls) diagram.push(`${path} at ${width} px: the diagram is wider than its box and does not scroll`);
      }
      if (found.badTables > 0) tables.push(`${path} at ${width} px: ${found.badTables} table(s) run out of the content column`);
      if (path === 'index.html' && found.headings.length !== 1) titles.push(`home at ${width} px shows ${found.headings.length} titles: ${found.headings.join(' | ')}`);
    }
  }
  outcomes.push({ name: `${screenshotPages.length} pages × ${WIDTHS.length} widths screenshotted to .tmp/docs-screens, none overflowing sideways outside a scroll container`, problems: overflow });
  outcomes.push({ name: `state diagram legible at every width (${diagrams} views): labels >= 10 px, scrolls when wider than its box`, problems: diagrams === 0 ? ['no state diagram found on the screenshot pages'] : diagram });
  outcomes.push({ name: 'tables scroll inside the content column', problems: tables });
  outcomes.push({ name: 'one title on the home page', problems: titles });

  // Search, as a person uses it: open the box, type, read the results.
  const searchProblems: string[] = [];
  await open(desktop, 'index.html');
  for (const [query, guide] of SEARCHES) {
    await desktop.click('#tsd-search-trigger');
    await desktop.fill('#tsd-search-input', query);
    await desktop.waitForFunction(() => (document.getElementById('tsd-search-results')?.childElementCount ?? 0) > 0 || (document.getElementById('tsd-search-status')?.textContent ?? '') !== '', undefined, { timeout: 5000 }).catch(() => undefined);
    const results = await desktop.$$eval('#tsd-search-results li', (items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    if (!results.some((text) => text === guide || text.endsWith(guide))) searchProblems.push(`"${query}" does not find the guide "${guide}" (found: ${results.slice(0, 10).join('; ') || 'nothing'})`);
    for (const text of results.filter((text) => text.includes('__type'))) searchProblems.push(`"${query}" shows ${text}`);
    await desktop.keyboard.press('Escape');
    await desktop.waitForTimeout(300);
  }
  outcomes.push({ name: `search finds the right guide for ${SEARCHES.map(([query]) => `"${query}"`).join(', ')}, without __type entries`, problems: searchProblems });
} catch (error) {
  outcomes.push({ name: 'the browser checks ran', problems: [error instanceof Error ? error.message : String(error)] });
} finally {
  await browser?.close();
  await server.close();
}

let failed = 0;
for (const outcome of outcomes) {
  const ok = outcome.problems.length === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} docs layout: ${outcome.name}`);
  for (const problem of outcome.problems.slice(0, 20)) console.log(`     ${problem}`);
  if (outcome.problems.length > 20) console.log(`     … and ${outcome.problems.length - 20} more`);
}
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/docs-results.json', `${JSON.stringify({ passed: outcomes.length - failed, failed })}\n`);
process.exitCode = failed === 0 ? 0 : 1;
