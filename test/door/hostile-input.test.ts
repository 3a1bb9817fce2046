/**
 * Every function of every public entry, called with what a careless or hostile caller sends:
 * each call returns or throws a BemInputError, never a TypeError, RangeError or plain Error, and
 * a `safe…` twin never throws at all. The functions are enumerated from the entries at test time,
 * so a new export is covered by being exported. To add one:
 * - nothing, if hostile arguments in every position are enough;
 * - better, a line in `samples` with valid arguments: then every field of them is also replaced
 *   by hostile values, throwing getters and proxies, far-end dates;
 * - only if it takes no user input at all, a line in `exemptions` with the reason.
 */
import { describe, expect, it } from 'vitest';
import { caseIn, ev } from '../case/fixtures.js';
import { readFileSync } from 'node:fs';
import * as main from '../../src/index.js';

/** Every entry of the package (`exports` in package.json: `.` is src/index.ts, `./x` is src/x.ts). */
const packageExports = Object.keys((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: object }).exports);
const entries: Record<string, Record<string, unknown>> = {};
for (const subpath of packageExports.filter((key) => !key.endsWith('.json'))) {
  const file = subpath === '.' ? 'index' : subpath.slice(2);
  entries[subpath === '.' ? 'bem-sgb9' : `bem-sgb9/${file}`] = (await import(/* @vite-ignore */ new URL(`../../src/${file}.ts`, import.meta.url).pathname)) as Record<string, unknown>;
}

/** Exports that take no user input, or are rule tables called by the library with checked data. */
const exemptions: Record<string, string> = {
  caseStateDiagram: 'takes no arguments',
};

const plan = () => main.gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
const absences = () => [
  { id: 'a-1', start: '2025-01-06', end: '2025-02-28', kind: 'sickness', certified: true },
  { start: '2025-03-10', end: null, kind: 'work-accident', wentHomeSick: true },
] as const;
const evaluated = () => ({ employeeId: 'e-1', result: main.evaluateEligibility({ absences: absences(), asOf: '2025-10-31' }) });

/** Valid arguments for an export (fresh each call): the starting point of the field-by-field attack. */
const sampleArguments: Record<string, () => unknown[]> = {
  addDays: () => ['2025-01-31', 1],
  addMonths: () => ['2025-01-31', 1],
  allowedEvents: () => [caseIn('invited'), 'employee'],
  applyEvent: () => [caseIn('invited'), ev.accept()],
  auditCase: () => [caseIn('closed'), { asOf: '2026-01-01' }],
  BemInputError: () => [[{ path: ['a', 0], code: 'custom', message: 'm' }]],
  caseError: () => ['case-closed'],
  checkInvitation: () => [ev.invite().type === 'invitation.sent' ? (ev.invite() as { content: unknown }).content : null],
  checkPlanProgress: () => [plan(), [{ date: '2025-03-03', workedHours: 2 }], '2025-03-20', { toleranceHours: 0.5 }],
  checkTimeEntry: () => [plan(), '2025-03-04', 2, { toleranceHours: 0.25 }],
  clipRange: () => [
    { start: '2024-10-20', end: '2024-11-05' },
    { start: '2024-11-01', end: '2025-10-31' },
  ],
  compareDates: () => ['2025-01-01', '2025-01-02'],
  computeKpis: () => [
    { cases: [caseIn('closed')], crossings: [{ employeeId: 'e-4711', on: '2025-10-30' }], period: { start: '2025-01-01', end: '2025-12-31' } },
    { minGroupSize: 1 },
  ],
  countDays: () => [{ start: '2024-02-01', end: '2024-02-29' }],
  countWeekdays: () => [{ start: '2025-12-22', end: '2025-12-28' }, [1, 2, 3, 4, 5], ['2025-12-25']],
  daysBetween: () => ['2024-01-01', '2025-01-01'],
  daysInMonth: () => [2024, 2],
  eligibilityTimeline: () => [{ absences: absences() }, { from: '2025-01-01', to: '2026-03-31' }],
  evaluateEligibility: () => [{ absences: absences(), asOf: '2025-10-31', previousBemConcludedOn: null }, { unit: 'working-days', holidays: ['2025-01-06'] }],
  formatPath: () => [['absences', 3, 'end']],
  fromEpochDay: () => [19782],
  fromEpochRange: () => [{ start: 0, end: 6 }],
  gradedReturnPlan: () => [{ start: '2025-03-03', contractualHoursPerDay: 8 }],
  isIsoDate: () => ['2024-02-29'],
  isLeapYear: () => [2024],
  isoWeekday: () => ['2025-10-31'],
  isoWeekdayOfEpochDay: () => [0],
  lastDayWithinSixMonths: () => ['2025-03-03'],
  measureCatalogEntry: () => ['ergonomics'],
  mergeEpochRanges: () => [[{ start: 5, end: 9 }, { start: 0, end: 4 }]],
  mergeRanges: () => [[{ start: '2025-03-10', end: '2025-03-16' }, { start: '2025-03-01', end: '2025-03-09' }]],
  openCase: () => [{ id: 'c-1', employee: { id: 'e-1' }, on: '2025-11-03', eligibility: { thresholdCrossedOn: '2025-10-30', countedDays: 43 } }],
  parseInput: () => [main.IsoDate, '2025-10-31', ['asOf']],
  personnelFileExtract: () => [caseIn('closed')],
  plannedHoursOn: () => [plan(), '2025-03-04'],
  proofOfOffer: () => [caseIn('invited')],
  renderInvitationLetter: () => [(ev.invite() as { content: unknown }).content, { locale: 'de', employeeName: 'Frau Muster', employerName: 'Muster GmbH' }],
  replay: () => [caseIn('closed').events],
  retentionUntil: () => [caseIn('closed'), { years: 3 }],
  safeEvaluateEligibility: () => [{ absences: absences(), asOf: '2025-10-31' }],
  safeParseInput: () => [main.IsoDate, '2025-10-31', ['asOf']],
  scanWorkforce: () => [[{ employeeId: 'e-1', absences: absences() }], { asOf: '2025-10-31' }],
  scanWorkforceSync: () => [[{ employeeId: 'e-1', absences: absences() }], { asOf: '2025-10-31', policy: { threshold: 30 } }],
  thresholdList: () => [[evaluated()]],
  toEpochDay: () => ['2025-01-01'],
  toEpochRange: () => [{ start: '1970-01-01', end: '1970-01-07' }],
  transitionFor: () => ['invited', 'employee.accepted'],
  viewFor: () => [caseIn('measures'), 'works-council'],
  weekdayCounter: () => [[1, 2, 3, 4, 5], ['2025-12-25']],
  berlinDateOf: () => ['2025-10-31T23:30:00Z'],
  startOfBerlinDay: () => ['2025-03-30'],
};

/** Each sample built once (building a case runs the case machine), then handed out as fresh copies. */
const samples: Record<string, () => unknown[]> = Object.fromEntries(
  Object.entries(sampleArguments).map(([name, make]) => {
    let built: unknown[] | undefined;
    return [name, () => (built ??= make()).map(thaw)];
  }),
);

class Thrown extends Error {}
const boom = (): never => {
  throw new Thrown('boom');
};

/** An object whose every trap throws. */
const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: boom,
      has: boom,
      ownKeys: boom,
      getOwnPropertyDescriptor: boom,
      getPrototypeOf: boom,
    },
  );
const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const withGetter = (get: () => unknown) => Object.defineProperty({}, 'start', { enumerable: true, get });
const cyclic = () => {
  const value: Record<string, unknown> = { start: '2025-01-01' };
  value['self'] = value;
  return value;
};

/** What goes where a value belongs. */
const hostileValues: readonly [string, () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['0', () => 0],
  ['-0', () => -0],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['1.5', () => 1.5],
  ['-1', () => -1],
  ['2^53', () => 2 ** 53],
  ['1e9', () => 1e9],
  ["''", () => ''],
  ["'zzz'", () => 'zzz'],
  ['a long string', () => 'x'.repeat(100_000)],
  ["'0000-01-01'", () => '0000-01-01'],
  ["'0001-01-01'", () => '0001-01-01'],
  ["'9999-12-31'", () => '9999-12-31'],
  ["'+010000-01-01'", () => '+010000-01-01'],
  ["'2025-02-30'", () => '2025-02-30'],
  ["'toString'", () => 'toString'],
  ["'__proto__'", () => '__proto__'],
  ['true', () => true],
  ['a symbol', () => Symbol('s')],
  ['a bigint', () => 10n],
  ['a function', () => () => 1],
  ['a throwing function', () => boom],
  ['[]', () => []],
  ['[null]', () => [null]],
  ['{}', () => ({})],
  ['Object.create(null)', () => Object.create(null) as object],
  ['a Date', () => new Date(0)],
  ['a Map', () => new Map([['start', '2025-01-01']])],
  ['a string object', () => new String('2025-01-01')],
  ['a throwing getter', () => withGetter(boom)],
  ['a getter changing its answer', () => withGetter(((n) => () => (n++ === 0 ? '2025-01-01' : '<img src=x onerror=alert(1)>'))(0))],
  ['a throwing proxy', throwingProxy],
  ['a revoked proxy', revokedProxy],
  ['a cycle', cyclic],
  ['own __proto__', () => JSON.parse('{"__proto__": {"start": "2025-01-01"}}') as unknown],
  ['prototype names', () => ({ constructor: 'x', toString: 'y', valueOf: 'z', hasOwnProperty: 'w' })],
];

/** The hostile values put into every field of a sample (the rest go into whole arguments only). */
const fieldValues = new Set([
  'null',
  'undefined',
  '-0',
  'NaN',
  'Infinity',
  '1.5',
  "''",
  "'zzz'",
  "'0000-01-01'",
  "'9999-12-31'",
  "'toString'",
  '[]',
  '{}',
  'a Date',
  'a throwing getter',
  'a getter changing its answer',
  'a revoked proxy',
  'own __proto__',
  'prototype names',
]);

interface Failure {
  readonly call: string;
  readonly thrown: string;
}

function nameOf(error: unknown): string {
  return error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 160)}` : `non-error ${typeof error}`;
}

/** Calls `fn` (or constructs it) and settles an async iterable it returns. */
async function settle(fn: (...args: unknown[]) => unknown, args: unknown[], isClass: boolean): Promise<void> {
  const result = isClass ? new (fn as unknown as new (...args: unknown[]) => unknown)(...args) : fn(...args);
  if (typeof result === 'object' && result !== null && Symbol.asyncIterator in result) {
    for await (const _item of result as AsyncIterable<unknown>) {
      // drained
    }
  }
}

async function attempt(name: string, fn: (...args: unknown[]) => unknown, args: unknown[], label: string, failures: Failure[]): Promise<void> {
  let thrown: string | null = null;
  try {
    await settle(fn, args, /^[A-Z]/.test(name));
  } catch (error) {
    if (name.startsWith('safe')) thrown = `a safe twin threw ${nameOf(error)}`;
    else if (!(error instanceof main.BemInputError)) thrown = nameOf(error);
  }
  // One failure per kind of error is enough to see what to fix.
  if (thrown !== null && !failures.some((failure) => failure.thrown === thrown)) failures.push({ call: `${name}(${label})`, thrown });
}

/** A deep, mutable copy of plain data (results of the library are frozen); anything else as it is. */
function thaw(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(thaw);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, thaw(item)]));
}

type Path = (string | number)[];

/** Every path to a value inside `value` (objects and arrays), at most `limit` of them. */
function pathsIn(value: unknown, limit = 120): Path[] {
  const paths: Path[] = [];
  const walk = (node: unknown, path: Path, depth: number): void => {
    if (paths.length >= limit || depth > 8 || !isPlain(node)) return;
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      const childPath = [...path, Array.isArray(node) ? Number(key) : key];
      // Inside an argument: a getter on the argument list itself would throw before the call.
      if (childPath.length > 1) paths.push(childPath);
      walk(child, childPath, depth + 1);
    }
  };
  walk(value, [], 0);
  return paths;
}

function setAt(root: unknown[], path: Path, replace: (old: unknown) => unknown): void {
  let node = root as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const replacement = replace(node[last]);
  if (replacement === DELETE) delete node[last];
  else Object.defineProperty(node, last, { value: replacement, enumerable: true, writable: true, configurable: true });
}
const DELETE = Symbol('delete');

function isPlain(value: unknown): value is object {
  return Array.isArray(value) || (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);
}

/** Every date in the arguments moved by whole years so that the latest lands on 9999 (or the earliest on 0001). */
function farEnd(args: unknown[], toward: 'late' | 'early'): unknown[] {
  const text = JSON.stringify(args.map((arg) => (isPlain(arg) || typeof arg !== 'object' ? arg : null)), (_key, value: unknown) => (typeof value === 'function' ? undefined : value));
  const years = [...text.matchAll(/"(\d{4})-\d{2}-\d{2}/g)].map((match) => Number(match[1]));
  if (years.length === 0) return args;
  const shift = toward === 'late' ? 9999 - Math.max(...years) : 1 - Math.min(...years);
  const moved = JSON.parse(
    text.replace(/"(\d{4})(-\d{2}-\d{2})/g, (_match, year: string, rest: string) => `"${String(Number(year) + shift).padStart(4, '0')}${rest}`),
  ) as unknown[];
  // Keep what JSON cannot carry (a schema argument) where it was.
  return moved.map((value, i) => (typeof args[i] === 'object' && args[i] !== null && !isPlain(args[i]) ? args[i] : value));
}

const functions = Object.entries(entries).flatMap(([entry, exports]) =>
  Object.entries(exports)
    .filter((pair): pair is [string, (...args: unknown[]) => unknown] => typeof pair[1] === 'function' && !(pair[0] in exemptions))
    .map(([name, fn]) => ({ entry, name, fn })),
);

describe('every public function guards its door', () => {
  it('finds the functions of every entry, and the tables name only real exports', () => {
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['bem-sgb9', 'bem-sgb9/zone']));
    expect(functions.length).toBeGreaterThan(40);
    const exported = new Set(Object.values(entries).flatMap((exports) => Object.keys(exports)));
    for (const name of [...Object.keys(exemptions), ...Object.keys(samples)]) expect(exported, name).toContain(name);
  });

  it.each(functions.map(({ entry, name, fn }) => [`${entry}: ${name}`, name, fn] as const))(
    '%s returns or throws a BemInputError for hostile arguments in every position',
    async (_label, name, fn) => {
      const failures: Failure[] = [];
      const sample = samples[name];
      for (const [label, make] of hostileValues) {
        await attempt(name, fn, [make()], label, failures);
        await attempt(name, fn, [make(), make(), make(), make()], `${label} ×4`, failures);
        if (sample === undefined) continue;
        const valid = sample();
        for (let position = 0; position < Math.max(valid.length, 1); position++) {
          const args = sample();
          args[position] = make();
          await attempt(name, fn, args, `argument ${position} = ${label}`, failures);
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it.each(Object.keys(samples).map((name) => [name] as const))('%s: every field of valid arguments replaced by hostile values', { timeout: 60_000 }, async (name) => {
    const fn = Object.values(entries).find((exports) => name in exports)![name] as (...args: unknown[]) => unknown;
    const failures: Failure[] = [];
    const make = samples[name]!;
    await attempt(name, fn, make(), 'the sample itself', failures);
    await attempt(name, fn, farEnd(make(), 'late'), 'the sample near 9999-12-31', failures);
    await attempt(name, fn, farEnd(make(), 'early'), 'the sample near 0001-01-01', failures);
    const replacements: readonly [string, (old: unknown) => unknown][] = [
      ...hostileValues.filter(([label]) => fieldValues.has(label)).map(([label, value]) => [label, () => value()] as [string, (old: unknown) => unknown]),
      ['deleted', () => DELETE],
      ['a throwing getter', boom],
      ['wrapped in a throwing proxy', (old) => (typeof old === 'object' && old !== null ? new Proxy(old, { get: boom, ownKeys: boom }) : old)],
    ];
    for (const path of pathsIn(make())) {
      for (const [label, replace] of replacements) {
        const args = make();
        if (label === 'a throwing getter') {
          let node = args as unknown as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
          Object.defineProperty(node, path[path.length - 1]!, { enumerable: true, configurable: true, get: boom });
        } else setAt(args, path, replace);
        await attempt(name, fn, args, `${path.join('.')} = ${label}`, failures);
      }
    }
    expect(failures).toEqual([]);
  });
});
