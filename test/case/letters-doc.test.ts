import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { galleryMarkdown } from './letter-gallery.js';

describe('docs/privacy.md', () => {
  it('shows the letters in full, exactly as the code renders them', () => {
    const guide = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');
    expect(guide).toContain(galleryMarkdown());
  });
});
