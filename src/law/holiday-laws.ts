// The laws that make days public holidays (gesetzliche Feiertage): each Land's Feiertagsgesetz,
// the section that lists its holidays, and the one federal holiday. Cited by src/holidays.ts.

/**
 * A German Land (Bundesland) by its ISO 3166-2 code, e.g. `'DE-NW'` for Nordrhein-Westfalen: each
 * Land sets its own public holidays in its Feiertagsgesetz. A `HolidayRegion` is one of these or
 * `'DE'` for all 16.
 *
 * @example
 * ```ts
 * const land: LandCode = 'DE-BY'; // Bayern
 * ```
 */
export type LandCode =
  | 'DE-BW'
  | 'DE-BY'
  | 'DE-BE'
  | 'DE-BB'
  | 'DE-HB'
  | 'DE-HH'
  | 'DE-HE'
  | 'DE-MV'
  | 'DE-NI'
  | 'DE-NW'
  | 'DE-RP'
  | 'DE-SL'
  | 'DE-SN'
  | 'DE-ST'
  | 'DE-SH'
  | 'DE-TH';

/** Every {@link LandCode}, in the order of the codes' names (Baden-Württemberg … Thüringen). @internal */
export const LAND_CODES: readonly LandCode[] = Object.freeze([
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
]);

/** Each Land's Feiertagsgesetz, the section that lists its public holidays. @internal */
export const FEIERTAGSGESETZ: Readonly<Record<LandCode, string>> = {
  'DE-BW': '§ 1 FTG BW (Gesetz über die Sonntage und Feiertage)',
  'DE-BY': 'Art. 1 Abs. 1 FTG Bayern (Feiertagsgesetz)',
  'DE-BE': '§ 1 Abs. 1 FTG Berlin (Gesetz über die Sonn- und Feiertage)',
  'DE-BB': '§ 2 Abs. 1 FTG Brandenburg (Feiertagsgesetz)',
  'DE-HB': '§ 1 Abs. 1 FeiertG Bremen (Gesetz über die Sonn- und Feiertage)',
  'DE-HH': '§ 1 FeiertagsG Hamburg (Gesetz über Sonntage und Feiertage)',
  'DE-HE': '§ 1 Abs. 1 HFeiertagsG (Hessisches Feiertagsgesetz)',
  'DE-MV': '§ 2 Abs. 1 FTG M-V (Feiertagsgesetz Mecklenburg-Vorpommern)',
  'DE-NI': '§ 2 Abs. 1 NFeiertagsG (Niedersächsisches Gesetz über die Feiertage)',
  'DE-NW': '§ 2 Abs. 1 FTG NW (Feiertagsgesetz Nordrhein-Westfalen)',
  'DE-RP': '§ 2 Abs. 1 LFtG RP (Landesgesetz über den Schutz der Sonn- und Feiertage)',
  'DE-SL': '§ 2 Abs. 1 SFG Saarland (Gesetz über die Sonn- und Feiertage)',
  'DE-SN': '§ 1 SächsSFG (Gesetz über Sonn- und Feiertage im Freistaat Sachsen)',
  'DE-ST': '§ 2 Abs. 1 FeiertG LSA (Gesetz über die Sonn- und Feiertage Sachsen-Anhalt)',
  'DE-SH': '§ 2 Abs. 1 SFTG SH (Gesetz über Sonn- und Feiertage Schleswig-Holstein)',
  'DE-TH': '§ 2 Abs. 1 ThürFtG (Thüringer Feiertagsgesetz)',
};

/** The Tag der Deutschen Einheit, the one holiday set by federal law. @internal */
export const EINIGUNGSVERTRAG_2_2 = 'Art. 2 Abs. 2 Einigungsvertrag (federal)';

/** A holiday that all 16 Länder keep, each by its own law. @internal */
export const ALL_FEIERTAGSGESETZE = 'the Feiertagsgesetze of all 16 Länder';
