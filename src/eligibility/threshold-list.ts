import * as z from 'zod';
import { IsoDate, isIsoDate } from '../dates/index.js';
import { inputError, readSafely } from '../door/door.js';
import { BemInputError, type InputIssue, parseInput } from '../model/index.js';
import { CountingUnit } from './policy-settings.js';
import type { EligibilityResult } from './result.js';

/**
 * An employee's threshold crossing as the library reports it: who, the day the duty to offer a
 * BEM arose, and the count. A {@link ThresholdListEntry} and an `OfferDuty` are crossing entries
 * with a field or two more, so either goes into `computeKpis` as a `ThresholdCrossing`.
 *
 * @example
 * ```ts
 * const crossing: CrossingEntry = { employeeId: 'e-17', thresholdCrossedOn: '2025-02-17' as IsoDate, countedDays: 43, unit: 'calendar-days' };
 * ```
 */
export interface CrossingEntry {
  /** The employee's (pseudonymous) id. */
  readonly employeeId: string;
  /** The day the duty to offer a BEM arose. */
  readonly thresholdCrossedOn: IsoDate;
  /** Counted days: on the check date for a due employee of the list, on the crossing day for a duty. */
  readonly countedDays: number;
  /** The unit of `countedDays`. */
  readonly unit: CountingUnit;
}

/**
 * One line of the works council's list: an employee over the threshold, since when, and the
 * count on the check date.
 *
 * @example
 * ```ts
 * const line: ThresholdListEntry = { employeeId: 'e-17', thresholdCrossedOn: '2025-02-17' as IsoDate, countedDays: 54, unit: 'calendar-days' };
 * ```
 */
export interface ThresholdListEntry extends CrossingEntry {
  /** For a listed unmet duty (option `duties`): `open` or `missed`; absent for a due result. */
  readonly offer?: 'open' | 'missed';
}

/**
 * Options of {@link thresholdList}.
 *
 * `duties`, records of `offerDuties`; the unmet ones (`open`,
 * `missed`) are listed too, with their crossing day, the count on that day and `offer`, so a
 * crossing never offered stays on the council's list after the count has fallen.
 *
 * @example
 * ```ts
 * const options: ThresholdListOptions = { duties: offerDuties({ employees, cases, asOf: '2025-10-31' }) };
 * ```
 */
export interface ThresholdListOptions {
  readonly duties?: Iterable<CrossingEntry & { readonly status: string }>;
}

/**
 * An evaluated employee, as {@link scanWorkforce} yields it.
 *
 * @example
 * ```ts
 * const evaluated: EvaluatedEmployee = { employeeId: 'e-17', result: evaluateEligibility({ absences: [], asOf: '2025-10-31' }) };
 * ```
 */
export interface EvaluatedEmployee {
  /** The employee's (pseudonymous) id. */
  readonly employeeId: string;
  /** The evaluation. */
  readonly result: EligibilityResult;
}

const NOT_EVALUATED = 'This employee could not be evaluated (invalid data): resolve the error first, so nobody is left off the list';

/** The entry of one item (null when not due), each field read once; a message when it is not an evaluated employee. */
function entryOf(item: unknown, index: number): ThresholdListEntry | null | string {
  if (typeof item !== 'object' || item === null) return 'Expected { employeeId, result }';
  if (readSafely([index], () => 'error' in item)) return NOT_EVALUATED;
  const employeeId = readSafely([index, 'employeeId'], () => (item as { employeeId?: unknown }).employeeId);
  if (typeof employeeId !== 'string' || employeeId.length === 0) return 'Expected an employeeId';
  const result = readSafely([index, 'result'], () => (item as { result?: unknown }).result);
  if (typeof result !== 'object' || result === null) return 'Expected an eligibility result';
  const read = (field: string): unknown => readSafely([index, 'result', field], () => (result as Record<string, unknown>)[field]);
  const due = read('due');
  if (typeof due !== 'boolean') return 'Expected an eligibility result';
  if (!due) return null;
  const thresholdCrossedOn = read('thresholdCrossedOn');
  const countedDays = read('countedDays');
  const unit = read('unit');
  if (!isIsoDate(thresholdCrossedOn) || typeof countedDays !== 'number' || !Number.isInteger(countedDays) || countedDays < 0 || !CountingUnit.options.includes(unit as CountingUnit)) {
    return 'Expected an eligibility result: a due result carries thresholdCrossedOn, countedDays and unit';
  }
  return { employeeId, thresholdCrossedOn, countedDays, unit: unit as CountingUnit };
}

/** One duty record as `thresholdList` reads it (the fields of an `offerDuties` record it uses). */
const DutyRecord = z.object({
  employeeId: z.string().min(1),
  thresholdCrossedOn: IsoDate,
  countedDays: z.number().int().nonnegative(),
  unit: CountingUnit,
  status: z.enum(['offered', 'open', 'late', 'missed']),
});

const crossingKey = (entry: { readonly employeeId: string; readonly thresholdCrossedOn: string }) => `${entry.employeeId}\u0000${entry.thresholdCrossedOn}`;

/** `options.duties` checked at the door: a BemInputError at `options…` for anything but duty records. */
function dutiesOf(options: unknown): z.output<typeof DutyRecord>[] {
  if (options === undefined) return [];
  if (typeof options !== 'object' || options === null) throw inputError(['options'], 'Expected an object { duties? }', 'invalid_type');
  const duties = readSafely(['options', 'duties'], () => (options as ThresholdListOptions).duties);
  if (duties === undefined) return [];
  const iterable = typeof duties === 'object' && duties !== null && readSafely(['options', 'duties'], () => typeof duties[Symbol.iterator] === 'function');
  if (!iterable) throw inputError(['options', 'duties'], 'Expected a list of offerDuties records', 'invalid_type');
  return parseInput(z.array(DutyRecord), readSafely(['options', 'duties'], () => Array.from(duties)), ['options', 'duties']);
}

/**
 * The list of employees over the threshold that the works council may demand, even without their
 * consent (BAG 7.2.2012 – 1 ABR 46/10).
 *
 * Every employee whose result is `due`, with the day the
 * threshold was crossed and the count, sorted by that day and then by id.
 *
 * Employees with a running BEM are not on it (nothing new is due for them). The list holds no
 * absences and no reasons: only what the council needs.
 *
 * With `options.duties` (records of `offerDuties`), the unmet duties are listed as well, marked
 * `offer: 'open' | 'missed'`, also when the employee is no longer due.
 *
 * @param results evaluated employees, e.g. the items of {@link scanWorkforceSync}.
 * @param options `{ duties? }` ({@link ThresholdListOptions}).
 * @throws BemInputError `Invalid input: [3]: This employee could not be evaluated (invalid data): …`
 * when an item is a scan error, so nobody drops off the list unnoticed.
 * Also for `options` or `options.duties` that are not duty records (path `options.duties[i]…`).
 * @example
 * ```ts
 * const items = scanWorkforceSync(employees, { asOf: '2025-10-31' });
 * thresholdList(items.filter((item) => 'result' in item));
 * //=> [{ employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 54, unit: 'calendar-days' }]
 * ```
 */
export function thresholdList(results: Iterable<EvaluatedEmployee>, options?: ThresholdListOptions): ThresholdListEntry[] {
  const issues: InputIssue[] = [];
  const entries: ThresholdListEntry[] = [];
  let index = 0;
  // A string is iterable too, but its characters are no results.
  if (typeof results !== 'object' || results === null || !readSafely(['results'], () => typeof results[Symbol.iterator] === 'function')) {
    throw inputError(['results'], 'Expected a list of evaluated employees ({ employeeId, result })', 'invalid_type');
  }
  // An array is read by index, so that a getter on an item is that item's problem; any other
  // iterable's own errors propagate unchanged.
  const items = Array.isArray(results) ? readSafely(['results'], () => Array.from({ length: results.length }, (_, i) => readSafely([i], () => results[i] as unknown))) : (results as Iterable<unknown>);
  for (const item of items) {
    const entry = entryOf(item, index);
    if (typeof entry === 'string') issues.push({ path: [index], code: 'custom', message: entry });
    else if (entry !== null) entries.push(entry);
    index++;
  }
  if (issues.length > 0) throw new BemInputError(issues);
  const listedAt = new Map(entries.map((entry, position) => [crossingKey(entry), position]));
  for (const duty of dutiesOf(options)) {
    if (duty.status !== 'open' && duty.status !== 'missed') continue;
    const offer: 'open' | 'missed' = duty.status;
    const listed = listedAt.get(crossingKey(duty));
    const entry = { employeeId: duty.employeeId, thresholdCrossedOn: duty.thresholdCrossedOn, countedDays: duty.countedDays, unit: duty.unit, offer };
    if (listed === undefined) listedAt.set(crossingKey(entry), entries.push(entry) - 1);
    else entries[listed] = { ...(entries[listed] as ThresholdListEntry), offer };
  }
  return entries.sort((a, b) =>
    a.thresholdCrossedOn < b.thresholdCrossedOn ? -1 : a.thresholdCrossedOn > b.thresholdCrossedOn ? 1 : a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0,
  );
}
