import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as citations from '../../src/law/citations.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
/** What a statute or decision looks like when spelled out. */
const LEGAL = /§|\bBAG\b|AZR|ABR|\bLAG\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every string and template piece of a file (comments are not literals). */
function literals(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

describe('citations', () => {
  it('no statute or decision is spelled as a literal in src/ outside src/law/', () => {
    const offenders = sourceFiles(SRC)
      .filter((path) => !relative(SRC, path).startsWith('law') && LEGAL.test(readFileSync(path, 'utf8')))
      .flatMap((path) => literals(path).filter((text) => LEGAL.test(text)).map((text) => `${relative(SRC, path)}: ${text}`));
    expect(offenders).toEqual([]);
  }, 30_000);

  it('the scan sees literals and template pieces, not comments', () => {
    const sample = join(SRC, 'law', 'citations.ts');
    expect(literals(sample)).toContain('§ 167 Abs. 2 S. 1 SGB IX');
    expect(literals(sample).some((text) => text.includes('Names spell the source'))).toBe(false);
  });

  it('each source is written once', () => {
    const values: unknown[] = Object.values(citations).filter((value) => typeof value === 'string');
    expect(new Set(values).size).toBe(values.length);
  });

  it('names spell court, date and file number', () => {
    expect(citations.BAG_2021_11_18_2AZR138_21).toBe('BAG 18.11.2021 – 2 AZR 138/21');
    for (const [name, value] of Object.entries(citations as Record<string, unknown>)) {
      if (typeof value !== 'string') continue;
      const decision = /^(BAG|LAG_[A-Z]+)_(\d{4})_(\d{2})_(\d{2})_(\d+)([A-Z]+)(\d+)_(\d+)$/.exec(name);
      if (decision === null) continue;
      const [, , year, month, day, chamber, register, number, yy] = decision;
      expect(value).toContain(`${Number(day)}.${Number(month)}.${year} – ${chamber} `);
      expect(value.replace(/ /g, '').toUpperCase()).toContain(`${chamber}${register}${number}/${yy}`);
    }
  });

  it('cite joins the sources of one rule', () => {
    expect(citations.cite(citations.SGB9_167_2_S1, citations.GDPR_7)).toBe('§ 167 Abs. 2 S. 1 SGB IX; Art. 7 GDPR');
  });
});
