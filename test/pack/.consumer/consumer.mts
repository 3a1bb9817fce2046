// Type-checked under --module node16 (ESM side) and --moduleResolution bundler.
import { Absence, type AbsenceInput, addMonths, type EligibilityResult, evaluateEligibility, type IsoDate } from 'bem-sgb9';
import { berlinDateOf } from 'bem-sgb9/zone';

const absence: AbsenceInput = { start: '2025-01-06', end: null, kind: 'sickness' };
const parsed: Absence = Absence.parse(absence);
const day: IsoDate = berlinDateOf('2025-10-31T23:30:00Z');
const later: string = addMonths(day, 1);

// @ts-expect-error an unknown absence kind does not compile
const wrong: AbsenceInput = { start: '2025-01-06', end: null, kind: 'holiday' };
// @ts-expect-error a plain string is not an IsoDate until it is parsed
const notParsed: IsoDate = '2025-01-06';

const result: EligibilityResult = evaluateEligibility({ absences: [absence], asOf: '2025-10-31' });
const status: 'due' | 'approaching' | 'not-due' | 'bem-running' = result.status;
// @ts-expect-error the status is a closed union
const impossible: EligibilityResult['status'] = 'overdue';

export { impossible, later, notParsed, parsed, status, wrong };
