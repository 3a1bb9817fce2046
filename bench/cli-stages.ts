// The stages of `bem-sgb9 scan`, each in a fresh process as the CLI runs them (cold, no warm-up),
// for the CLI bench: `read` = the CSV read and grouped by employee (the CLI's own reader), `engine`
// = the same employees evaluated by the library alone (read first, untimed). Prints CPU ms.
import { readHeader, rowReader } from '../src/cli/csv-absences.js';
import { csvChunks } from '../src/cli/csv-file.js';
import { DEFAULT_MAPPING } from '../src/cli/csv-mapping.js';
import { type EmployeeGroup, groupedRows } from '../src/cli/employee-group.js';
import { openSource } from '../src/cli/input-source.js';
import { scanWorkforceSync } from '../src/index.js';

const [path, stage, asOf] = process.argv.slice(2) as [string, 'read' | 'engine', string];
const source = openSource(path, { stdout: process.stdout, stderr: process.stderr, stderrIsTerminal: false });
const groups: EmployeeGroup[] = [];
let count = 0;
const rows = groupedRows(
  (group) => {
    count += 1;
    if (stage === 'engine') groups.push(group);
  },
  () => undefined,
);
const before = process.cpuUsage();
for await (const _ of csvChunks(source, undefined, { header: (cells) => rowReader(readHeader(cells, DEFAULT_MAPPING), DEFAULT_MAPPING, rows), broken: () => undefined }));
rows.end();
const read = process.cpuUsage(before);
if (stage === 'read') {
  process.stdout.write(`${(read.user + read.system) / 1000} ${count}\n`);
} else {
  const start = process.cpuUsage();
  let due = 0;
  for (let i = 0; i < groups.length; i += 500) {
    const batch = groups.slice(i, i + 500).map((group) => ({ employeeId: group.employeeId, absences: group.absences }));
    for (const item of scanWorkforceSync(batch, { asOf })) if ('result' in item && item.result.due) due += 1;
  }
  const spent = process.cpuUsage(start);
  process.stdout.write(`${(spent.user + spent.system) / 1000} ${due}\n`);
}
