import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { publicSchemas, toJsonSchema } from '../../src/cli/json-schemas.js';
import { arbitraryFromSchema, HOSTILE_DATES } from './arbitrary-from-schema.js';

// Debian's python3-jsonschema installs for /usr/bin/python3 (not a pyenv python3 on PATH).
const PYTHON = '/usr/bin/python3';
const available = spawnSync(PYTHON, ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0;
if (!available && process.env['CI'] === 'true') {
  throw new Error(`Python jsonschema is missing in CI: ${PYTHON} cannot import jsonschema (see .ci/run).`);
}
if (!available) console.warn(`SKIPPED: ${PYTHON} cannot import jsonschema; apt-get install python3-jsonschema to run the Python agreement test.`);

/** Validates every payload against its schema with the draft each schema declares; prints verdicts. */
const VALIDATE = `
import json, sys
from jsonschema.validators import validator_for
jobs = json.load(open(sys.argv[1], encoding="utf-8"))
out = []
for job in jobs:
    cls = validator_for(job["schema"])
    cls.check_schema(job["schema"])
    v = cls(job["schema"])
    out.append([v.is_valid(p) for p in job["payloads"]])
print(json.dumps(out))
`;

describe.skipIf(!available)('the JSON Schemas under Python jsonschema', () => {
  it('accept and refuse what the library accepts and refuses, on random and hostile payloads', { timeout: 120_000 }, () => {
    const schemas = [...publicSchemas()];
    const jobs = schemas.map(([name, schema]) => {
      const json = toJsonSchema(name, schema);
      const random = fc.sample(arbitraryFromSchema(json), { numRuns: 60, seed: 12 });
      // JSON round trip: Python sees what travels (no undefined, no -0 distinctions).
      const payloads = [...random, ...HOSTILE_DATES].map((payload) => JSON.parse(JSON.stringify(payload ?? null)) as unknown);
      return { name, schema: json, zod: schema as z.ZodType, payloads };
    });
    const dir = mkdtempSync(join(tmpdir(), 'bem-pyschema-'));
    let verdicts: boolean[][];
    try {
      const file = join(dir, 'jobs.json');
      writeFileSync(file, JSON.stringify(jobs.map(({ schema, payloads }) => ({ schema, payloads }))));
      verdicts = JSON.parse(execFileSync(PYTHON, ['-c', VALIDATE, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as boolean[][];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const disagreements: string[] = [];
    const seen = { accepted: 0, refused: 0 };
    jobs.forEach(({ name, schema, zod, payloads }, index) => {
      const crossFieldRules = JSON.stringify(schema).includes('"$comment":"Also checked by bem-sgb9');
      payloads.forEach((payload, at) => {
        const byPython = verdicts[index]?.[at];
        const byZod = zod.safeParse(payload);
        if (byZod.success) seen.accepted += 1;
        else seen.refused += 1;
        if (byZod.success === byPython) return;
        const onlyCustom = !byZod.success && byZod.error.issues.every((issue) => issue.code === 'custom');
        if (byPython === true && crossFieldRules && onlyCustom) return;
        disagreements.push(`${name}: zod ${byZod.success ? 'accepts' : 'refuses'}, python ${byPython ? 'accepts' : 'refuses'}: ${JSON.stringify(payload).slice(0, 300)}`);
      });
    });
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
  });
});
