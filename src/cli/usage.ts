import { SGB9_167_2 } from '../law/citations.js';

/** Flags shared by `scan` and `explain`, as the usage texts list them. */
const SHARED_FLAGS = `  --as-of YYYY-MM-DD       the check date (required; never taken from the clock)
  --policy policy.json     a PolicyInput as JSON (working days, threshold, counted kinds, ...)
  --map mapping.json       how to read an export with other names (see: bem-sgb9 schema CsvMapping)
  --delimiter , | ; | tab  the CSV delimiter (default: detected from the header)
  --employees file.csv     employee_id, previous_bem_concluded_on, bem_running_since per employee,
                           and for working-day counts weekdays (1 2 3) or cycle (1111000000) with
                           cycle_start, and region (DE-NW); an employee listed there without
                           absences is scanned too (not due)
  --region DE-NW           public holidays of a Land (or DE) for everybody without a region
  -h, --help               this text`;

/** What `bem-sgb9 scan --help` prints. */
export const SCAN_USAGE = `Usage: bem-sgb9 scan <absences.csv|.json|-> --as-of YYYY-MM-DD [options]

Who is due for a BEM offer, who is approaching the six weeks and since when, and a summary.
The file - reads standard input.

${SHARED_FLAGS}
  --format table|json|csv  the output (default: table)
  --unsorted               read a file whose rows are not grouped by employee_id without trying
                           the grouped order first (such files are detected and read correctly anyway)
`;

/** What `bem-sgb9 explain --help` prints. */
export const EXPLAIN_USAGE = `Usage: bem-sgb9 explain <absences.csv|.json|-> --employee ID --as-of YYYY-MM-DD [options]

The reasons for one employee's result, each with its legal reference.

  --employee ID            the employee (required)
${SHARED_FLAGS}
  --format text|json       the output (default: text)
`;

/** What `bem-sgb9 schema --help` prints. */
export const SCHEMA_USAGE = `Usage: bem-sgb9 schema [name]

The JSON Schema of a public schema (e.g. Absence, CsvMapping); without a name, the list of names.
`;

/** What `bem-sgb9 help` prints. */
export const USAGE = `bem-sgb9: BEM eligibility (${SGB9_167_2}) from absence data

Usage:
  bem-sgb9 scan <absences.csv|.json|-> --as-of YYYY-MM-DD [--policy policy.json] [--format table|json|csv]
                [--map mapping.json] [--delimiter ,|;|tab] [--employees employees.csv] [--unsorted]
      Who is due for a BEM offer, who is approaching the six weeks and since when, and a summary.
  bem-sgb9 explain <absences.csv|.json|-> --employee ID --as-of YYYY-MM-DD [--policy policy.json] [--format text|json]
      The reasons for one employee's result, each with its legal reference.
  bem-sgb9 schema [name]
      The JSON Schema of a public schema (e.g. Absence, CsvMapping); without a name, the list of names.
  bem-sgb9 <command> --help    the options of a command
  bem-sgb9 --version           the version

CSV: a header row with employee_id,start,end,kind and optionally id,certified,went_home_sick
(any order); delimiter , ; or tab; dates as YYYY-MM-DD; an empty end for an ongoing absence.
Other names, German kinds, ja/nein and DD.MM.YYYY through --map. A row that cannot be read makes
its employee "not evaluated" (never a status). JSON: an array of { "employeeId", "absences": [...] }.

Exit codes: 0 all rows read, 1 some rows were bad (reported on stderr; those employees are listed
as not evaluated, the others were scanned), 2 wrong arguments or unreadable input (nothing on stdout).
`;
