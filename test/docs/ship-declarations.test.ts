import { describe, expect, it } from 'vitest';
import { hoverComment, shipDeclarations } from '../../scripts/ship-declarations.js';

// The declarations in dist/ carry each TSDoc as a hover shows it (scripts/ship-declarations.ts);
// the whole comment, examples included, stays in src/ and on the API reference.
const doc = [
  '/**',
  ' * Applies one event to a case (the [case-lifecycle guide](../../docs/case-lifecycle.md)).',
  ' *',
  ' * A longer explanation that belongs on the page, not in a hover.',
  ' *',
  ' * @param c the case.',
  ' * @throws BemInputError `event.type: Expected one of …`.',
  ' * @example',
  ' * ```ts',
  ' * applyEvent(c, event);',
  ' * ```',
  ' */',
].join('\n');

describe('shipped declarations', () => {
  it('keep the summary and the @param and @throws tags, and leave the rest out', () => {
    expect(hoverComment(doc)).toBe(
      [
        '/**',
        ' * Applies one event to a case (the [case-lifecycle guide](../../docs/case-lifecycle.md)).',
        ' * @param c the case.',
        ' * @throws BemInputError `event.type: Expected one of …`.',
        ' */',
      ].join('\n'),
    );
  });

  it('end the summary before a list, with a full stop for its colon', () => {
    expect(hoverComment('/**\n * Where a case stands:\n * - `open`: nobody invited yet;\n */')).toBe('/** Where a case stands. */');
  });

  it('keep a member comment on one line at its indent', () => {
    expect(shipDeclarations('interface A {\n    /** The day. */\n    on: string;\n}')).toBe('interface A {\n  /** The day. */\n  on: string;\n}');
  });

  it('point the guide links at the docs/ folder the package ships beside dist/', () => {
    expect(shipDeclarations(doc)).toContain('[case-lifecycle guide](../docs/case-lifecycle.md)');
    expect(shipDeclarations('/** See the [FAQ](../docs/faq.md). */')).toBe('/** See the [FAQ](../docs/faq.md). */');
  });

  it('drop a comment that holds nothing a hover shows', () => {
    expect(hoverComment('/**\n * @example\n * ```ts\n * f();\n * ```\n */')).toBe('');
  });
});
