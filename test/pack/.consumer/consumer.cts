// Type-checked under --module node16 as CommonJS: resolves the "require" types (index.d.cts).
import { Absence, type AbsenceInput, evaluateEligibility } from 'bem-sgb9';
import { berlinDateOf } from 'bem-sgb9/zone';

const absence: AbsenceInput = { start: '2025-01-06', end: '2025-01-10', kind: 'work-accident' };
const parsed = Absence.parse(absence);
const day: string = berlinDateOf('2025-07-01T21:59:59Z');

// @ts-expect-error an unknown absence kind does not compile
const wrong: AbsenceInput = { start: '2025-01-06', end: null, kind: 'holiday' };
const countedDays: number = evaluateEligibility({ absences: [absence], asOf: '2025-10-31' }).countedDays;
export = { parsed, day, wrong, countedDays };
