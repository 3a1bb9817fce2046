/* global console */
// A Node ESM consumer: named imports, the zone entry, a JSON Schema through the subpath export.
import assert from 'node:assert/strict';
import { addMonths, Absence, BemInputError, evaluateEligibility, openCase, applyEvent, parseInput, IsoDate } from 'bem-sgb9';
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
const result = evaluateEligibility({ asOf: '2025-10-31', absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] });
assert.equal(result.status, 'due');
assert.equal(result.thresholdCrossedOn, '2025-02-17');
const opened = openCase({ id: 'c-1', employee: { id: 'p-1' }, on: '2025-11-03' });
assert.equal(applyEvent(opened, { type: 'employee.declined', on: '2025-11-04', by: 'employer', inWriting: true }).ok, false);
console.log('esm: ok');
