/**
 * Every legal source the library cites, each written once (the [law-in-brief
 * guide](../../docs/law-in-brief.md), DOMAIN.md).
 *
 * Names spell the source: statute, paragraph, subsection, sentence (`SGB9_167_2_S1` is § 167 Abs. 2
 * S. 1 SGB IX); decisions by court, date and file number (`BAG_2021_11_18_2AZR138_21` is the
 * Federal Labour Court's judgment of 18 November 2021, 2 AZR 138/21). A rule that rests on several
 * sources joins them with {@link cite}. Outside `src/law/` no statute or decision is spelled as a
 * string literal (test/law/citations.test.ts checks it).
 *
 * @module
 */

// --- § 167 Abs. 2 SGB IX: the BEM itself ---

/** § 167 Abs. 2 SGB IX, the BEM as a whole. @example `SGB9_167_2; //=> '§ 167 Abs. 2 SGB IX'` */
export const SGB9_167_2 = '§ 167 Abs. 2 SGB IX';
/** § 167 Abs. 2 SGB IX in English numbering, for English letters. @example `SGB9_167_2_EN; //=> '§ 167 (2) SGB IX'` */
export const SGB9_167_2_EN = '§ 167 (2) SGB IX';
/** S. 1: more than six weeks within a year; the employer clarifies with the employee's consent. @example `SGB9_167_2_S1; //=> '§ 167 Abs. 2 S. 1 SGB IX'` */
export const SGB9_167_2_S1 = '§ 167 Abs. 2 S. 1 SGB IX';
/** S. 2: the employee may bring a trusted person (Vertrauensperson). @example `SGB9_167_2_S2; //=> '§ 167 Abs. 2 S. 2 SGB IX'` */
export const SGB9_167_2_S2 = '§ 167 Abs. 2 S. 2 SGB IX';
/** S. 3: the company doctor is consulted where needed. @example `SGB9_167_2_S3; //=> '§ 167 Abs. 2 S. 3 SGB IX'` */
export const SGB9_167_2_S3 = '§ 167 Abs. 2 S. 3 SGB IX';
/** S. 4: the employee is told the aims of the BEM and which data are collected and used. @example `SGB9_167_2_S4; //=> '§ 167 Abs. 2 S. 4 SGB IX'` */
export const SGB9_167_2_S4 = '§ 167 Abs. 2 S. 4 SGB IX';
/** S. 5: the rehabilitation providers are involved for benefits for participation. @example `SGB9_167_2_S5; //=> '§ 167 Abs. 2 S. 5 SGB IX'` */
export const SGB9_167_2_S5 = '§ 167 Abs. 2 S. 5 SGB IX';
/** S. 6: the integration office for severely disabled employees. @example `SGB9_167_2_S6; //=> '§ 167 Abs. 2 S. 6 SGB IX'` */
export const SGB9_167_2_S6 = '§ 167 Abs. 2 S. 6 SGB IX';
/** S. 5–6: external bodies (rehabilitation provider, integration office). @example `SGB9_167_2_S5_6; //=> '§ 167 Abs. 2 S. 5–6 SGB IX'` */
export const SGB9_167_2_S5_6 = '§ 167 Abs. 2 S. 5–6 SGB IX';
/** S. 1 and S. 4 together: the duty to offer and a proper offer. @example `SGB9_167_2_S1_S4; //=> '§ 167 Abs. 2 S. 1 and S. 4 SGB IX'` */
export const SGB9_167_2_S1_S4 = '§ 167 Abs. 2 S. 1 and S. 4 SGB IX';
/** S. 7–8: the representation and the SBV may demand the clarification and watch over the employer's duties. @example `SGB9_167_2_S7_8; //=> '§ 167 Abs. 2 S. 7–8 SGB IX'` */
export const SGB9_167_2_S7_8 = '§ 167 Abs. 2 S. 7–8 SGB IX';
/** S. 1 and 7–8: the representation takes part with consent and watches over the employer's duties. @example `SGB9_167_2_S1_7_8; //=> '§ 167 Abs. 2 S. 1, 7–8 SGB IX'` */
export const SGB9_167_2_S1_7_8 = '§ 167 Abs. 2 S. 1, 7–8 SGB IX';

// --- other statutes ---

/** § 26 BDSG: processing of employees' data (with Art. 9 Abs. 2 lit. b GDPR for health data). @example `BDSG_26; //=> '§ 26 BDSG'` */
export const BDSG_26 = '§ 26 BDSG';

/** § 44 SGB IX: graded return (stufenweise Wiedereingliederung) for rehabilitation providers. @example `SGB9_44; //=> '§ 44 SGB IX'` */
export const SGB9_44 = '§ 44 SGB IX';
/** § 74 SGB V: graded return in statutory health insurance. @example `SGB5_74; //=> '§ 74 SGB V'` */
export const SGB5_74 = '§ 74 SGB V';
/** § 74 SGB V and § 44 SGB IX, the graded return's two sources as the library prints them. @example `SGB5_74_SGB9_44; //=> '§ 74 SGB V, § 44 SGB IX'` */
export const SGB5_74_SGB9_44 = `${SGB5_74}, ${SGB9_44}`;
/** § 45 SGB V: child sick days (Kinderkrankentage), not the employee's incapacity. @example `SGB5_45; //=> '§ 45 SGB V'` */
export const SGB5_45 = '§ 45 SGB V';
/** § 48 SGB V: sick pay (Krankengeld) for at most 78 weeks. @example `SGB5_48; //=> '§ 48 SGB V'` */
export const SGB5_48 = '§ 48 SGB V';
/** § 3 EFZG: continued pay; the day someone went home sick. @example `EFZG_3; //=> '§ 3 EFZG'` */
export const EFZG_3 = '§ 3 EFZG';
/** § 9 EFZG: medical rehabilitation treated like incapacity. @example `EFZG_9; //=> '§ 9 EFZG'` */
export const EFZG_9 = '§ 9 EFZG';
/** § 2 Abs. 2 AU-Richtlinie: during a graded return the employee is still unfit for work. @example `AU_RL_2_2; //=> '§ 2 Abs. 2 AU-Richtlinie'` */
export const AU_RL_2_2 = '§ 2 Abs. 2 AU-Richtlinie';

// --- GDPR (DSGVO) ---

/** Art. 7 GDPR: consent, per purpose and recipient, revocable. @example `GDPR_7; //=> 'Art. 7 GDPR'` */
export const GDPR_7 = 'Art. 7 GDPR';
/** Art. 7 Abs. 3 GDPR: consent can be withdrawn at any time; processing on its strength ends. @example `GDPR_7_3; //=> 'Art. 7 Abs. 3 GDPR'` */
export const GDPR_7_3 = 'Art. 7 Abs. 3 GDPR';
/** Art. 17 Abs. 1 lit. b GDPR: data are erased once the consent they rested on is withdrawn. @example `GDPR_17_1_B; //=> 'Art. 17 Abs. 1 lit. b GDPR'` */
export const GDPR_17_1_B = 'Art. 17 Abs. 1 lit. b GDPR';
/** Art. 7 and 9 GDPR: consent to health data. @example `GDPR_7_9; //=> 'Art. 7 and 9 GDPR'` */
export const GDPR_7_9 = 'Art. 7 and 9 GDPR';
/** Art. 9 and 15 GDPR: health data and the right of access. @example `GDPR_9_15; //=> 'Art. 9, Art. 15 GDPR'` */
export const GDPR_9_15 = 'Art. 9, Art. 15 GDPR';
/** Art. 5 Abs. 1 lit. c and Art. 9 GDPR: data minimisation of health data. @example `GDPR_5_1_C_9; //=> 'Art. 5 Abs. 1 lit. c, Art. 9 GDPR'` */
export const GDPR_5_1_C_9 = 'Art. 5 Abs. 1 lit. c, Art. 9 GDPR';
/** Art. 5 Abs. 1 lit. e GDPR: storage limitation. @example `GDPR_5_1_E; //=> 'Art. 5 Abs. 1 lit. e GDPR'` */
export const GDPR_5_1_E = 'Art. 5 Abs. 1 lit. e GDPR';

// --- decisions ---

/** BAG 7.2.2012 – 1 ABR 46/10: the works council may learn who crossed the threshold. @example `BAG_2012_02_07_1ABR46_10; //=> 'BAG 7.2.2012 – 1 ABR 46/10'` */
export const BAG_2012_02_07_1ABR46_10 = 'BAG 7.2.2012 – 1 ABR 46/10';
/** BAG 20.11.2014 – 2 AZR 755/13: the employer takes the initiative; an improper offer counts as none. @example `BAG_2014_11_20_2AZR755_13; //=> 'BAG 20.11.2014 – 2 AZR 755/13'` */
export const BAG_2014_11_20_2AZR755_13 = 'BAG 20.11.2014 – 2 AZR 755/13';
/** BAG 19.11.2019 – 1 ABR 36/18: the employee chooses who takes part. @example `BAG_2019_11_19_1ABR36_18; //=> 'BAG 19.11.2019 – 1 ABR 36/18'` */
export const BAG_2019_11_19_1ABR36_18 = 'BAG 19.11.2019 – 1 ABR 36/18';
/** BAG 7.9.2021 – 9 AZR 571/20: the BEM is open in its outcome; measures are examined. @example `BAG_2021_09_07_9AZR571_20; //=> 'BAG 7.9.2021 – 9 AZR 571/20'` */
export const BAG_2021_09_07_9AZR571_20 = 'BAG 7.9.2021 – 9 AZR 571/20';
/** BAG 18.11.2021 – 2 AZR 138/21: a concluded BEM starts a new count; a running one is no new trigger. @example `BAG_2021_11_18_2AZR138_21; //=> 'BAG 18.11.2021 – 2 AZR 138/21'` */
export const BAG_2021_11_18_2AZR138_21 = 'BAG 18.11.2021 – 2 AZR 138/21';
/** LAG Nürnberg 18.2.2020 – 7 Sa 124/19: a doctor's visit presented as mandatory spoils the offer. @example `LAG_NUERNBERG_2020_02_18_7SA124_19; //=> 'LAG Nürnberg 18.2.2020 – 7 Sa 124/19'` */
export const LAG_NUERNBERG_2020_02_18_7SA124_19 = 'LAG Nürnberg 18.2.2020 – 7 Sa 124/19';

// --- no statute ---

/** Settled practice, no statute or decision. @example `PRACTICE; //=> 'practice'` */
export const PRACTICE = 'practice';

/**
 * Several sources of one rule, joined as the library prints them (`; `).
 *
 * @example
 * ```ts
 * cite(SGB9_167_2_S1, GDPR_7); //=> '§ 167 Abs. 2 S. 1 SGB IX; Art. 7 GDPR'
 * ```
 */
export function cite(...sources: readonly string[]): string {
  return sources.join('; ');
}
