import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTable } from './view-table.js';

describe('docs/privacy.md', () => {
  it('prints the who-sees-what table the code applies', () => {
    const guide = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');
    expect(guide).toContain(renderTable());
  });
});
