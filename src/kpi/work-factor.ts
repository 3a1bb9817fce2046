import * as z from 'zod';
import type { EnumOf } from '../model/named.js';
import type { Labels } from '../measures/catalog.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * A work-related factor recorded in a case for prevention (the cluster view of
 * {@link computeKpis}): a strain **of the work**, never of the person.
 *
 * No factor names an illness or a diagnosis; the employee never has to disclose one (the
 * [case-lifecycle guide](../../docs/case-lifecycle.md)), and none is needed to see where work makes
 * people ill. What practice calls "back", "psyche", "conflicts" and "shift work" shows here as
 * `lifting-carrying` and `posture`, `workload` and `emotional-demands`, `conflicts`, and
 * `shift-work`.
 *
 * @example
 * ```ts
 * WorkFactor.parse('shift-work'); //=> 'shift-work'
 * WorkFactor.safeParse('herniated-disc').success; //=> false
 * ```
 */
export const WorkFactor: z.ZodEnum<EnumOf<WorkFactor>> = z.enum([
  'lifting-carrying',
  'posture',
  'repetitive-work',
  'work-environment',
  'work-equipment',
  'shift-work',
  'workload',
  'emotional-demands',
  'work-organisation',
  'conflicts',
  'leadership',
]);

export type WorkFactor = 'lifting-carrying' | 'posture' | 'repetitive-work' | 'work-environment' | 'work-equipment' | 'shift-work' | 'workload' | 'emotional-demands' | 'work-organisation' | 'conflicts' | 'leadership';

/**
 * German and English names of the work-related factors, after the usual headings of the risk
 * assessment (Gefährdungsbeurteilung, § 5 ArbSchG), including mental strain (psychische
 * Belastung, § 5 Abs. 3 Nr. 6 ArbSchG).
 *
 * @example
 * ```ts
 * workFactorLabels['shift-work'].de; //=> 'Schicht- und Nachtarbeit'
 * ```
 */
export const workFactorLabels: Readonly<Record<WorkFactor, Labels>> = deepFreeze({
  'lifting-carrying': { de: 'Heben und Tragen', en: 'lifting and carrying' },
  posture: { de: 'Körperhaltung (Zwangshaltung, langes Stehen oder Sitzen)', en: 'posture (awkward postures, long standing or sitting)' },
  'repetitive-work': { de: 'Einseitige, sich wiederholende Tätigkeiten', en: 'repetitive work' },
  'work-environment': { de: 'Arbeitsumgebung (Lärm, Klima, Licht)', en: 'work environment (noise, climate, light)' },
  'work-equipment': { de: 'Ungeeignete Arbeitsmittel', en: 'unsuitable work equipment' },
  'shift-work': { de: 'Schicht- und Nachtarbeit', en: 'shift and night work' },
  workload: { de: 'Arbeitsmenge und Zeitdruck', en: 'workload and time pressure' },
  'emotional-demands': { de: 'Emotionale Anforderungen', en: 'emotional demands' },
  'work-organisation': { de: 'Arbeitsorganisation (Unterbrechungen, unklare Zuständigkeiten)', en: 'work organisation (interruptions, unclear roles)' },
  conflicts: { de: 'Konflikte am Arbeitsplatz', en: 'conflicts at work' },
  leadership: { de: 'Führung und Zusammenarbeit', en: 'leadership and cooperation' },
});
