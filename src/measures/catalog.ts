import * as z from 'zod';
import { expectOneOf } from '../door/door.js';
import { named } from '../model/named.js';
import { ExternalBody, externalBodyOf, MeasureCategory, MeasureType, measureCategoryOf } from '../model/measure-type.js';
import { PRACTICE, SGB5_74_SGB9_44, SGB9_167_2_S3, SGB9_167_2_S5_6 } from '../law/citations.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * A text in German and English. German is the language of the law and of the forms; English is
 * for international teams and the documentation.
 *
 * @example
 * ```ts
 * Labels.parse({ de: 'Homeoffice', en: 'home office' }).de; //=> 'Homeoffice'
 * ```
 */
export const Labels = z.strictObject({
  de: z.string().min(1),
  en: z.string().min(1),
});

export interface Labels extends z.infer<typeof Labels> {}

/**
 * Labels as callers pass it in (dates as plain strings, checked on the way in); see the {@link Labels}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: LabelsInput): Labels => Labels.parse(input);
 * ```
 */
export interface LabelsInput extends z.input<typeof Labels> {}

/**
 * One entry of the measure catalog.
 *
 * The type, its category, its labels, which external body has to
 * take part (`externalBody`, the same as {@link externalBodyOf}, or `null`) and, where one body is
 * meant, its name as people say it (`externalBodyName`, e.g. "Berufsgenossenschaft / BGW").
 *
 * `reference` names the source of the measure.
 *
 * @example
 * ```ts
 * MeasureCatalogEntry.parse(measureCatalog[0]).type; //=> 'ergonomics'
 * ```
 */
export const MeasureCatalogEntry = z
  .strictObject({
    type: named<MeasureType>(MeasureType),
    category: named<MeasureCategory>(MeasureCategory),
    label: named<Labels, LabelsInput>(Labels),
    externalBody: named<ExternalBody>(ExternalBody).nullable(),
    externalBodyName: named<Labels, LabelsInput>(Labels).nullable(),
    reference: z.string().min(1),
  })
  .refine((entry) => entry.category === measureCategoryOf[entry.type], {
    message: 'The category must be the one measureCategoryOf gives for the type',
    path: ['category'],
  })
  .refine((entry) => entry.externalBody === (externalBodyOf[entry.type] ?? null), {
    message: 'The external body must be the one externalBodyOf gives for the type',
    path: ['externalBody'],
  })
  .refine((entry) => (entry.externalBody === null) === (entry.externalBodyName === null), {
    message: 'An external body needs a name, and a name needs an external body',
    path: ['externalBodyName'],
  });

export interface MeasureCatalogEntry extends z.infer<typeof MeasureCatalogEntry> {}

/**
 * German and English names of the four measure categories (the [law-in-brief guide](../../docs/law-in-brief.md#measures), practice).
 *
 * @example
 * ```ts
 * measureCategoryLabels['workplace-design'].de; //=> 'Arbeitsplatzgestaltung'
 * ```
 */
export const measureCategoryLabels: Readonly<Record<MeasureCategory, Labels>> = deepFreeze({
  'workplace-design': { de: 'Arbeitsplatzgestaltung', en: 'workplace design' },
  'work-organisation': { de: 'Arbeitsorganisation', en: 'work organisation' },
  qualification: { de: 'Qualifizierung', en: 'qualification' },
  'external-support': { de: 'Externe Unterstützung', en: 'external support' },
});

const S5_6 = SGB9_167_2_S5_6;

/** Builds an entry whose category and external body come from the model, so they cannot drift. */
function entry(type: MeasureType, label: Labels, reference: string, externalBodyName: Labels | null = null): MeasureCatalogEntry {
  return { type, category: measureCategoryOf[type], label, externalBody: externalBodyOf[type] ?? null, externalBodyName, reference };
}

/**
 * The measure catalog as data, one entry per {@link MeasureType}, in the order of
 * {@link measureCategoryOf} (the [law-in-brief guide](../../docs/law-in-brief.md#measures)).
 *
 * Measures must be realistic for the organisation and are discussed with the team; none prejudges
 * the outcome of the BEM (no dismissal, no transfer against the person's will: BAG 7.9.2021 – 9 AZR
 * 571/20). Types with an `externalBody` need that body to take part (§ 167 Abs. 2 S. 5–6 SGB IX),
 * which the audit can check.
 *
 * @example
 * ```ts
 * measureCatalog.length; //=> 21
 * measureCatalog.filter((e) => e.category === 'qualification').map((e) => e.type);
 * //=> ['internal-retraining', 'further-training', 'ergonomics-training']
 * ```
 */
export const measureCatalog: readonly MeasureCatalogEntry[] = deepFreeze([
  entry('ergonomics', { de: 'Ergonomische Arbeitsplatzgestaltung (z. B. höhenverstellbarer Tisch)', en: 'ergonomics (e.g. a height-adjustable desk)' }, PRACTICE),
  entry('work-equipment', { de: 'Angepasste Arbeitsmittel (z. B. Spezialmaus)', en: 'adapted work equipment (e.g. a special mouse)' }, PRACTICE),
  entry('work-environment', { de: 'Veränderte Arbeitsumgebung (z. B. ruhigerer Platz)', en: 'changed work environment (e.g. a quieter place)' }, PRACTICE),
  entry('load-reduction', { de: 'Belastungsreduzierung (z. B. weniger Heben und Tragen)', en: 'load reduction (e.g. less lifting and carrying)' }, PRACTICE),
  entry('technical-aids', { de: 'Technische Hilfsmittel', en: 'technical aids (Hilfsmittel)' }, PRACTICE),
  entry('flexible-hours', { de: 'Flexible Arbeitszeiten', en: 'flexible working hours' }, PRACTICE),
  entry('reduced-hours', { de: 'Vorübergehend verringerte Arbeitszeit', en: 'temporarily reduced hours' }, PRACTICE),
  entry('other-tasks', { de: 'Andere Aufgaben', en: 'other tasks' }, PRACTICE),
  entry('home-office', { de: 'Homeoffice / mobiles Arbeiten', en: 'home office / mobile work' }, PRACTICE),
  entry('shift-plan-change', { de: 'Änderung von Schicht- oder Dienstplan', en: 'shift plan or roster change (Dienstplan)' }, PRACTICE),
  entry('team-change', { de: 'Wechsel des Teams', en: 'change of team' }, PRACTICE),
  entry(
    'graded-return',
    { de: 'Stufenweise Wiedereingliederung (Hamburger Modell)', en: 'graded return to work (Hamburger Modell)' },
    SGB5_74_SGB9_44,
    { de: 'Krankenkasse oder Rentenversicherung (Rehabilitationsträger)', en: 'health or pension insurer (rehabilitation provider)' },
  ),
  entry('internal-retraining', { de: 'Innerbetriebliche Umschulung', en: 'retraining within the company' }, PRACTICE),
  entry('further-training', { de: 'Fortbildung für neue Aufgaben', en: 'further training for new tasks' }, PRACTICE),
  entry('ergonomics-training', { de: 'Ergonomieschulung', en: 'ergonomics training' }, PRACTICE),
  entry('company-doctor-consultation', { de: 'Beratung durch den Betriebsarzt', en: 'consultation with the company doctor' }, SGB9_167_2_S3),
  entry(
    'rehabilitation-benefits',
    { de: 'Leistungen zur Teilhabe (Rehabilitation)', en: 'benefits for participation (rehabilitation)' },
    S5_6,
    { de: 'Rehabilitationsträger', en: 'rehabilitation provider' },
  ),
  entry(
    'integration-office-support',
    { de: 'Begleitende Hilfe im Arbeitsleben', en: 'accompanying help at work' },
    S5_6,
    { de: 'Integrationsamt / Inklusionsamt', en: 'integration office (Integrationsamt / Inklusionsamt)' },
  ),
  entry(
    'accident-insurer-support',
    { de: 'Unterstützung durch die Unfallversicherung', en: 'support from the accident insurer' },
    S5_6,
    { de: 'Berufsgenossenschaft / BGW', en: 'statutory accident insurer (Berufsgenossenschaft, e.g. BGW)' },
  ),
  entry(
    'health-insurer-support',
    { de: 'Unterstützung durch die Krankenkasse', en: 'support from the health insurer' },
    S5_6,
    { de: 'Krankenkasse', en: 'statutory health insurer (Krankenkasse)' },
  ),
  entry(
    'pension-insurer-support',
    { de: 'Unterstützung durch die Rentenversicherung', en: 'support from the pension insurer' },
    S5_6,
    { de: 'Deutsche Rentenversicherung', en: 'statutory pension insurer (Deutsche Rentenversicherung)' },
  ),
]);

const byType = new Map(measureCatalog.map((item) => [item.type, item]));

/**
 * The catalog entry of one measure type.
 *
 * @throws BemInputError `type: Expected one of "ergonomics", …` for a value that is not a
 * {@link MeasureType}.
 * @example
 * ```ts
 * measureCatalogEntry('accident-insurer-support').externalBodyName?.de; //=> 'Berufsgenossenschaft / BGW'
 * measureCatalogEntry('home-office').externalBody;                     //=> null
 * ```
 */
export function measureCatalogEntry(type: MeasureType): MeasureCatalogEntry {
  const found = byType.get(type);
  return found ?? byType.get(expectOneOf(type, MeasureType.options, ['type']))!;
}
