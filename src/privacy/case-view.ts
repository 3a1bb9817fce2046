import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import { IsoDate } from '../dates/iso-date.js';
import { takesPart } from '../case/takes-part.js';
import { checkedCase } from '../case/trusted-case.js';
import {
  BAG_2012_02_07_1ABR46_10,
  BAG_2019_11_19_1ABR36_18,
  GDPR_5_1_C_9,
  GDPR_9_15,
  PRACTICE,
  SGB9_167_2_S1_7_8,
  SGB9_167_2_S2,
  SGB9_167_2_S3,
  SGB9_167_2_S5,
  SGB9_167_2_S6,
  cite,
} from '../law/citations.js';
import { BemCase, type BemCaseInput, type CaseInterview, type CaseReview, ClarificationDemand, type ClarificationDemandInput, type EmployeeDecision } from '../model/bem-case.js';
import type { Employee } from '../model/employee.js';
import type { ConsentRecipient, DataCategory } from '../model/consent.js';
import { parseInput } from '../model/input-error.js';
import { Measure } from '../model/measure.js';
import { MeasureCategory, MeasureType } from '../model/measure-type.js';
import { Participant, type ParticipantRole } from '../model/participant.js';
import type { CaseViewInvitation, CaseViewMeasure } from './case-view-parts.js';
import { OfferReply, replyOf } from './offer-reply.js';
import { partialAtEveryDepth, pathTree, project } from './projection.js';
import { Role } from './role.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * How much of a case a view shows: `full` (the whole BEM file), `need-to-know` (a part the
 * employee's consent opened), `minimum` (only what the role sees without any consent) or `none`.
 *
 * @example
 * ```ts
 * ViewAccess.options; //=> ['full', 'need-to-know', 'minimum', 'none']
 * ```
 */
export const ViewAccess: z.ZodEnum<EnumOf<ViewAccess>> = z.enum(['full', 'need-to-know', 'minimum', 'none']);

export type ViewAccess = 'full' | 'need-to-know' | 'minimum' | 'none';


/**
 * An agreed measure as the supervisor sees it, to carry it out.
 *
 * A neutral reference (`ref`,
 * `measure-1` for the first measure proposed in the case, `measure-2` for the second, …), type,
 * category, status and the days of its steps.
 *
 * Never the measure's own id or title (free text a person typed, which may say more than the
 * supervisor needs) and never the proposer.
 *
 * @example
 * ```ts
 * AgreedMeasure.parse({
 * ref: 'measure-1', type: 'ergonomics', category: 'workplace-design', status: 'started',
 * agreedOn: '2025-12-03', startedOn: '2025-12-10', completedOn: null, abandonedOn: null,
 * }).status; //=> 'started'
 * ```
 */
export const AgreedMeasure = z.strictObject({
  ref: z.string().regex(/^measure-[0-9]+$/),
  type: named<MeasureType>(MeasureType),
  category: named<MeasureCategory>(MeasureCategory),
  status: z.enum(['agreed', 'started', 'completed', 'abandoned']),
  agreedOn: IsoDate,
  startedOn: IsoDate.nullable(),
  completedOn: IsoDate.nullable(),
  abandonedOn: IsoDate.nullable(),
});

export interface AgreedMeasure extends z.infer<typeof AgreedMeasure> {}

/**
 * AgreedMeasure as callers pass it in (dates as plain strings, checked on the way in); see the {@link AgreedMeasure}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: AgreedMeasureInput): AgreedMeasure => AgreedMeasure.parse(input);
 * ```
 */
export interface AgreedMeasureInput extends z.input<typeof AgreedMeasure> {}

/**
 * The schema of the part of a record that a view shows (every key optional at every depth,
 * strict), typed by the named view part `View`. test/privacy/case-view-types.test-d.ts holds
 * each `View` equal to `PartialAtEveryDepth` (./case-view-parts.ts) of the record's type.
 */
function partOf<View>(schema: z.ZodType): z.ZodType<View> {
  return partialAtEveryDepth(schema) as z.ZodType<View>;
}

const field = BemCase.shape;

/** A measure as a view shows it: the case's fields, or for everyone but the employee and the BEM officer a neutral `ref` instead of the id and no title. */
const ViewMeasure = partOf<CaseViewMeasure>(z.strictObject({ ...Measure.shape, ref: z.string() }));

/**
 * What one role sees of a case (need-to-know, the [privacy guide](../../docs/privacy.md)).
 *
 * `role` and `access` are always there; every other field is present only if the role's allow-list
 * ({@link caseViewRules}) has a path to it, and nested records carry only the allowed keys (so a
 * view may hold part of the invitation, say: {@link CaseViewInvitation}; a record shown in part is
 * a `Partial` of the case's own type). The fields are the case's own, under the same names, plus:
 * `caseId` and `employeeId` (the pseudonymous references), `offeredOn` (the day the invitation was
 * sent), `reply` (the employee's answer, see `OfferReply`), `agreedMeasures` (the supervisor's
 * {@link AgreedMeasure} list) and, in measures shown to a participant, `ref` (a neutral reference
 * in place of the measure's id, {@link CaseViewMeasure}). The schema is strict at every depth: a
 * view never carries a field not listed here.
 *
 * @example
 * ```ts
 * CaseView.parse({ role: 'company-doctor', access: 'none' }).access; //=> 'none'
 * ```
 */
export const CaseView = z.strictObject({
  role: named<Role>(Role),
  access: named<ViewAccess>(ViewAccess),
  caseId: z.string().optional(),
  employeeId: z.string().optional(),
  employee: partOf<Partial<Employee>>(field.employee).optional(),
  thresholdCrossedOn: field.thresholdCrossedOn.optional(),
  countedDays: field.countedDays.optional(),
  offeredOn: IsoDate.nullable().optional(),
  reply: named<OfferReply>(OfferReply).nullable().optional(),
  state: field.state.optional(),
  stateBeforePause: field.stateBeforePause.optional(),
  pausedOn: field.pausedOn.optional(),
  pauseReason: field.pauseReason.optional(),
  openedOn: field.openedOn.optional(),
  closedOn: field.closedOn.optional(),
  outcome: field.outcome.optional(),
  invitation: partOf<CaseViewInvitation | null>(field.invitation).optional(),
  decisions: partOf<Partial<EmployeeDecision>[]>(field.decisions).optional(),
  interview: partOf<Partial<CaseInterview> | null>(field.interview).optional(),
  participants: z.array(partOf<Partial<Participant>>(Participant)).optional(),
  excludedRoles: field.excludedRoles.optional(),
  consents: field.consents.optional(),
  measures: z.array(ViewMeasure).optional(),
  agreedMeasures: z.array(named<AgreedMeasure, AgreedMeasureInput>(AgreedMeasure)).optional(),
  reviews: partOf<Partial<CaseReview>[]>(field.reviews).optional(),
  clarificationDemands: z.array(named<ClarificationDemand, ClarificationDemandInput>(ClarificationDemand)).optional(),
  events: field.events.optional(),
  version: field.version.optional(),
});

export interface CaseView extends z.infer<typeof CaseView> {}

/**
 * A field a {@link CaseView} can show: every key of the schema except `role` and `access`.
 *
 * @example
 * ```ts
 * ViewField.options.includes('consents'); //=> true
 * ```
 */
export const ViewField = CaseView.keyof().exclude(['role', 'access']);

export type ViewField = 'caseId' | 'employeeId' | 'employee' | 'thresholdCrossedOn' | 'countedDays' | 'offeredOn' | 'reply' | 'state' | 'stateBeforePause' | 'pausedOn' | 'pauseReason' | 'openedOn' | 'closedOn' | 'outcome' | 'invitation' | 'decisions' | 'interview' | 'participants' | 'excludedRoles' | 'consents' | 'measures' | 'agreedMeasures' | 'reviews' | 'clarificationDemands' | 'events' | 'version';

/**
 * A path into a view that an allow-list permits.
 *
 * Keys joined by dots, `[]` after a key whose value
 * is a list (each item is projected), e.g. `invitation.content.occasion.countedDays` or
 * `participants[].role`.
 *
 * A path permits the value at its end and everything beneath it.
 *
 * @example
 * ```ts
 * const path: ViewPath = 'measures[].status';
 * ```
 */
export type ViewPath = string;

/**
 * One row of the who-sees-what allow-list.
 *
 * The paths the role always sees (`minimum`, for the SBV
 * only when the employee is severely disabled: `minimumOnlyIfSeverelyDisabled`), and what the
 * employee's consent adds.
 *
 * Consents count when they hold (not revoked) and name `recipient`; for a participant role
 * (`mustTakePart`) only while it takes part (added, not excluded, not ended; every participation
 * ends when the case closes). Then `whenConsented` is added, plus the paths of each consented data
 * category (`byCategory`). `reference` is the legal source.
 *
 * @example
 * ```ts
 * caseViewRules.supervisor.byCategory.measures?.includes('agreedMeasures[].status'); //=> true
 * ```
 */
export interface CaseViewRule {
  /** Paths the role always sees. */
  readonly minimum: readonly ViewPath[];
  /** Whether `minimum` applies only when the employee is severely disabled (the SBV). */
  readonly minimumOnlyIfSeverelyDisabled: boolean;
  /** Whose consents widen the view; `null` when none can (the view is already full). */
  readonly recipient: ConsentRecipient | null;
  /** Whether the role must take part in the case for a consent to count. */
  readonly mustTakePart: boolean;
  /** Paths added once any consent counts. */
  readonly whenConsented: readonly ViewPath[];
  /** Paths added for each data category a counting consent names. */
  readonly byCategory: Readonly<Partial<Record<DataCategory, readonly ViewPath[]>>>;
  /** The legal source of the row. */
  readonly reference: string;
}

const everything: readonly ViewPath[] = ViewField.options.filter((name) => name !== 'agreedMeasures');
const monitoring: readonly ViewPath[] = ['caseId', 'employeeId', 'thresholdCrossedOn', 'offeredOn'];
const measureSteps = ['type', 'category', 'status', 'agreedOn', 'startedOn', 'completedOn', 'abandonedOn'];
const participantCategories: CaseViewRule['byCategory'] = {
  'case-progress': [
    'reply',
    'state',
    'openedOn',
    'closedOn',
    'outcome',
    'invitation.sentOn',
    'invitation.replyBy',
    'invitation.reminders',
    'invitation.form',
    'invitation.deliveredOn',
    'invitation.content.occasion.thresholdCrossedOn',
    'invitation.content.goals',
    'invitation.content.replyBy',
    'decisions[].on',
    'decisions[].stage',
    'decisions[].answer',
    'decisions[].inWriting',
    'interview.heldOn',
    'interview.present',
    'interview.employeeAgreed',
    'participants[].role',
    'participants[].addedOn',
    'participants[].addedBy',
    'clarificationDemands',
  ],
  measures: [
    'measures[].ref',
    ...measureSteps.map((name) => `measures[].${name}`),
    'measures[].proposedOn',
    'measures[].proposedBy',
    'measures[].rejectedOn',
    'reviews[].heldOn',
    'reviews[].effective',
  ],
  'absence-periods': ['countedDays', 'invitation.content.occasion.countedDays'],
};
const fullAccess: CaseViewRule = {
  minimum: everything,
  minimumOnlyIfSeverelyDisabled: false,
  recipient: null,
  mustTakePart: false,
  whenConsented: [],
  byCategory: {},
  reference: cite(GDPR_9_15, PRACTICE),
};
const participant = (recipient: ParticipantRole, reference: string, minimum: readonly ViewPath[] = [], minimumOnlyIfSeverelyDisabled = false): CaseViewRule => ({
  minimum,
  minimumOnlyIfSeverelyDisabled,
  recipient,
  mustTakePart: true,
  whenConsented: ['caseId', 'employeeId'],
  byCategory: participantCategories,
  reference,
});

/**
 * The who-sees-what allow-list that {@link viewFor} applies, as data in one place (the privacy
 * guide prints it as a table generated from this object): per role, the paths it always sees
 * and the paths each consented data category adds.
 *
 * - `employee`: everything (it is their data, right of access Art. 15 GDPR).
 * - `bem-officer`: everything: they keep the BEM file apart from the personnel file.
 * - `supervisor`: the references, the offer day, the answer, the state and the end day; the
 *   agreed measures (neutral references, no ids or titles) once a consent names the `supervisor`
 *   and `measures`. A consent naming the `employer` (the BEM team) is not enough.
 * - `works-council` and `disability-representative`: without consent only what their watch over
 *   the employer's duties needs (§ 167 Abs. 2 S. 7–8 SGB IX; BAG 7.2.2012 – 1 ABR 46/10): who
 *   crossed the threshold when, and when BEM was offered; the SBV only for severely disabled
 *   employees. While they take part with consent (§ 167 Abs. 2 S. 1 SGB IX; BAG 19.11.2019 –
 *   1 ABR 36/18), what the consented categories cover.
 * - `company-doctor`, `trusted-person`, `rehab-provider`, `integration-office`: nothing unless
 *   taking part with a consent that names them, then what the consented categories cover.
 *
 * Whoever is not the employee or the BEM officer sees the participants list only with the
 * active participants, without why anyone left, and never the SBV or the integration office
 * (whose presence reveals a severe disability) unless they are that participant themselves; the
 * same holds for those present at the initial interview. Consents, the event log, the pause
 * reason, the excluded roles and the employee record are shown to the employee and the BEM
 * officer only; so are measure ids and titles (free text).
 *
 * @example
 * ```ts
 * caseViewRules['works-council'].minimum; //=> ['caseId', 'employeeId', 'thresholdCrossedOn', 'offeredOn']
 * caseViewRules['company-doctor'].minimum; //=> []
 * ```
 */
export const caseViewRules: Readonly<Record<Role, CaseViewRule>> = deepFreeze({
  employee: fullAccess,
  'bem-officer': fullAccess,
  supervisor: {
    minimum: ['caseId', 'employeeId', 'offeredOn', 'reply', 'state', 'closedOn'],
    minimumOnlyIfSeverelyDisabled: false,
    recipient: 'supervisor',
    mustTakePart: false,
    whenConsented: [],
    byCategory: { measures: ['agreedMeasures[].ref', ...measureSteps.map((name) => `agreedMeasures[].${name}`)] },
    reference: cite(GDPR_5_1_C_9, PRACTICE),
  },
  'works-council': participant('works-council', cite(SGB9_167_2_S1_7_8, BAG_2012_02_07_1ABR46_10, BAG_2019_11_19_1ABR36_18), monitoring),
  'disability-representative': participant('disability-representative', SGB9_167_2_S1_7_8, monitoring, true),
  'company-doctor': participant('company-doctor', SGB9_167_2_S3),
  'trusted-person': participant('trusted-person', SGB9_167_2_S2),
  'rehab-provider': participant('rehab-provider', SGB9_167_2_S5),
  'integration-office': participant('integration-office', SGB9_167_2_S6),
});

const agreedStatuses: ReadonlySet<string> = new Set(AgreedMeasure.shape.status.options);

/** The path trees of the allow-lists in use, by their paths (a handful per role). */
const trees = new Map<string, ReturnType<typeof pathTree>>();
function treeOf(paths: ReadonlySet<ViewPath>): ReturnType<typeof pathTree> {
  const key = [...paths].join(' ');
  let tree = trees.get(key);
  if (tree === undefined) {
    tree = pathTree(paths);
    if (trees.size < 1000) trees.set(key, tree);
  }
  return tree;
}

/** Roles whose taking part reveals a severe disability (§ 167 Abs. 2 S. 1 and 6 SGB IX). */
const revealing: readonly ParticipantRole[] = ['disability-representative', 'integration-office'];

/**
 * The paths `role` may see in this case under its allow-list, for the consents in force (the
 * minimum, plus `whenConsented` and the paths of each consented data category).
 *
 * @param c the case (checked: it must follow from its own event log).
 * @param role who looks ({@link Role}).
 * @returns the allowed paths, without repeats.
 * @throws BemInputError for a bad or forged case or an unknown role.
 * @example
 * ```ts
 * viewPathsFor(openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-11-03' }), 'company-doctor'); //=> []
 * ```
 */
export function viewPathsFor(c: BemCaseInput, role: Role): ViewPath[] {
  return [...allowedPaths(checkedCase(c), caseViewRules[parseInput(Role, role, ['role'])])];
}

function allowedPaths(c: BemCase, rule: CaseViewRule): Set<ViewPath> {
  const paths = new Set<ViewPath>();
  if (!rule.minimumOnlyIfSeverelyDisabled || c.employee.severelyDisabled === true) rule.minimum.forEach((path) => paths.add(path));
  const categories = consentedCategories(c, rule);
  if (categories.size > 0) rule.whenConsented.forEach((path) => paths.add(path));
  for (const category of categories) rule.byCategory[category]?.forEach((path) => paths.add(path));
  return paths;
}

/** The data categories the holding consents open to the rule's recipient (none if it does not take part). */
function consentedCategories(c: BemCase, rule: CaseViewRule): Set<DataCategory> {
  const recipient = rule.recipient;
  if (recipient === null) return new Set();
  if (rule.mustTakePart && !takesPart(c, recipient)) return new Set();
  const holding = c.consents.filter((consent) => consent.revokedOn === null && consent.recipients.includes(recipient));
  return new Set(holding.flatMap((consent) => consent.dataCategories));
}


/**
 * Everything a view can show, before the allow-list picks: for the employee and the BEM officer
 * the case's own records; for anyone else the participants and those present narrowed to what
 * may be shown at all, and measures under neutral references.
 */
function viewSource(c: BemCase, role: Role, full: boolean): Record<string, unknown> {
  const { id, employee, ...rest } = c;
  // The SBV or the integration office in any record hints at a severe disability: only the role
  // itself sees them, as participant, present, demander, proposer or the one who added someone.
  const shown = (other: string) => !(revealing as readonly string[]).includes(other) || other === role;
  const refOf = (index: number) => `measure-${index + 1}`;
  const agreedMeasures = c.measures.flatMap((measure, index) => {
    const { type, category, status, agreedOn, startedOn, completedOn, abandonedOn } = measure;
    if (!agreedStatuses.has(status) || agreedOn === null) return [];
    return [{ ref: refOf(index), type, category, status, agreedOn, startedOn, completedOn, abandonedOn }];
  });
  const common = { ...rest, caseId: id, employeeId: employee.id, employee, offeredOn: c.invitation?.sentOn ?? null, reply: replyOf(c).reply, agreedMeasures };
  if (full) return common;
  return {
    ...common,
    participants: c.participants
      .filter((taking) => taking.endedOn === null && shown(taking.role))
      .map(({ addedBy, ...taking }) => (shown(addedBy) ? { ...taking, addedBy } : taking)),
    interview: c.interview === null ? null : { ...c.interview, present: c.interview.present.filter(shown) },
    clarificationDemands: c.clarificationDemands.filter((demand) => shown(demand.by)),
    measures: c.measures.map(({ id: _id, title: _title, proposedBy, ...measure }, index) => ({
      ref: refOf(index),
      ...measure,
      ...(shown(proposedBy) ? { proposedBy } : {}),
    })),
  };
}

function accessOf(rule: CaseViewRule, shown: number, widened: boolean): ViewAccess {
  if (rule.recipient === null) return 'full';
  if (widened) return 'need-to-know';
  return shown > 0 ? 'minimum' : 'none';
}

/**
 * What `role` may see of a case: a projection by the role's allow-list in {@link caseViewRules}
 * (the [privacy guide](../../docs/privacy.md)).
 *
 * At every depth only the allowed paths are copied; nested records keep only their allowed keys.
 *
 * A participant the employee excluded, whose consent was revoked, or whose participation ended with
 * the closure of the case falls back to the minimum; the company doctor then sees nothing. The
 * result is new plain data (a JSON round trip gives the same view).
 *
 * @param c the case (checked: it must follow from its own event log).
 * @param role who looks ({@link Role}).
 * @returns `{ role, access, …the visible fields }`.
 * @throws BemInputError when `c` or `role` is invalid, e.g. `role: Expected one of "employee", …`,
 * or `case-inconsistent` for a case whose fields do not follow from its events.
 * @example
 * ```ts
 * viewFor(c, 'company-doctor'); //=> { role: 'company-doctor', access: 'none' }
 * viewFor(c, 'works-council');
 * //=> { role: 'works-council', access: 'minimum', caseId: 'c-1', employeeId: 'e-4711',
 * //     thresholdCrossedOn: '2025-10-20', offeredOn: '2025-11-03' }
 * viewFor(c, 'employee').consents; // the employee sees everything, consents included
 * ```
 */
export function viewFor(c: BemCaseInput, role: Role): CaseView {
  const valid = checkedCase(c);
  const who = parseInput(Role, role, ['role']);
  const rule = caseViewRules[who];
  const paths = allowedPaths(valid, rule);
  const shown = project(viewSource(valid, who, rule.recipient === null), treeOf(paths));
  const view = { role: who, access: accessOf(rule, Object.keys(shown).length, consentedCategories(valid, rule).size > 0) };
  return Object.assign(view, Object.fromEntries(ViewField.options.filter((name) => Object.hasOwn(shown, name)).map((name) => [name, shown[name]]))) as CaseView;
}
