import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { replay } from '../../src/case/index.js';
import { publicSchemas, toJsonSchema } from '../../src/cli/json-schemas.js';
import { Role, viewFor } from '../../src/privacy/index.js';
import { arbitraryFromSchema, HOSTILE_DATES } from './arbitrary-from-schema.js';

// Formats are annotations only: the patterns must carry every rule, as they do for a validator
// in another language that knows no `date` format.
const ajv = new Ajv2020({ strict: true, validateFormats: false, allErrors: false });

const schemas = [...publicSchemas()];

/**
 * Random inputs per schema: 150 with seed 6 by default; `JSON_SCHEMA_RUNS=1000000` spreads that
 * many over the schemas for the long run (seed `JSON_SCHEMA_SEED`, default 6).
 */
const total = process.env.JSON_SCHEMA_RUNS === undefined ? undefined : Number(process.env.JSON_SCHEMA_RUNS);
const runsPerSchema = total === undefined ? 150 : Math.ceil(total / schemas.length);
const seed = Number(process.env.JSON_SCHEMA_SEED ?? 6);
const timeout = total === undefined ? 60_000 : 1_800_000;

const running = replay([
  { type: 'case.opened', on: '2025-10-21', by: 'employer', caseId: 'c-1', employee: { id: 'e-1', severelyDisabled: true }, thresholdCrossedOn: '2025-10-20', countedDays: 43 },
]);
const validExamples: Record<string, unknown[]> = {
  CaseView: Role.options.map((role) => JSON.parse(JSON.stringify(viewFor(running, role))) as unknown),
};

describe('the JSON Schemas of the public schemas', () => {
  it('cover every public schema, the models among them', () => {
    const names = schemas.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Absence', 'AbsenceKind', 'Actor', 'Employee', 'IsoDate', 'WorkingDays']));
    expect(names).toEqual([...names].sort());
  });

  it.each(schemas)('%s compiles under ajv strict mode (draft 2020-12)', (name, schema) => {
    const json = toJsonSchema(name, schema);
    expect(json['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json['title']).toBe(name);
    expect(() => ajv.compile(json)).not.toThrow();
  });

  it.each(schemas)(`%s: ajv and zod accept and refuse the same random inputs (${runsPerSchema} runs)`, { timeout }, (name, schema) => {
    const json = toJsonSchema(name, schema);
    const validate = ajv.compile(json);
    const crossFieldRules = JSON.stringify(json).includes('"$comment":"Also checked by bem-sgb9');
    const seen = { accepted: 0, refused: 0 };
    // Records with many optional parts at every depth (views) are rarely valid at random: their
    // known-valid examples go first, and both sides must accept them too.
    for (const example of validExamples[name] ?? []) {
      expect((schema as z.ZodType).safeParse(example).success, name).toBe(true);
      expect(validate(example), name).toBe(true);
      seen.accepted += 1;
    }
    fc.assert(
      fc.property(arbitraryFromSchema(json), (input) => {
        const byZod = (schema as z.ZodType).safeParse(input);
        const byAjv = validate(input);
        if (byZod.success) seen.accepted += 1;
        else seen.refused += 1;
        if (byZod.success === byAjv) return true;
        // The one allowed difference: a rule JSON Schema cannot state (named in a $comment),
        // so the library refuses a little more than JSON Schema; never the other way round.
        const onlyCustom = !byZod.success && byZod.error.issues.every((issue) => issue.code === 'custom');
        if (byAjv && crossFieldRules && onlyCustom) return true;
        throw new Error(
          `${name}: zod ${byZod.success ? 'accepts' : `refuses (${byZod.error.issues.map((issue) => issue.message).join('; ')})`}, ajv ${byAjv ? 'accepts' : `refuses (${ajv.errorsText(validate.errors)})`}: ${JSON.stringify(input)}`,
        );
      }),
      { numRuns: runsPerSchema, seed },
    );
    // Not vacuous: the inputs reached both sides of the schema.
    expect(seen.refused).toBeGreaterThan(0);
    if (!crossFieldRules) expect(seen.accepted).toBeGreaterThan(0);
  });

  it('say what JSON Schema cannot, instead of silently accepting more', () => {
    const absence = toJsonSchema('Absence', publicSchemas().get('Absence') as z.ZodType);
    expect(absence['$comment']).toBe('Also checked by bem-sgb9, not expressible in JSON Schema: End date must not be before the start date.');
    const workingDays = toJsonSchema('WorkingDays', publicSchemas().get('WorkingDays') as z.ZodType);
    expect(workingDays).toMatchObject({ type: 'array', uniqueItems: true });
    expect(workingDays['$comment']).toBeUndefined();
  });

  it('state countedKinds, carry no readOnly on input and no format, and end patterns portably', () => {
    const policy = publicSchemas().get('PolicyInput') as z.ZodType;
    const validate = ajv.compile(toJsonSchema('PolicyInput', policy));
    for (const countedKinds of [['sickness'], ['sickness', 'work-accident', 'child-sick'], ['sickness', 'work-accident'], ['work-accident', 'sickness', 'graded-return']]) {
      expect(validate({ countedKinds }), JSON.stringify(countedKinds)).toBe(policy.safeParse({ countedKinds }).success);
    }
    const all = JSON.stringify(schemas.map(([name, schema]) => toJsonSchema(name, schema)));
    expect(all).not.toContain('"readOnly"');
    expect(all).not.toContain('"format"');
    expect(all).not.toMatch(/[^\\]\$"/);
    expect(all).not.toContain('not expressible in JSON Schema: Counted');
  });

  it.each(['IsoDate', 'Instant'])('%s: ajv and zod agree on hostile strings (Unicode digits, final newline, year 0)', (name) => {
    const schema = publicSchemas().get(name) as z.ZodType;
    const validate = ajv.compile(toJsonSchema(name, schema));
    for (const text of HOSTILE_DATES) expect(validate(text), JSON.stringify(text)).toBe(schema.safeParse(text).success);
  });

  it('treat an own __proto__ key in a record as zod does', () => {
    const kpi = publicSchemas().get('KpiInput') as z.ZodType;
    const validate = ajv.compile(toJsonSchema('KpiInput', kpi));
    const input = JSON.parse('{"cases":[],"employment":{"__proto__":5}}') as unknown;
    expect(validate(input)).toBe(kpi.safeParse(input).success);
  });

  it('refuse unknown fields such as a diagnosis, as the library does', () => {
    const validate = ajv.compile(toJsonSchema('Absence', publicSchemas().get('Absence') as z.ZodType));
    expect(validate({ start: '2025-01-06', end: null, kind: 'sickness' })).toBe(true);
    expect(validate({ start: '2025-01-06', end: null, kind: 'sickness', diagnosis: 'J06.9' })).toBe(false);
    expect(validate({ start: '2025-02-29', end: null, kind: 'sickness' })).toBe(false);
  });
});
