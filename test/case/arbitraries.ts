import fc from 'fast-check';
import { allowedEvents, applyEvent, type ApplyResult } from '../../src/case/index.js';
import { addDays, IsoDate } from '../../src/dates/index.js';
import { Actor, type BemCase, type CaseEventInput, CaseOutcome, ConsentRecipient, DataCategory, ParticipantRole } from '../../src/model/index.js';
import { bemConsent, opened, properContent, sbvContent } from './fixtures.js';

// Random event sequences folded into cases by the machine: every case they give is one the
// library could have built (the only kind it accepts).

/** The random choices of one step; each builder below reads the ones it needs. */
export const paramsArb = fc.record({
  measureId: fc.constantFrom('m-1', 'm-2'),
  measureType: fc.constantFrom('ergonomics', 'home-office', 'flexible-hours', 'graded-return', 'dismissal') as fc.Arbitrary<'ergonomics'>,
  measureStep: fc.constantFrom('measure.started', 'measure.completed', 'measure.abandoned') as fc.Arbitrary<'measure.started'>,
  role: fc.constantFrom(...ParticipantRole.options),
  byEmployee: fc.boolean(),
  purpose: fc.constantFrom('bem-procedure', 'participation', 'external-benefits') as fc.Arbitrary<'bem-procedure'>,
  recipients: fc.subarray([...ConsentRecipient.options], { minLength: 1 }),
  categories: fc.subarray([...DataCategory.options], { minLength: 1 }),
  consentId: fc.constantFrom('consent-1', 'consent-2', 'consent-3'),
  ownConsentId: fc.option(fc.constantFrom('consent-2', 'own words of the employee'), { nil: undefined }),
  title: fc.option(fc.constantFrom('Desk near the window', 'Talk with Ms Weber'), { nil: undefined }),
  outcome: fc.constantFrom(...CaseOutcome.options),
  yes: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  withCouncil: fc.boolean(),
  /** Mostly the shortest reply period the policy allows (7 days), sometimes one too short. */
  replyDays: fc.oneof({ weight: 5, arbitrary: fc.constant(7) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 21 }) }),
  /** How the invitation was sent, if recorded, and the days from sending to delivery (-1: a delivery before sending, refused). */
  form: fc.constantFrom(undefined, 'letter', 'email', 'handed-over') as fc.Arbitrary<'letter' | undefined>,
  deliveryDays: fc.option(fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: fc.constant(-1) }), { nil: undefined }),
  /** One answer or consent in five comes from the employee's legal representative (S. 4). */
  viaRepresentative: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  /** The demanding body of a clarification demand (S. 7–8). */
  demandBy: fc.constantFrom('works-council', 'disability-representative') as fc.Arbitrary<'works-council'>,
  /** An hour for the event's time `at`, or none; with +01:00 every hour up to 22 stays on the Berlin day. */
  hour: fc.option(fc.integer({ min: 0, max: 22 }), { nil: undefined }),
});
type Params = typeof paramsArb extends fc.Arbitrary<infer P> ? P : never;

interface Builder {
  readonly type: CaseEventInput['type'];
  /** The sender the rules expect; `null` when either side may send it. */
  readonly sender: Actor | null;
  readonly build: (p: Params, on: string, by: Actor, c: BemCase) => CaseEventInput;
}

/** Mostly a measure of the case in one of `statuses` (so steps can succeed), else the random id. */
function measureIdIn(c: BemCase, p: Params, ...statuses: readonly string[]): string {
  const fitting = c.measures.filter((measure) => statuses.includes(measure.status));
  return p.withCouncil || fitting.length === 0 ? p.measureId : (fitting[fitting.length - 1]?.id ?? p.measureId);
}

const builders: readonly Builder[] = [
  {
    type: 'invitation.sent',
    sender: 'employer',
    build: (p, on, by, c) => ({
      type: 'invitation.sent',
      on,
      by,
      content: { ...(c.employee.severelyDisabled === true ? sbvContent : properContent), replyBy: addDays(IsoDate.parse(on), (p.deliveryDays ?? 0) + p.replyDays) },
      ...(p.form === undefined ? {} : { form: p.form }),
      ...(p.deliveryDays === undefined ? {} : { deliveredOn: addDays(IsoDate.parse(on), p.deliveryDays) }),
    }),
  },
  { type: 'reminder.sent', sender: 'employer', build: (p, on, by) => ({ type: 'reminder.sent', on, by, replyBy: addDays(IsoDate.parse(on), p.replyDays) }) },
  {
    type: 'employee.accepted',
    sender: 'employee',
    build: (p, on, by) => ({
      type: 'employee.accepted',
      on,
      by,
      consent: { ...bemConsent, ...(p.withCouncil ? {} : { dataCategories: [...p.categories], recipients: [...p.recipients] }) },
    }),
  },
  { type: 'employee.declined', sender: 'employee', build: (p, on, by) => ({ type: 'employee.declined', on, by, inWriting: p.yes }) },
  {
    type: 'interview.held',
    sender: 'employer',
    build: (p, on, by, c) => ({
      type: 'interview.held',
      on,
      by,
      present: p.withCouncil ? c.participants.filter((participant) => participant.endedOn === null).map((participant) => participant.role) : [p.role].filter(() => p.byEmployee),
      employeeAgreed: p.yes,
    }),
  },
  { type: 'participant.added', sender: null, build: (p, on, by) => ({ type: 'participant.added', on, by, role: p.role }) },
  { type: 'participant.excluded', sender: 'employee', build: (p, on, by) => ({ type: 'participant.excluded', on, by, role: p.role }) },
  {
    type: 'consent.granted',
    sender: 'employee',
    build: (p, on, by) => ({ type: 'consent.granted', on, by, consent: { ...(p.ownConsentId === undefined ? {} : { id: p.ownConsentId }), purpose: p.purpose, dataCategories: [...p.categories], recipients: [...p.recipients] } }),
  },
  { type: 'consent.revoked', sender: 'employee', build: (p, on, by) => ({ type: 'consent.revoked', on, by, consentId: p.consentId }) },
  {
    type: 'measure.proposed',
    sender: null,
    build: (p, on, by, c) => ({ type: 'measure.proposed', on, by, measure: { id: p.withCouncil ? p.measureId : `typed by hand ${c.measures.length + 1}`, type: p.measureType, ...(p.title === undefined ? {} : { title: p.title }) } }),
  },
  {
    type: 'measure.agreed',
    sender: 'employee',
    build: (p, on, by, c) => ({ type: 'measure.agreed', on, by, measureId: measureIdIn(c, p, 'proposed'), employerAgreed: p.yes }),
  },
  { type: 'measure.rejected', sender: 'employee', build: (p, on, by, c) => ({ type: 'measure.rejected', on, by, measureId: measureIdIn(c, p, 'proposed') }) },
  {
    type: 'measure.started',
    sender: 'employer',
    build: (p, on, by, c) => {
      // Mostly the step that fits a measure of the case: start an agreed one, finish a started one.
      const agreed = measureIdIn(c, { ...p, withCouncil: false }, 'agreed');
      const fitting = c.measures.some((measure) => measure.id === agreed && measure.status === 'agreed') ? 'measure.started' : p.measureStep === 'measure.started' ? 'measure.completed' : p.measureStep;
      const type = p.withCouncil ? p.measureStep : fitting;
      return { type, on, by, measureId: measureIdIn(c, p, type === 'measure.started' ? 'agreed' : 'started') };
    },
  },
  { type: 'review.held', sender: 'employer', build: (p, on, by) => ({ type: 'review.held', on, by, effective: p.yes }) },
  { type: 'employee.withdrew', sender: 'employee', build: (_p, on, by) => ({ type: 'employee.withdrew', on, by }) },
  { type: 'employee.resumed', sender: 'employee', build: (_p, on, by) => ({ type: 'employee.resumed', on, by }) },
  { type: 'case.closed', sender: null, build: (p, on, by) => ({ type: 'case.closed', on, by, outcome: p.outcome }) },
  { type: 'clarification.demanded', sender: 'works-council', build: (p, on, by) => ({ type: 'clarification.demanded', on, by: by === 'works-council' ? p.demandBy : by }) },
];

/** The employee's answers and consents, which the legal representative may give for them. */
const representable = new Set(['employee.accepted', 'employee.declined', 'consent.granted', 'consent.revoked']);

/**
 * One random step. Usually (`wild` false) the builder is picked among the event types that
 * `allowedEvents` offers its sender, so sequences get deep into the lifecycle; a wild step picks
 * any builder and any sender, so refusals are exercised too. Days mostly move forward.
 */
export const stepArb = fc.record({
  params: paramsArb,
  pick: fc.nat(),
  wild: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  sender: fc.constantFrom(...Actor.options),
  dayStep: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: fc.constant(-1) }),
});
export type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;
export const sequences = fc.array(stepArb, { minLength: 1, maxLength: 60, size: 'max' });

const endingTypes = new Set(['case.closed', 'employee.withdrew', 'employee.declined', 'consent.revoked']);
const senderOf = (builder: Builder, p: Params): Actor => builder.sender ?? (p.byEmployee ? 'employee' : 'employer');

/** Folds random steps into a case, calling `visit` with each event and what it did. */
export function walk(steps: readonly Step[], c0: BemCase, visit?: (before: BemCase, event: CaseEventInput, result: ApplyResult) => void): BemCase {
  let c = c0;
  let day = IsoDate.parse('2025-11-03');
  for (const { params, pick, wild, sender, dayStep } of steps) {
    day = addDays(day, dayStep);
    const current = c;
    const allowed = new Map<Actor, readonly string[]>();
    const allowedFor = (actor: Actor) => allowed.get(actor) ?? allowed.set(actor, allowedEvents(current, actor)).get(actor) ?? [];
    const offered = wild ? builders : builders.filter((builder) => allowedFor(senderOf(builder, params)).includes(builder.type));
    // Two steps in three avoid the steps that end or pause a case, so sequences reach deep states.
    const calm = pick % 3 !== 0 ? offered.filter((builder) => !endingTypes.has(builder.type)) : offered;
    const choices = calm.length > 0 ? calm : offered.length > 0 ? offered : builders;
    const builder = choices[Math.floor(pick / 3) % choices.length] as Builder;
    const by = wild ? sender : params.viaRepresentative && representable.has(builder.type) ? 'legal-representative' : senderOf(builder, params);
    const built = builder.build(params, day, by, c);
    const event = params.hour === undefined ? built : ({ ...built, at: `${day}T${String(params.hour).padStart(2, '0')}:00:00+01:00` } as CaseEventInput);
    const result = applyEvent(c, event);
    visit?.(c, event, result);
    if (result.ok) c = result.case;
  }
  return c;
}


/** A case reached by a random event sequence, for an employee who may be severely disabled. */
export const reachableCase: fc.Arbitrary<BemCase> = fc.tuple(sequences, fc.boolean()).map(([steps, severelyDisabled]) => walk(steps, opened(severelyDisabled)));
