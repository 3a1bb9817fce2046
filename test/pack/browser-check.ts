/**
 * Opens the bundled consumer (`browser.js`, built by esbuild from the packed tarball) in headless
 * Chromium and checks what it computed. Usage: tsx test/pack/browser-check.ts <consumer dir>
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectPageErrors, launchChromium } from './chromium.js';

const dir = resolve(process.argv[2] ?? '.tmp/pack/consumer');
const html = join(dir, 'browser.html');
writeFileSync(html, '<!doctype html><meta charset="utf-8"><title>bem-sgb9 in a browser</title><script src="browser.js"></script>\n');

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  await page.goto(pathToFileURL(html).href);
  const result = await page.waitForFunction(() => (globalThis as { bemResult?: unknown }).bemResult, undefined, { timeout: 10_000 });
  const value = (await result.jsonValue()) as { ok: boolean; details: unknown };
  console.log(JSON.stringify(value));
  if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join('\n')}`);
  if (!value.ok) throw new Error('the bundled library computed a wrong result');
} finally {
  await browser.close();
}
