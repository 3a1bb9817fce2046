"""For backends written in another language (here Python 3): validate payloads with the JSON
Schemas that ship in the package, then let the bem-sgb9 command evaluate them and read its JSON.

    npm install bem-sgb9 zod                               # once, beside your service
    python3 node_modules/bem-sgb9/examples/python/bem_check.py

Needs Python's jsonschema 4 (Debian: apt-get install python3-jsonschema; or pip install
jsonschema) and Node 20+. In a clone of the repository run `npm run build` first (the schemas and
the command are built into dist/). Options: --schemas DIR (default: the package's dist/schemas)
and --cli COMMAND (default: node <package>/dist/cli.js; `npx bem-sgb9` works too).

The payloads are made up: pseudonymous ids and absence kinds, never a name or a diagnosis.
"""

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from jsonschema.validators import validator_for

PACKAGE = Path(__file__).resolve().parents[2]  # node_modules/bem-sgb9, or the clone

parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
parser.add_argument("--schemas", default=str(PACKAGE / "dist" / "schemas"))
parser.add_argument("--cli", default=f"node {shlex.quote(str(PACKAGE / 'dist' / 'cli.js'))}")
args = parser.parse_args()
schemas = Path(args.schemas)
if not (schemas / "index.json").is_file():
    sys.exit(f"No JSON Schemas in {schemas}: install the package (or run `npm run build` in a clone).")


def validator(name):
    """The validator for one shipped schema, with the draft the schema declares (2020-12)."""
    schema = json.loads((schemas / f"{name}.json").read_text(encoding="utf-8"))
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def problems(check, payload):
    """What a 400 answer would list: each problem's path and the rule it breaks."""
    found = sorted(check.iter_errors(payload), key=lambda error: list(map(str, error.absolute_path)))
    return [
        {
            "path": list(error.absolute_path),
            "rule": error.validator,
            **({"message": error.message} if error.validator == "additionalProperties" else {}),
        }
        for error in found
    ]


# 1. The schemas in the package: index.json lists them, one file per public type.
names = json.loads((schemas / "index.json").read_text(encoding="utf-8"))["schemas"]
print(f"{len(names)} JSON Schemas in {schemas.name}/, among them {', '.join(n for n in ['Absence.json', 'EmployeeAbsences.json', 'CaseEvent.json'] if n in names)}")

# 2. Payloads as another system sends them: one employee's absences each (EmployeeAbsences).
payloads = [
    {"employeeId": "p-1001", "absences": [
        {"start": "2025-01-06", "end": "2025-01-19", "kind": "sickness"},
        {"start": "2025-03-10", "end": "2025-03-16", "kind": "sickness"},
        {"start": "2025-06-02", "end": "2025-06-15", "kind": "sickness"},
        {"start": "2025-10-06", "end": "2025-10-19", "kind": "sickness"},
    ]},
    {"employeeId": "p-1002", "absences": [{"start": "2025-09-22", "end": None, "kind": "work-accident"}]},
    {"employeeId": "p-1003", "absences": [{"start": "2025-09-08", "end": "2025-09-19", "kind": "child-sick"}]},
    # Refused: a day that does not exist, a kind the library does not know, a field no record has.
    {"employeeId": "p-1004", "absences": [{"start": "2025-02-30", "end": None, "kind": "holiday", "note": "called in"}]},
]
employee_absences = validator("EmployeeAbsences")
valid = []
print("\nValidated with jsonschema (Draft 2020-12):")
for payload in payloads:
    found = problems(employee_absences, payload)
    if found:
        print(f"  {payload['employeeId']}: 400 {json.dumps(found)}")
    else:
        print(f"  {payload['employeeId']}: valid")
        valid.append(payload)

# 3. The command line evaluates them: a JSON file of EmployeeAbsences in, JSON out.
cli = shlex.split(args.cli)
with tempfile.TemporaryDirectory() as work:
    file = Path(work) / "absences.json"
    file.write_text(json.dumps(valid), encoding="utf-8")
    scan = subprocess.run([*cli, "scan", str(file), "--as-of", "2025-10-31", "--format", "json"],
                          capture_output=True, text=True, check=False)
    # Exit codes: 0 every record read, 1 some were bad, 2 nothing scanned (stdout stays empty).
    if scan.returncode != 0:
        sys.exit(f"bem-sgb9 scan exited with {scan.returncode}: {scan.stderr}")
    report = json.loads(scan.stdout)
    explain = subprocess.run([*cli, "explain", str(file), "--employee", "p-1001", "--as-of", "2025-10-31", "--format", "json"],
                             capture_output=True, text=True, check=True)
    reasons = json.loads(explain.stdout)["reasons"]

print("\nbem-sgb9 scan --format json, as of 2025-10-31:")
for result in report["results"]:
    when = result["thresholdCrossedOn"] or result["projectedCrossingOn"] or ""
    print(f"  {result['employeeId']}: {result['status']:<11} {result['countedDays']:>3} days {when}".rstrip())
print(f"  summary: {json.dumps(report['summary']['byStatus'])}")
print("\nbem-sgb9 explain --employee p-1001 --format json, the reasons with their sources:")
for reason in reasons:
    print(f"  {reason['code']}: {reason['reference']}")
