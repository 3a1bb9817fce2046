/**
 * Checks the built documentation site (docs-site/, `npm run docs`) in headless Chromium: every
 * page loads without console errors or failed requests, the guides are all there, the case
 * diagram is a picture, and every internal link (including the navigation typedoc renders with
 * script) points at a page and anchor that exist. Usage: tsx test/docs-site/check.ts [site dir]
 * Prints one line per check and exits non-zero on any failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from '../pack/chromium.js';
import { serveDirectory } from './serve.js';

const site = resolve(process.argv[2] ?? 'docs-site');
const docs = resolve('docs');
if (!existsSync(join(site, 'index.html'))) throw new Error(`No site at ${site}: run \`npm run docs\` first.`);

interface Outcome {
  readonly name: string;
  readonly problems: readonly string[];
}
const outcomes: Outcome[] = [];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const idCache = new Map<string, Set<string>>();
/** The ids (and names) a page defines, read from its HTML. */
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (ids === undefined) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1] ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

/** Why an internal URL does not resolve, or null when it does. */
function brokenLink(url: URL, origin: string): string | null {
  if (url.origin !== origin) return null;
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(site, path);
  if (!existsSync(file)) return `no such page ${path}`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor === '' || !file.endsWith('.html')) return null;
  if (file.endsWith('icons.svg')) return null;
  return idsOf(file).has(anchor) ? null : `no anchor #${anchor} on ${path}`;
}

const pages = htmlFiles(site).sort();
const guides = pages.filter((page) => relative(site, page).startsWith('documents'));
/**
 * Pages opened in the browser: every guide and top-level page, and the first few API pages of
 * each kind (they share one template; DOCS_CHECK_ALL=1 opens them all). The links of every
 * page are checked either way, the unopened ones from their HTML.
 */
const API_PAGES_PER_KIND = 5;
const opened = process.env['DOCS_CHECK_ALL'] === '1' ? pages : sampleForBrowser(pages);

function sampleForBrowser(all: readonly string[]): string[] {
  const perKind = new Map<string, number>();
  return all.filter((file) => {
    const parts = relative(site, file).split(/[\\/]/);
    if (parts.length === 1 || parts[0] === 'documents') return true;
    const kind = parts[0] ?? '';
    const seen = perKind.get(kind) ?? 0;
    perKind.set(kind, seen + 1);
    return seen < API_PAGES_PER_KIND;
  });
}

/** The links written into a page's HTML (typedoc's navigation comes from script and is the same on every page). */
function staticLinks(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
}
const server = await serveDirectory(site);
const browser = await launchChromium();
const loadProblems: string[] = [];
const linkProblems = new Set<string>();
let linksChecked = 0;
/** Opens one page, records its errors and checks every link it shows (static and script-made). */
async function checkPage(page: Page, errors: string[], file: string): Promise<void> {
  const path = relative(site, file).split('\\').join('/');
  errors.length = 0;
  const response = await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  // typedoc fills the navigation from script: wait until it has, so its links are checked too.
  await page.waitForSelector('#tsd-nav-container a', { state: 'attached', timeout: 5000 }).catch(() => undefined);
  if (response === null || !response.ok()) loadProblems.push(`${path}: HTTP ${response?.status() ?? 'no response'}`);
  for (const error of errors) loadProblems.push(`${path}: ${error}`);
  const hrefs = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
    elements.map((element) => {
      const link = element as unknown as { href?: string; src?: string };
      return link.href || link.src || '';
    }),
  );
  checkLinks(path, hrefs.map((href) => new URL(href)));
}

function checkLinks(path: string, urls: readonly URL[]): void {
  for (const url of urls) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    linksChecked += 1;
    const problem = brokenLink(url, server.origin);
    if (problem !== null) linkProblems.add(`${path} -> ${url.pathname}${url.hash}: ${problem}`);
  }
}

try {
  // A few tabs at once: the site has a page per export.
  const queue = [...opened];
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      const page = await browser.newPage();
      const errors = collectPageErrors(page);
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) await checkPage(page, errors, file);
    }),
  );
  for (const file of pages.filter((page) => !opened.includes(page))) {
    const path = relative(site, file).split('\\').join('/');
    const pageUrl = new URL(`${server.origin}/${path}`);
    checkLinks(path, staticLinks(file).map((href) => new URL(href, pageUrl)));
  }
} finally {
  await browser.close();
  await server.close();
}

outcomes.push({ name: `${opened.length} of ${pages.length} pages load without console errors or failed requests`, problems: loadProblems });
outcomes.push({ name: `${linksChecked} internal links resolve to a page and anchor`, problems: [...linkProblems] });

// Every guide in docs/ is published as a project document.
const guideTitles = guides.map((file) => readFileSync(file, 'utf8'));
const missingGuides = readdirSync(docs)
  .filter((name) => name.endsWith('.md'))
  .filter((name) => {
    const heading = /^#\s+(.+)$/m.exec(readFileSync(join(docs, name), 'utf8'))?.[1]?.trim();
    return heading === undefined || !guideTitles.some((html) => html.includes(escapeHtml(heading)));
  });
outcomes.push({ name: `${guides.length} guides published from docs/`, problems: missingGuides.map((name) => `docs/${name} is not on the site`) });

// A state diagram in a guide becomes a picture; its source shows only folded away under it.
const diagramGuides = readdirSync(docs).filter((name) => name.endsWith('.md') && readFileSync(join(docs, name), 'utf8').includes('stateDiagram'));
const pictures = guides.filter((file) => readFileSync(file, 'utf8').includes('<svg xmlns="http://www.w3.org/2000/svg" class="state-diagram"'));
const leftSource = guides.filter((file) => /stateDiagram/.test(readFileSync(file, 'utf8').replace(/<details>[\s\S]*?<\/details>/g, '')));
outcomes.push({
  name: `${pictures.length} state diagram(s) rendered as pictures`,
  problems: [
    ...(pictures.length < diagramGuides.length ? [`${diagramGuides.join(', ')} hold ${diagramGuides.length} diagram(s), the site shows ${pictures.length}`] : []),
    ...leftSource.map((file) => `${relative(site, file)} shows diagram source as text`),
  ],
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

let failed = 0;
for (const outcome of outcomes) {
  const ok = outcome.problems.length === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} docs: ${outcome.name}`);
  for (const problem of outcome.problems.slice(0, 30)) console.log(`     ${problem}`);
  if (outcome.problems.length > 30) console.log(`     … and ${outcome.problems.length - 30} more`);
}
process.exitCode = failed === 0 ? 0 : 1;
