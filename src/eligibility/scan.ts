import * as z from 'zod';
import type { AbsenceInput } from '../model/absence.js';
import { named } from '../model/named.js';
import { IsoDate } from '../dates/index.js';
import { isPlainRecord, readInput, readSafely } from '../door/door.js';
import { Absence, BemInputError, parseInput, safeParseInput } from '../model/index.js';
import { evaluateInput } from './evaluate.js';
import { type HolidayPredicate, PolicyInput } from './policy-settings.js';
import { type PreparedPolicy, resolvePolicy, withHolidays } from './prepared-policy.js';
import { WorkingTime } from './working-time.js';
import type { EligibilityResult } from './result.js';

/**
 * One employee's record for a workforce scan.
 *
 * A pseudonymous `employeeId`, the absences and, when
 * known, the previous BEM's conclusion (reset) and a running BEM's start; for working-day counts
 * the person's own `workingTime` (see {@link WorkingTime}) and `holidayRegion` (e.g. `'DE-NW'`,
 * resolved by the scan option `holidayCalendar`; it replaces the policy's holidays for this
 * person).
 *
 * The check date and policy are the scan's. Strict: unknown fields are refused.
 *
 * @example
 * ```ts
 * EmployeeAbsences.parse({ employeeId: 'e-17', absences: [{ start: '2025-03-03', end: null, kind: 'sickness' }] });
 * ```
 */
export const EmployeeAbsences = z.strictObject({
  employeeId: z.string().min(1).max(200),
  absences: z.array(named<Absence, AbsenceInput>(Absence)).readonly(),
  previousBemConcludedOn: IsoDate.nullable().optional(),
  bemRunningSince: IsoDate.nullable().optional(),
  workingTime: WorkingTime.optional(),
  holidayRegion: z.string().min(1).max(20).optional(),
});

export interface EmployeeAbsences extends z.input<typeof EmployeeAbsences> {}

/**
 * Turns a holiday region (`'DE-NW'`) into the holidays of the people who work there.
 *
 * Pass
 * `publicHolidayPredicate` from `bem-sgb9/holidays`, or a function of your own for company
 * calendars. (A method signature, so that a function taking only the known regions fits.)
 *
 * @example
 * ```ts
 * const calendar: HolidayCalendar = publicHolidayPredicate;
 * ```
 */
export type HolidayCalendar = {
  /** The holidays of the people who work in `region`, e.g. `publicHolidayPredicate('DE-NW')`. */
  calendar(region: string): HolidayPredicate;
}['calendar'];

/**
 * The settings of a workforce scan.
 *
 * The check date for everybody, the policy, and
 * `holidayCalendar`, which turns an employee's `holidayRegion` into their holidays (pass
 * `publicHolidayPredicate` from `bem-sgb9/holidays`; each region is asked for once per scan).
 *
 * @example
 * ```ts
 * ScanOptions.parse({ asOf: '2025-10-31', policy: { window: { days: 365 } } });
 * ```
 */
export const ScanOptions = z.strictObject({
  asOf: IsoDate,
  policy: PolicyInput.optional(),
  /** Turns an employee's `holidayRegion` into their holidays: `publicHolidayPredicate` from `bem-sgb9/holidays`. */
  holidayCalendar: z
    .custom<HolidayCalendar>((value) => typeof value === 'function', { error: 'Expected a function (region) => holiday predicate, e.g. publicHolidayPredicate' })
    .optional(),
});

export interface ScanOptions extends Omit<z.input<typeof ScanOptions>, 'holidayCalendar'> {
  /** Turns an employee's `holidayRegion` into their holidays: `publicHolidayPredicate` from `bem-sgb9/holidays`. */
  readonly holidayCalendar?: HolidayCalendar | undefined;
}

/**
 * A scanned employee whose data were valid.
 *
 * @example
 * ```ts
 * const item: ScanResultItem = { employeeId: 'e-17', result: evaluateEligibility({ absences: [], asOf: '2025-10-31' }) };
 * ```
 */
export interface ScanResultItem {
  /** The employee's id as given. */
  readonly employeeId: string;
  /** The evaluation on the scan's check date. */
  readonly result: EligibilityResult;
}

/**
 * A scanned employee whose data could not be evaluated: nothing is dropped silently.
 *
 * @example
 * ```ts
 * const item: ScanErrorItem = { employeeId: 'e-18', index: 1, error: new BemInputError([]) };
 * ```
 */
export interface ScanErrorItem {
  /** The employee's id as given, or `''` when the record had none. */
  readonly employeeId: string;
  /** The position of the record in the scanned sequence (from 0). */
  readonly index: number;
  /** What is wrong, with paths inside the record (e.g. `['absences', 3, 'end']`). */
  readonly error: BemInputError;
}

/**
 * What a workforce scan yields for each employee, in input order: a result or an error.
 *
 * @example
 * ```ts
 * for (const item of scanWorkforceSync(employees, { asOf: '2025-10-31' })) {
 *   if ('error' in item) console.warn(item.employeeId, item.error.message);
 *   else if (item.result.due) console.log(item.employeeId, item.result.thresholdCrossedOn);
 * }
 * ```
 */
export type ScanItem = ScanResultItem | ScanErrorItem;

const EMPLOYEE_KEYS: Readonly<Record<string, true>> = {
  employeeId: true,
  absences: true,
  previousBemConcludedOn: true,
  bemRunningSince: true,
  workingTime: true,
  holidayRegion: true,
};

/** An employee record's own fields, each read once. */
interface EmployeeFields {
  readonly employeeId: string;
  readonly absences: unknown;
  readonly previousBemConcludedOn: unknown;
  readonly bemRunningSince: unknown;
  readonly workingTime: unknown;
  readonly holidayRegion: string | undefined;
}

/** The record's own fields (not its absences) when they are certainly valid, read once; else null. */
function readEmployeeFields(record: unknown): EmployeeFields | null {
  try {
    if (!isPlainRecord(record)) return null;
    for (const key in record) if (EMPLOYEE_KEYS[key] !== true) return null;
    const { employeeId, absences, previousBemConcludedOn, bemRunningSince, workingTime, holidayRegion } = record as Record<string, unknown>;
    if (holidayRegion !== undefined && (typeof holidayRegion !== 'string' || holidayRegion.length < 1 || holidayRegion.length > 20)) return null;
    if (typeof employeeId !== 'string' || employeeId.length < 1 || employeeId.length > 200) return null;
    return { employeeId, absences, previousBemConcludedOn, bemRunningSince, workingTime, holidayRegion };
  } catch {
    return null; // a getter or Proxy that throws: the door names it
  }
}

/** The record read at the door (a copy of plain data) and checked, or the error naming its problems. */
function employeeFieldsOrError(record: unknown): EmployeeFields | { employeeId: string; error: BemInputError } {
  let copy: unknown;
  try {
    copy = readInput(record);
  } catch (error) {
    if (error instanceof BemInputError) return { employeeId: '', error };
    throw error;
  }
  const fields = readEmployeeFields(copy);
  if (fields !== null) return fields;
  const id = typeof copy === 'object' && copy !== null ? (copy as { employeeId?: unknown }).employeeId : undefined;
  const employeeId = typeof id === 'string' ? id : '';
  const shape = safeParseInput(EmployeeAbsences, copy);
  if (!shape.success) return { employeeId, error: shape.error };
  const { absences, previousBemConcludedOn, bemRunningSince, workingTime, holidayRegion } = shape.data;
  return { employeeId: shape.data.employeeId, absences, previousBemConcludedOn, bemRunningSince, workingTime, holidayRegion };
}

/** A record that cannot even be read or awaited (a getter or thenable that throws). */
function unreadableRecord(error: unknown): BemInputError {
  return error instanceof BemInputError
    ? error
    : readSafely([], () => {
        throw error;
      });
}

/** What a scan shares between its employees. */
interface ScanContext {
  readonly asOf: IsoDate;
  readonly policy: PreparedPolicy;
  readonly calendar: HolidayCalendar | null;
  /** The policy with each region's holidays, made once per region. */
  readonly byRegion: Map<string, PreparedPolicy>;
}

/** The policy with the holidays of `region`, or the error that explains why there are none. */
function policyForRegion(context: ScanContext, region: string): PreparedPolicy | BemInputError {
  const known = context.byRegion.get(region);
  if (known !== undefined) return known;
  if (context.calendar === null) {
    return new BemInputError([
      { path: ['holidayRegion'], code: 'custom', message: "A holidayRegion needs the scan option holidayCalendar (publicHolidayPredicate from 'bem-sgb9/holidays')" },
    ]);
  }
  let predicate: unknown;
  try {
    predicate = context.calendar(region);
  } catch (error) {
    const detail = error instanceof BemInputError ? (error.issues[0]?.message ?? error.message) : error instanceof Error ? error.message : String(error);
    return new BemInputError([{ path: ['holidayRegion'], code: 'custom', message: `The holidayCalendar refused '${region}': ${detail}` }]);
  }
  if (typeof predicate !== 'function') {
    return new BemInputError([{ path: ['holidayRegion'], code: 'custom', message: `The holidayCalendar gave no holiday function for '${region}'` }]);
  }
  const policy = withHolidays(context.policy, predicate as HolidayPredicate, region);
  context.byRegion.set(region, policy);
  return policy;
}

/** Evaluates one record of a scan; bad data become an error item. */
function scanOne(record: unknown, index: number, context: ScanContext): ScanItem {
  const fields = readEmployeeFields(record) ?? employeeFieldsOrError(record);
  const { employeeId } = fields;
  if ('error' in fields) return { employeeId, index, error: fields.error };
  let policy = context.policy;
  if (typeof fields.holidayRegion === 'string') {
    const regional = policyForRegion(context, fields.holidayRegion);
    if (regional instanceof BemInputError) return { employeeId, index, error: regional };
    policy = regional;
  }
  const input: Record<string, unknown> = {
    absences: fields.absences,
    asOf: context.asOf,
    previousBemConcludedOn: fields.previousBemConcludedOn,
    bemRunningSince: fields.bemRunningSince,
  };
  if (fields.workingTime !== undefined) input.workingTime = fields.workingTime;
  const result = evaluateInput(input, policy);
  return result.success ? { employeeId, result: result.data } : { employeeId, index, error: result.error };
}

function prepareScan(options: ScanOptions): ScanContext {
  const parsed = parseInput(ScanOptions, options);
  return { asOf: parsed.asOf, policy: resolvePolicy(parsed.policy ?? {}), calendar: parsed.holidayCalendar ?? null, byRegion: new Map() };
}

function isIterable(value: unknown, async: boolean): boolean {
  // A string is iterable too, but its characters are no employees.
  if (typeof value !== 'object' || value === null) return false;
  const symbols = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
  return readSafely(['employees'], () => typeof symbols[Symbol.iterator] === 'function' || (async && typeof symbols[Symbol.asyncIterator] === 'function'));
}

/** {@link scanOne} for the record at `index` of an array, read once (a getter that throws gives an error item). */
function scanRecordAt(employees: readonly unknown[], index: number, context: ScanContext): ScanItem {
  let record: unknown;
  try {
    record = employees[index];
  } catch (error) {
    return { employeeId: '', index, error: unreadableRecord(error) };
  }
  return scanOne(record, index, context);
}

function notIterable(): BemInputError {
  return new BemInputError([{ path: ['employees'], code: 'invalid_type', message: 'Expected an iterable of employee records' }]);
}

/**
 * Evaluates a whole workforce on one check date, one employee at a time, from an `Iterable` or
 * `AsyncIterable` (a database cursor, a CSV stream).
 *
 * Memory stays constant however many there are.
 *
 * Yields `{ employeeId, result }` per employee in input order; an employee whose data are invalid
 * yields `{ employeeId, index, error }` and the scan goes on. The options are checked at once,
 * before anything is read.
 *
 * @param employees the records, e.g. an async generator over a database cursor.
 * @param options the check date and the policy for everyone.
 * @throws BemInputError `Invalid input: asOf: Expected a calendar date as YYYY-MM-DD` (or another
 * problem with the options, or `employees: Expected an iterable of employee records`).
 * @example
 * ```ts
 * for await (const item of scanWorkforce(readEmployees(), { asOf: '2025-10-31' })) {
 * if ('error' in item) report(item.employeeId, item.error.issues);
 * else if (item.result.due) alert(item.employeeId, item.result.thresholdCrossedOn);
 * }
 * ```
 */
export function scanWorkforce(
  employees: Iterable<EmployeeAbsences> | AsyncIterable<EmployeeAbsences>,
  options: ScanOptions,
): AsyncIterable<ScanItem> {
  const context = prepareScan(options);
  if (!isIterable(employees, true)) throw notIterable();
  if (Array.isArray(employees)) {
    const list: readonly unknown[] = employees;
    return (async function* scanArray() {
      const length = readSafely(['employees'], () => list.length);
      for (let index = 0; index < length; index++) {
        let record: unknown;
        try {
          record = await list[index];
        } catch (error) {
          yield { employeeId: '', index, error: unreadableRecord(error) };
          continue;
        }
        yield scanOne(record, index, context);
      }
    })();
  }
  return (async function* scan() {
    let index = 0;
    const records = employees as AsyncIterable<unknown>;
    const fromSync = readSafely(['employees'], () => typeof records[Symbol.asyncIterator] !== 'function');
    const iterator: AsyncIterator<unknown> | Iterator<unknown> = readSafely(['employees'], () =>
      fromSync ? (employees as Iterable<unknown>)[Symbol.iterator]() : records[Symbol.asyncIterator](),
    );
    for (;;) {
      // An error of the caller's own iterator (a failed read of a file or a database) is theirs:
      // it propagates unchanged.
      const step = await iterator.next();
      if (step.done === true) return;
      let record: unknown;
      try {
        // A sync iterable's records may be promises (for await awaits them); a hostile thenable throws.
        record = fromSync ? await step.value : step.value;
      } catch (error) {
        yield { employeeId: '', index: index++, error: unreadableRecord(error) };
        continue;
      }
      yield scanOne(record, index++, context);
    }
  })();
}

/**
 * The synchronous twin of {@link scanWorkforce} for records already in memory: returns one item
 * per record, in order.
 *
 * @throws BemInputError as {@link scanWorkforce}.
 * @example
 * ```ts
 * const items = scanWorkforceSync(
 *   [
 *     { employeeId: 'e-1', absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] },
 *     { employeeId: 'e-2', absences: [{ start: '2025-02-30', end: null, kind: 'sickness' }] },
 *   ],
 *   { asOf: '2025-10-31' },
 * );
 * 'result' in items[0]! && items[0].result.status; //=> 'due'
 * 'error' in items[1]! && items[1].error.issues[0]?.path; //=> ['absences', 0, 'start']
 * ```
 */
export function scanWorkforceSync(employees: Iterable<EmployeeAbsences>, options: ScanOptions): ScanItem[] {
  const context = prepareScan(options);
  if (!isIterable(employees, false)) throw notIterable();
  const items: ScanItem[] = [];
  // An array is read by index, so that a getter on one of its records is that record's error;
  // an error of any other iterable's own iterator propagates unchanged (it is theirs, not bad data).
  if (Array.isArray(employees)) {
    const length = readSafely(['employees'], () => employees.length);
    for (let i = 0; i < length; i++) items.push(scanRecordAt(employees, i, context));
    return items;
  }
  let index = 0;
  for (const record of employees) items.push(scanOne(record, index++, context));
  return items;
}
