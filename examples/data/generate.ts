/**
 * Writes examples/data/absences.csv: a synthetic absence export for a company of a few hundred
 * people, the input of `npm run demo`. Deterministic (a seeded generator), so the file only
 * changes when this script does. No real people: ids are `E-0001`…; no health details: only the
 * kind of absence, as the library's CSV format allows.
 *
 * Beside it, the same data as a German HR system exports them (examples/data/absences-de.csv):
 * semicolons, UTF-8 with a byte-order mark, CRLF, quoted cells, German headers and kind names,
 * `ja`/`nein` and dates as DD.MM.YYYY; examples/data/mapping-de.json tells the CLI how to read it.
 *
 *   npx tsx examples/data/generate.ts                       # the committed samples (300 employees)
 *   npx tsx examples/data/generate.ts --employees 200000 --out .tmp/big.csv   # a large file
 *   npx tsx examples/data/generate.ts --out a.csv --german a-de.csv           # both forms
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type AbsenceKind, addDays, daysBetween, IsoDate, isoWeekday } from 'bem-sgb9';
import { seededRandom } from './seeded-random.js';

const { values } = parseArgs({
  options: { employees: { type: 'string', default: '300' }, out: { type: 'string' }, german: { type: 'string' }, seed: { type: 'string', default: '167' } },
});
const EMPLOYEES = Number(values.employees);
const OUT = values.out ?? join(dirname(new URL(import.meta.url).pathname), 'absences.csv');
/** The German twin: written beside the committed sample, or where --german says. */
const GERMAN = values.german ?? (values.out === undefined ? join(dirname(new URL(import.meta.url).pathname), 'absences-de.csv') : undefined);

/** The export covers spells that began from here up to the demo's check date. */
const FIRST_DAY = IsoDate.parse('2024-06-03');
const AS_OF = IsoDate.parse('2025-10-31');
const SPAN = daysBetween(FIRST_DAY, AS_OF);

const random = seededRandom(Number(values.seed));
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const chance = (p: number): boolean => random() < p;

interface Spell {
  start: IsoDate;
  end: IsoDate | null;
  kind: AbsenceKind;
  certified?: boolean;
  wentHomeSick?: boolean;
}

/** Spells begin on a working day: a start that falls on a weekend moves to the Monday. */
function onWeekday(day: IsoDate): IsoDate {
  const weekday = isoWeekday(day);
  return weekday >= 6 ? addDays(day, 8 - weekday) : day;
}

function spell(start: IsoDate, days: number, kind: AbsenceKind): Spell {
  const short = days <= 3;
  return {
    start,
    end: addDays(start, days - 1),
    kind,
    // Short spells often have no certificate (the first three days need none in many firms).
    ...(kind === 'sickness' && { certified: short ? chance(0.4) : true }),
    ...(kind === 'sickness' && chance(0.08) && { wentHomeSick: true }),
  };
}

/** `count` spells of `low`–`high` days at random places in the export's span. */
function scattered(count: number, low: number, high: number, kind: AbsenceKind): Spell[] {
  return Array.from({ length: count }, () => spell(onWeekday(addDays(FIRST_DAY, between(0, SPAN - 1))), between(low, high), kind));
}

/**
 * A long illness as the certificates come in: a first certificate and follow-ups
 * (Erst-/Folgebescheinigungen) that touch or overlap by a day, sometimes followed by medical
 * rehabilitation and a graded return.
 */
function longIllness(): Spell[] {
  const spells: Spell[] = [];
  let start = onWeekday(addDays(FIRST_DAY, between(0, SPAN - 60)));
  let remaining = between(35, 110);
  while (remaining > 0) {
    const days = Math.min(remaining, between(7, 28));
    spells.push(spell(start, days, 'sickness'));
    start = addDays(start, days - (chance(0.3) ? 1 : 0));
    remaining -= days;
  }
  if (chance(0.4)) {
    spells.push(spell(start, between(21, 28), 'medical-rehab'));
    start = addDays(start, 28);
  }
  if (chance(0.35)) spells.push(spell(start, between(28, 42), 'graded-return'));
  return spells;
}

/** Off sick on the check date: certified beyond it, or with no end yet. */
function currentlyAbsent(): Spell[] {
  const start = onWeekday(addDays(AS_OF, -between(5, 45)));
  const certified = spell(start, daysBetween(start, AS_OF) + between(1, 14), 'sickness');
  return chance(0.5) ? [certified] : [{ start, end: null, kind: 'sickness', certified: true }];
}

/** The absences of one employee, by a rough profile of how often people are off sick. */
function absencesOfOne(): Spell[] {
  const profile = random();
  const spells =
    profile < 0.35
      ? scattered(between(0, 2), 1, 3, 'sickness')
      : profile < 0.7
        ? scattered(between(2, 6), 1, 10, 'sickness')
        : profile < 0.82
          ? scattered(between(8, 16), 1, 5, 'sickness')
          : profile < 0.9
            ? [...longIllness(), ...scattered(between(0, 3), 1, 4, 'sickness')]
            : profile < 0.94
              ? [...currentlyAbsent(), ...scattered(between(1, 4), 1, 8, 'sickness')]
              : profile < 0.97
                ? [...scattered(1, 10, 60, 'work-accident'), ...scattered(between(0, 3), 1, 5, 'sickness')]
                : scattered(between(5, 7), 4, 8, 'sickness');
  // Parents stay home with a sick child (§ 45 SGB V): never counted, but in every real export.
  if (chance(0.25)) spells.push(...scattered(between(1, 4), 1, 5, 'child-sick'));
  if (chance(0.02)) spells.push(...scattered(1, 5, 10, 'quarantine'));
  if (chance(0.02)) spells.push(...scattered(1, 1, 3, 'other'));
  return spells.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

const flag = (value: boolean | undefined): string => (value === undefined ? '' : String(value));

/** The German names of the kinds, as examples/data/mapping-de.json maps them back. */
const GERMAN_KINDS: Readonly<Record<AbsenceKind, string>> = {
  sickness: 'Krankheit',
  'work-accident': 'Arbeitsunfall',
  'medical-rehab': 'Reha-Maßnahme',
  'graded-return': 'Wiedereingliederung',
  'child-sick': 'Kind krank',
  quarantine: 'Quarantäne',
  'employment-ban': 'Beschäftigungsverbot',
  other: 'Sonstiges',
};
const germanDate = (date: IsoDate | null): string => (date === null ? '' : `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}`);
const germanFlag = (value: boolean | undefined): string => (value === undefined ? '' : value ? 'ja' : 'nein');
const quotedCell = (text: string): string => `"${text}"`;

/** A file written in batches, waiting when the disk is behind, so a large file never sits in memory. */
function writer(path: string) {
  const stream = createWriteStream(path);
  const lines: string[] = [];
  return {
    async line(text: string) {
      lines.push(text);
      if (lines.length >= 1000) {
        if (!stream.write(lines.join(''))) await once(stream, 'drain');
        lines.length = 0;
      }
    },
    end: () => new Promise<void>((done) => stream.end(lines.join(''), done)),
  };
}

const out = writer(OUT);
const german = GERMAN === undefined ? null : writer(GERMAN);
await out.line('employee_id,start,end,kind,id,certified,went_home_sick\n');
await german?.line('\uFEFFPersonalnummer;Beginn;Ende;Art;Beleg;AU-Bescheinigung;Nach Hause gegangen\r\n');
let rows = 0;
for (let person = 1; person <= EMPLOYEES; person += 1) {
  const employeeId = `E-${String(person).padStart(EMPLOYEES >= 10_000 ? 6 : 4, '0')}`;
  const absences = absencesOfOne();
  for (const [index, absence] of absences.entries()) {
    const id = `AU-${person}-${index + 1}`;
    rows += 1;
    await out.line(`${employeeId},${absence.start},${absence.end ?? ''},${absence.kind},${id},${flag(absence.certified)},${flag(absence.wentHomeSick)}\n`);
    const cells = [employeeId, germanDate(absence.start), germanDate(absence.end), GERMAN_KINDS[absence.kind], id, germanFlag(absence.certified), germanFlag(absence.wentHomeSick)];
    await german?.line(`${cells.map(quotedCell).join(';')}\r\n`);
  }
}
await out.end();
await german?.end();
console.log(`wrote ${rows} absences of ${EMPLOYEES} employees to ${OUT}${GERMAN === undefined ? '' : ` and ${GERMAN}`}`);
