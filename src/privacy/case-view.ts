import * as z from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { BemCase, type BemCaseInput } from '../model/bem-case.js';
import { checkedCase } from '../case/trusted-case.js';
import { type ConsentRecipient, type DataCategory } from '../model/consent.js';
import { parseInput } from '../model/input-error.js';
import { MeasureCategory, MeasureType } from '../model/measure-type.js';
import { OfferReply, replyOf } from './offer-reply.js';
import { Role } from './role.js';
import { BAG_2012_02_07_1ABR46_10, BAG_2019_11_19_1ABR36_18, GDPR_5_1_C_9, GDPR_9_15, PRACTICE, SGB9_167_2_S1_7_8, SGB9_167_2_S3, cite } from '../law/citations.js';

/**
 * How much of a case a view shows: `full` (the whole BEM file), `need-to-know` (a part the
 * employee's consent opened), `minimum` (only what the role sees without any consent) or `none`.
 *
 * @example
 * ```ts
 * ViewAccess.options; //=> ['full', 'need-to-know', 'minimum', 'none']
 * ```
 */
export const ViewAccess = z.enum(['full', 'need-to-know', 'minimum', 'none']);

/**
 * How much of a case a view shows; see the {@link ViewAccess} schema.
 *
 * @example
 * ```ts
 * const access: ViewAccess = 'minimum';
 * ```
 */
export type ViewAccess = z.infer<typeof ViewAccess>;

/**
 * An agreed measure as the supervisor sees it, to carry it out: type, category, status and the
 * days of its steps; no title (free text) and no proposer.
 *
 * @example
 * ```ts
 * AgreedMeasure.parse({
 *   id: 'm-1', type: 'ergonomics', category: 'workplace-design', status: 'started',
 *   agreedOn: '2025-12-03', startedOn: '2025-12-10', completedOn: null, abandonedOn: null,
 * }).status; //=> 'started'
 * ```
 */
export const AgreedMeasure = z.strictObject({
  id: z.string().min(1),
  type: MeasureType,
  category: MeasureCategory,
  status: z.enum(['agreed', 'started', 'completed', 'abandoned']),
  agreedOn: IsoDate,
  startedOn: IsoDate.nullable(),
  completedOn: IsoDate.nullable(),
  abandonedOn: IsoDate.nullable(),
});

/**
 * An agreed measure as the supervisor sees it; see the {@link AgreedMeasure} schema.
 *
 * @example
 * ```ts
 * const running = (measure: AgreedMeasure) => measure.status === 'started';
 * ```
 */
export type AgreedMeasure = z.infer<typeof AgreedMeasure>;

const field = BemCase.shape;

/**
 * What one role sees of a case (need-to-know, the privacy guide). `role` and `access` are always
 * there; every other field is present only if the role may see it (see {@link caseViewRules}
 * and the guide "Privacy, letters and audit"). The fields are the case's own, under the same names, plus:
 * `caseId` and `employeeId` (the pseudonymous references), `offeredOn` (the day the invitation
 * was sent), `reply` (the employee's answer, see `OfferReply`) and `agreedMeasures` (the
 * supervisor's {@link AgreedMeasure} list). The schema is strict: a view never carries a field
 * not listed here.
 *
 * @example
 * ```ts
 * CaseView.parse({ role: 'company-doctor', access: 'none' }).access; //=> 'none'
 * ```
 */
export const CaseView = z.strictObject({
  role: Role,
  access: ViewAccess,
  caseId: z.string().optional(),
  employeeId: z.string().optional(),
  employee: field.employee.optional(),
  thresholdCrossedOn: field.thresholdCrossedOn.optional(),
  countedDays: field.countedDays.optional(),
  offeredOn: IsoDate.nullable().optional(),
  reply: OfferReply.nullable().optional(),
  state: field.state.optional(),
  stateBeforePause: field.stateBeforePause.optional(),
  pausedOn: field.pausedOn.optional(),
  pauseReason: field.pauseReason.optional(),
  openedOn: field.openedOn.optional(),
  closedOn: field.closedOn.optional(),
  outcome: field.outcome.optional(),
  invitation: field.invitation.optional(),
  decisions: field.decisions.optional(),
  interview: field.interview.optional(),
  participants: field.participants.optional(),
  excludedRoles: field.excludedRoles.optional(),
  consents: field.consents.optional(),
  measures: field.measures.optional(),
  agreedMeasures: z.array(AgreedMeasure).optional(),
  reviews: field.reviews.optional(),
  events: field.events.optional(),
  version: field.version.optional(),
});

/**
 * What one role sees of a case; see the {@link CaseView} schema.
 *
 * @example
 * ```ts
 * const canSeeMeasures = (view: CaseView) => view.measures !== undefined;
 * ```
 */
export type CaseView = z.infer<typeof CaseView>;

/**
 * A field a {@link CaseView} can show: every key of the schema except `role` and `access`.
 *
 * @example
 * ```ts
 * ViewField.options.includes('consents'); //=> true
 * ```
 */
export const ViewField = CaseView.keyof().exclude(['role', 'access']);

/**
 * A field a view can show; see the {@link ViewField} schema.
 *
 * @example
 * ```ts
 * const shown: ViewField[] = ['caseId', 'offeredOn'];
 * ```
 */
export type ViewField = z.infer<typeof ViewField>;

/**
 * One row of the who-sees-what table: what the role always sees (`minimum`, for the SBV only
 * when the employee is severely disabled: `minimumOnlyIfSeverelyDisabled`), and what the
 * employee's consent adds. Consents count when they hold (not revoked) and name `recipient`;
 * for a participant role (`mustTakePart`) only while it takes part (added, not excluded, not
 * ended). Then `whenConsented` is added, plus the fields of each consented data category
 * (`byCategory`). `reference` is the legal source of the row.
 *
 * @example
 * ```ts
 * caseViewRules.supervisor.byCategory.measures; //=> ['agreedMeasures']
 * ```
 */
export interface CaseViewRule {
  /** Fields the role always sees. */
  readonly minimum: readonly ViewField[];
  /** Whether `minimum` applies only when the employee is severely disabled (the SBV). */
  readonly minimumOnlyIfSeverelyDisabled: boolean;
  /** Whose consents widen the view; `null` when none can (the view is already full). */
  readonly recipient: ConsentRecipient | null;
  /** Whether the role must take part in the case for a consent to count. */
  readonly mustTakePart: boolean;
  /** Fields added once any consent counts. */
  readonly whenConsented: readonly ViewField[];
  /** Fields added for each data category a counting consent names. */
  readonly byCategory: Readonly<Partial<Record<DataCategory, readonly ViewField[]>>>;
  /** The legal source of the row. */
  readonly reference: string;
}

const everything = ViewField.options.filter((name) => name !== 'agreedMeasures');
const monitoring: readonly ViewField[] = ['caseId', 'employeeId', 'thresholdCrossedOn', 'offeredOn'];
const participantCategories: CaseViewRule['byCategory'] = {
  'case-progress': ['reply', 'state', 'openedOn', 'closedOn', 'outcome', 'invitation', 'decisions', 'interview', 'participants'],
  measures: ['measures', 'reviews'],
  'absence-periods': ['countedDays'],
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

/**
 * The who-sees-what table that {@link viewFor} applies (the privacy guide: purpose limitation, data
 * minimisation, consent per data exchange; the guide "Privacy, letters and audit" prints it):
 *
 * - `employee`: everything (it is their data, right of access Art. 15 GDPR).
 * - `bem-officer`: everything: they keep the BEM file apart from the personnel file.
 * - `supervisor`: the references, the offer day, the answer, the state and the end day; the
 *   agreed measures (without titles) once the employee's consent names the employer and
 *   `measures`. Never counted days, consents, interview or notes.
 * - `works-council` and `disability-representative`: without consent only what their watch over
 *   the employer's duties needs (§ 167 Abs. 2 S. 7–8 SGB IX; BAG 7.2.2012 – 1 ABR 46/10): who
 *   crossed the threshold when, and when BEM was offered; the SBV only for severely disabled
 *   employees. While they take part with consent (§ 167 Abs. 2 S. 1 SGB IX; BAG 19.11.2019 –
 *   1 ABR 36/18), what the consented categories cover.
 * - `company-doctor`: nothing unless taking part with consent (§ 167 Abs. 2 S. 3 SGB IX).
 *
 * Consents, the event log, the pause reason, the excluded roles and the employee record (which
 * holds the severe-disability status) are shown to the employee and the BEM officer only.
 *
 * @example
 * ```ts
 * caseViewRules['works-council'].minimum; //=> ['caseId', 'employeeId', 'thresholdCrossedOn', 'offeredOn']
 * caseViewRules['company-doctor'].minimum; //=> []
 * ```
 */
export const caseViewRules: Readonly<Record<Role, CaseViewRule>> = {
  employee: fullAccess,
  'bem-officer': fullAccess,
  supervisor: {
    minimum: ['caseId', 'employeeId', 'offeredOn', 'reply', 'state', 'closedOn'],
    minimumOnlyIfSeverelyDisabled: false,
    recipient: 'employer',
    mustTakePart: false,
    whenConsented: [],
    byCategory: { measures: ['agreedMeasures'] },
    reference: cite(GDPR_5_1_C_9, PRACTICE),
  },
  'works-council': {
    minimum: monitoring,
    minimumOnlyIfSeverelyDisabled: false,
    recipient: 'works-council',
    mustTakePart: true,
    whenConsented: ['caseId', 'employeeId'],
    byCategory: participantCategories,
    reference: cite(SGB9_167_2_S1_7_8, BAG_2012_02_07_1ABR46_10, BAG_2019_11_19_1ABR36_18),
  },
  'disability-representative': {
    minimum: monitoring,
    minimumOnlyIfSeverelyDisabled: true,
    recipient: 'disability-representative',
    mustTakePart: true,
    whenConsented: ['caseId', 'employeeId'],
    byCategory: participantCategories,
    reference: SGB9_167_2_S1_7_8,
  },
  'company-doctor': {
    minimum: [],
    minimumOnlyIfSeverelyDisabled: false,
    recipient: 'company-doctor',
    mustTakePart: true,
    whenConsented: ['caseId', 'employeeId'],
    byCategory: participantCategories,
    reference: SGB9_167_2_S3,
  },
};

/** The fields a role may see in this case under its rule. */
function visibleFields(c: BemCase, rule: CaseViewRule): ViewField[] {
  const fields = new Set<ViewField>();
  if (!rule.minimumOnlyIfSeverelyDisabled || c.employee.severelyDisabled === true) rule.minimum.forEach((name) => fields.add(name));
  const categories = consentedCategories(c, rule);
  if (categories.size > 0) rule.whenConsented.forEach((name) => fields.add(name));
  for (const category of categories) rule.byCategory[category]?.forEach((name) => fields.add(name));
  return [...fields];
}

/** The data categories the holding consents open to the rule's recipient (none if it does not take part). */
function consentedCategories(c: BemCase, rule: CaseViewRule): Set<DataCategory> {
  const recipient = rule.recipient;
  if (recipient === null) return new Set();
  if (rule.mustTakePart && !takesPart(c, recipient)) return new Set();
  const holding = c.consents.filter((consent) => consent.revokedOn === null && consent.recipients.includes(recipient));
  return new Set(holding.flatMap((consent) => consent.dataCategories));
}

function takesPart(c: BemCase, role: ConsentRecipient): boolean {
  if (c.excludedRoles.some((excluded) => excluded === role)) return false;
  return c.participants.some((participant) => participant.role === role && participant.endedOn === null);
}

/** Every field of the case as a view would show it; `viewFor` picks from these. */
function allFields(c: BemCase): Required<Omit<CaseView, 'role' | 'access'>> {
  const { id, employee, ...rest } = c;
  return {
    ...rest,
    caseId: id,
    employeeId: employee.id,
    employee,
    offeredOn: c.invitation?.sentOn ?? null,
    reply: replyOf(c).reply,
    agreedMeasures: c.measures.flatMap((measure) => {
      const status = AgreedMeasure.shape.status.safeParse(measure.status);
      if (!status.success || measure.agreedOn === null) return [];
      const { id: measureId, type, category, agreedOn, startedOn, completedOn, abandonedOn } = measure;
      return [{ id: measureId, type, category, status: status.data, agreedOn, startedOn, completedOn, abandonedOn }];
    }),
  };
}

function accessOf(rule: CaseViewRule, shown: number, widened: boolean): ViewAccess {
  if (rule.recipient === null) return 'full';
  if (widened) return 'need-to-know';
  return shown > 0 ? 'minimum' : 'none';
}

/**
 * What `role` may see of a case: a need-to-know projection by the table {@link caseViewRules}
 * (the privacy guide). A participant the employee excluded, or whose consent was revoked, falls back
 * to the minimum; the company doctor then sees nothing. Values are copied as they stand in the
 * case (a JSON round trip gives the same view).
 *
 * @param c the case (validated with the `BemCase` schema).
 * @param role who looks ({@link Role}).
 * @returns `{ role, access, …the visible fields }`.
 * @throws BemInputError when `c` or `role` is invalid, e.g. `role: Expected one of "employee", …`.
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
  const rule = caseViewRules[parseInput(Role, role, ['role'])];
  const fields = visibleFields(valid, rule);
  const all = allFields(valid);
  const view: CaseView = { role, access: accessOf(rule, fields.length, consentedCategories(valid, rule).size > 0) };
  return Object.assign(view, Object.fromEntries(ViewField.options.filter((name) => fields.includes(name)).map((name) => [name, all[name]])));
}
