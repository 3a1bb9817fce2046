// Worked legal examples for the six-week trigger of § 167 Abs. 2 S. 1 SGB IX, as data
// ({ name, input, policy?, expected }), with the day before and after every threshold.
// Sources: the eligibility guide (practice article, BAG 18.11.2021 – 2 AZR 138/21, § 45 SGB V).
import type { EligibilityInput, EligibilityResult, PolicyInput } from '../../src/eligibility/index.js';

export interface EligibilityExample {
  /** What the example shows, as a sentence. */
  name: string;
  /** Where the rule comes from. */
  source: string;
  input: EligibilityInput;
  policy?: PolicyInput;
  /** The fields of the result that the example fixes (dates as plain strings). */
  expected: {
    status?: EligibilityResult['status'];
    due?: boolean;
    countedDays?: number;
    threshold?: number;
    thresholdCrossedOn?: string | null;
    projectedCrossingOn?: string | null;
    pattern?: EligibilityResult['pattern'];
    window?: { start: string; end: string };
  };
}

// January 2 weeks, March 1 week, June 2 weeks, October 2 weeks (the eligibility guide).
const twoOneTwoTwoWeeks: EligibilityInput['absences'] = [
  { id: 'jan', start: '2025-01-06', end: '2025-01-19', kind: 'sickness', certified: true },
  { id: 'mar', start: '2025-03-10', end: '2025-03-16', kind: 'sickness', certified: true },
  { id: 'jun', start: '2025-06-02', end: '2025-06-15', kind: 'sickness', certified: true },
  { id: 'oct', start: '2025-10-06', end: '2025-10-19', kind: 'sickness', certified: true },
];

export const eligibilityExamples: EligibilityExample[] = [
  {
    name: '2 + 1 + 2 + 2 weeks in one year are 49 days: a BEM is due, crossed on the 43rd counted day',
    source: 'the eligibility guide worked example; § 167 Abs. 2 S. 1 SGB IX ("wiederholt")',
    input: { absences: twoOneTwoTwoWeeks, asOf: '2025-10-31' },
    expected: { status: 'due', due: true, countedDays: 49, thresholdCrossedOn: '2025-10-13', pattern: 'repeated' },
  },
  {
    name: 'the same absences on the day of the 42nd counted day: not yet due, the crossing is forecast for the next day',
    source: 'the eligibility guide worked example',
    input: { absences: twoOneTwoTwoWeeks, asOf: '2025-10-12' },
    expected: { status: 'approaching', due: false, countedDays: 42, projectedCrossingOn: '2025-10-13' },
  },
  {
    name: 'the same absences on the day of the 43rd counted day: due that day',
    source: 'the eligibility guide worked example',
    input: { absences: twoOneTwoTwoWeeks, asOf: '2025-10-13' },
    expected: { status: 'due', countedDays: 43, thresholdCrossedOn: '2025-10-13' },
  },
  {
    name: '42 calendar days of continuous incapacity are not more than six weeks',
    source: '§ 167 Abs. 2 S. 1 SGB IX ("länger als sechs Wochen")',
    input: { absences: [{ start: '2025-02-03', end: '2025-03-16', kind: 'sickness' }], asOf: '2025-03-31' },
    expected: { status: 'approaching', countedDays: 42, pattern: 'continuous', thresholdCrossedOn: null },
  },
  {
    name: '43 calendar days of continuous incapacity are: due from the 43rd day',
    source: '§ 167 Abs. 2 S. 1 SGB IX ("ununterbrochen")',
    input: { absences: [{ start: '2025-02-03', end: '2025-03-17', kind: 'sickness' }], asOf: '2025-03-31' },
    expected: { status: 'due', countedDays: 43, thresholdCrossedOn: '2025-03-17', pattern: 'continuous' },
  },
  {
    name: 'a first certificate and its follow-up certificate are one period: 21 + 22 days = 43',
    source: 'the eligibility guide (Erst-/Folgebescheinigung merged)',
    input: {
      absences: [
        { id: 'first', start: '2025-02-03', end: '2025-02-23', kind: 'sickness' },
        { id: 'follow-up', start: '2025-02-21', end: '2025-03-17', kind: 'sickness' },
      ],
      asOf: '2025-03-31',
    },
    expected: { status: 'due', countedDays: 43, pattern: 'continuous' },
  },
  {
    name: 'in working days, 30 days in a five-day week are not more than six weeks',
    source: 'practice: threshold 6 × working days per week',
    input: { absences: [{ start: '2025-03-03', end: '2025-04-11', kind: 'sickness' }], asOf: '2025-04-30' },
    policy: { unit: 'working-days' },
    expected: { status: 'approaching', countedDays: 30, threshold: 30 },
  },
  {
    name: 'in working days, the 31st working day makes the BEM due',
    source: 'practice: threshold 6 × working days per week',
    input: { absences: [{ start: '2025-03-03', end: '2025-04-14', kind: 'sickness' }], asOf: '2025-04-30' },
    policy: { unit: 'working-days' },
    expected: { status: 'due', countedDays: 31, thresholdCrossedOn: '2025-04-14' },
  },
  {
    name: 'in a three-day week (Mon, Tue, Wed) the threshold is 18 working days: the 19th makes it due',
    source: 'practice: threshold 6 × working days per week',
    input: { absences: [{ start: '2025-03-03', end: '2025-04-14', kind: 'sickness' }], asOf: '2025-04-30' },
    policy: { unit: 'working-days', workingDays: [1, 2, 3] },
    expected: { status: 'due', countedDays: 19, threshold: 18, thresholdCrossedOn: '2025-04-14' },
  },
  {
    name: 'the window is the Zeitjahr ending on the check date: 2025-10-31 looks back to 2024-11-01',
    source: '§ 167 Abs. 2 S. 1 SGB IX ("innerhalb eines Jahres"); practice: not the calendar year',
    input: {
      absences: [
        { start: '2024-10-01', end: '2024-10-31', kind: 'sickness' },
        { start: '2024-11-01', end: '2024-11-30', kind: 'sickness' },
      ],
      asOf: '2025-10-31',
    },
    expected: { window: { start: '2024-11-01', end: '2025-10-31' }, countedDays: 30, status: 'approaching' },
  },
  {
    name: 'a check on 29 February looks back to 1 March of the year before',
    source: 'the eligibility guide (clamped month arithmetic)',
    input: {
      absences: [
        { start: '2023-02-28', end: '2023-02-28', kind: 'sickness' },
        { start: '2023-03-01', end: '2023-03-01', kind: 'sickness' },
      ],
      asOf: '2024-02-29',
    },
    expected: { window: { start: '2023-03-01', end: '2024-02-29' }, countedDays: 1 },
  },
  {
    name: 'child sick days (Kinderkrankentage) never count: the employee is not incapacitated',
    source: '§ 45 SGB V',
    input: { absences: [{ start: '2025-01-06', end: '2025-03-31', kind: 'child-sick' }], asOf: '2025-10-31' },
    expected: { status: 'not-due', countedDays: 0 },
  },
  {
    name: 'a work accident counts like any other incapacity',
    source: '§ 167 Abs. 2 S. 1 SGB IX (the cause is irrelevant)',
    input: { absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'work-accident' }], asOf: '2025-10-31' },
    expected: { status: 'due', countedDays: 54 },
  },
  {
    name: 'after a concluded BEM only later days count: 40 days before it do not make a new BEM due',
    source: 'BAG 18.11.2021 – 2 AZR 138/21',
    input: {
      absences: [
        { start: '2025-01-06', end: '2025-02-14', kind: 'sickness' },
        { start: '2025-06-02', end: '2025-06-21', kind: 'sickness' },
      ],
      asOf: '2025-10-31',
      previousBemConcludedOn: '2025-04-30',
    },
    expected: { status: 'not-due', countedDays: 20, window: { start: '2025-05-01', end: '2025-10-31' } },
  },
  {
    name: 'a new BEM is due when more than six weeks follow the conclusion, even within less than a year',
    source: 'BAG 18.11.2021 – 2 AZR 138/21',
    input: {
      absences: [
        { start: '2025-01-06', end: '2025-02-28', kind: 'sickness' },
        { start: '2025-06-02', end: '2025-07-14', kind: 'sickness' },
      ],
      asOf: '2025-10-31',
      previousBemConcludedOn: '2025-04-30',
    },
    expected: { status: 'due', countedDays: 43, thresholdCrossedOn: '2025-07-14' },
  },
  {
    name: 'while a BEM runs, new incapacity is part of it: no second BEM is due',
    source: 'BAG 18.11.2021 – 2 AZR 138/21',
    input: { absences: [{ start: '2025-01-06', end: '2025-03-31', kind: 'sickness' }], asOf: '2025-10-31', bemRunningSince: '2025-02-20' },
    expected: { status: 'bem-running', due: false, countedDays: 85 },
  },
  {
    name: 'the day someone went home sick after working does not count: 43 recorded days are 42',
    source: 'practice: analogy to § 3 EFZG',
    input: { absences: [{ start: '2025-02-03', end: '2025-03-17', kind: 'sickness', wentHomeSick: true }], asOf: '2025-03-31' },
    expected: { status: 'approaching', countedDays: 42 },
  },
  {
    name: 'an ongoing incapacity counts up to the check date: day 43 is the check date itself',
    source: 'the eligibility guide (ongoing AU)',
    input: { absences: [{ start: '2025-09-19', end: null, kind: 'sickness' }], asOf: '2025-10-31' },
    expected: { status: 'due', countedDays: 43, thresholdCrossedOn: '2025-10-31' },
  },
  {
    name: 'certificate days after the check date do not count today but set the forecast',
    source: 'the eligibility guide (certificate days after the check date)',
    input: { absences: [{ start: '2025-10-01', end: '2025-11-30', kind: 'sickness' }], asOf: '2025-10-31' },
    expected: { status: 'approaching', countedDays: 31, projectedCrossingOn: '2025-11-12' },
  },
];
