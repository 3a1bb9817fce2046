/* global require, console */
/* eslint-disable @typescript-eslint/no-require-imports -- this consumer checks require() */
// A Node CommonJS consumer: require() of the main entry, the zone entry and a JSON Schema.
const assert = require('node:assert/strict');
const { addMonths, Absence, BemInputError, evaluateEligibility, parseInput, IsoDate } = require('bem-sgb9');
const { berlinDateOf } = require('bem-sgb9/zone');
const absenceSchema = require('bem-sgb9/schemas/Absence.json');

assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
assert.equal(Absence.parse({ start: '2025-01-06', end: null, kind: 'sickness' }).end, null);
assert.equal(berlinDateOf('2025-10-31T23:30:00Z'), '2025-11-01');
assert.throws(() => parseInput(IsoDate, '2025-02-30', ['asOf']), BemInputError);
assert.throws(() => berlinDateOf('yesterday'), BemInputError);
assert.equal(absenceSchema.title, 'Absence');
const result = evaluateEligibility({ asOf: '2025-10-31', absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] });
assert.equal(result.status, 'due');
assert.equal(result.countedDays, 54);
console.log('cjs: ok');
