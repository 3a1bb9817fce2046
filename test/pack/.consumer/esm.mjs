/* global console */
// A Node ESM consumer: named imports, the zone entry, a JSON Schema through the subpath export.
import assert from 'node:assert/strict';
import { addMonths, Absence, BemInputError, parseInput, IsoDate } from 'bem-sgb9';
import { berlinDateOf } from 'bem-sgb9/zone';
import absenceSchema from 'bem-sgb9/schemas/Absence.json' with { type: 'json' };

assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
assert.equal(Absence.parse({ start: '2025-01-06', end: null, kind: 'sickness' }).end, null);
assert.equal(berlinDateOf('2025-10-31T23:30:00Z'), '2025-11-01');
assert.throws(() => parseInput(IsoDate, '2025-02-30', ['asOf']), BemInputError);
// One error class across entries: the zone entry throws the main entry's BemInputError.
assert.throws(() => berlinDateOf('yesterday'), BemInputError);
assert.equal(absenceSchema.title, 'Absence');
assert.deepEqual(absenceSchema.required, ['start', 'end', 'kind']);
console.log('esm: ok');
