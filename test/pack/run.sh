#!/usr/bin/env bash
# Proof that the published package works everywhere: build, `npm pack`, install the tarball into a
# fresh project under .tmp/pack/consumer, then use it as users do: ESM import, CJS require, the
# TypeScript types under `--module node16` and `--moduleResolution bundler`, a bundle in headless
# Chromium, the `bem-sgb9` bin, and the documentation site. Writes .tmp/pack-results.json as
# {"passed": N, "failed": M} (CI adds it to its count) and exits non-zero when anything failed.
# A missing Chromium is a failure, not a skip. The consumer's sources live in test/pack/.consumer/:
# a dot folder, so the repository's own tsc and typedoc (which cannot resolve 'bem-sgb9' before it
# is installed) leave them alone.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=$ROOT/.tmp/pack
CONSUMER=$WORK/consumer
BIN=$ROOT/node_modules/.bin
mkdir -p "$WORK"

passed=0
failed=0
write_results() { printf '{"passed": %d, "failed": %d}\n' "$passed" "$failed" > "$ROOT/.tmp/pack-results.json"; }
trap write_results EXIT

# check NAME COMMAND...: runs a check, keeps its output in .tmp/pack/<name>.log, shows it on failure.
check() {
  local name=$1
  shift
  local slug=${name//[^a-zA-Z0-9]/-}
  local log="$WORK/$slug.log"
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    printf 'ok   %s\n' "$name"
  else
    failed=$((failed + 1))
    printf 'FAIL %s\n' "$name"
    sed 's/^/     /' "$log"
  fi
}

# A step the later checks need: when it fails, stop here (counted as a failure).
require_step() {
  check "$@"
  if [ "$failed" -gt 0 ]; then
    echo "pack: stopping after '$1' failed"
    exit 1
  fi
}

# Builds only when dist/ is older than what it is built from (CI has just built it).
stale() {
  local marker=$1
  shift
  [ ! -f "$marker" ] || [ -n "$(find "$@" -newer "$marker" -type f 2>/dev/null | head -n 1)" ]
}

build() {
  if stale dist/schemas/index.json src scripts tsup.config.ts package.json; then npm run build --silent; else echo "dist/ is up to date"; fi
}

pack() {
  rm -f "$WORK"/*.tgz
  npm pack --silent --pack-destination "$WORK" >/dev/null
  TARBALL=$(ls "$WORK"/bem-sgb9-*.tgz)
  echo "packed $TARBALL"
}

# The tarball ships the library, its types, the bin, the JSON Schemas, the guides and the runnable
# examples (the README links them); no sources, tests or build scripts.
tarball_contents() {
  local listing
  listing=$(tar -tzf "$TARBALL")
  for file in package/dist/index.js package/dist/index.cjs package/dist/index.d.ts package/dist/index.d.cts \
    package/dist/zone.js package/dist/holidays.js package/dist/holidays.cjs package/dist/holidays.d.ts package/dist/cli.js package/dist/schemas/Absence.json package/dist/schemas/index.json \
    package/README.md package/LICENSE package/docs/getting-started.md package/docs/first-hour-other-languages.md \
    package/examples/hr-case-file.ts package/examples/python/bem_check.py \
    package/examples/data/absences.csv; do
    grep -qx "$file" <<<"$listing" || { echo "missing from the tarball: $file"; return 1; }
  done
  if grep -E '^package/(src|test|scripts|bench|\.ci|\.changeset)/' <<<"$listing"; then
    echo "the tarball ships development files (above)"
    return 1
  fi
}

install_consumer() {
  rm -rf "$CONSUMER"
  cp -r "$ROOT/test/pack/.consumer" "$CONSUMER"
  local zod_version
  zod_version=$(node -p 'require("zod/package.json").version')
  (cd "$CONSUMER" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "$TARBALL" "zod@$zod_version")
}

# The main entry must not pull in Node built-ins, luxon or csv-parse: it runs in browsers.
main_entry_is_pure() {
  local main="$CONSUMER/node_modules/bem-sgb9/dist/index.js"
  if grep -nE "from ['\"](node:|luxon|csv-parse|fs|path|util)" "$main"; then
    echo "the main entry imports the modules above"
    return 1
  fi
}

bundle_for_browser() {
  "$BIN/esbuild" "$CONSUMER/browser.ts" --bundle --format=iife --platform=browser --target=es2022 \
    --outfile="$CONSUMER/browser.js" --log-level=warning
}

run_bin() {
  local bin="$CONSUMER/node_modules/.bin/bem-sgb9"
  "$bin" schema Absence | node -e 'const s = JSON.parse(require("fs").readFileSync(0, "utf8")); if (s.title !== "Absence") process.exit(1)'
  if [ -f "$ROOT/examples/data/absences.csv" ]; then
    "$bin" scan "$ROOT/examples/data/absences.csv" --as-of 2025-10-31 --format json >"$WORK/scan.json"
    node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (!(r.summary.employees > 0)) process.exit(1)' "$WORK/scan.json"
  fi
}

# The README's and the guides' relative links open files of the installed package.
shipped_links() {
  "$BIN/tsx" "$ROOT/test/pack/shipped-links.ts" "$CONSUMER/node_modules/bem-sgb9"
}

# The examples run from node_modules/bem-sgb9/examples, importing the installed package by name.
shipped_examples() {
  local out
  out=$(cd "$CONSUMER" && "$BIN/tsx" node_modules/bem-sgb9/examples/hr-case-file.ts) || return 1
  grep -q 'Audit findings: none' <<<"$out" || { echo "$out"; echo "hr-case-file.ts did not finish"; return 1; }
  out=$(cd "$CONSUMER" && "$BIN/tsx" node_modules/bem-sgb9/examples/time-tracking-alerts.ts) || return 1
  grep -q 'BEM due' <<<"$out" || { echo "$out"; echo "time-tracking-alerts.ts did not finish"; return 1; }
  out=$(cd "$CONSUMER" && "$BIN/tsx" node_modules/bem-sgb9/examples/hr-who-sees-what.ts) || return 1
  grep -q 'only-employee-may-decline' <<<"$out" || { echo "$out"; echo "hr-who-sees-what.ts did not finish"; return 1; }
  (cd "$CONSUMER" && node_modules/.bin/bem-sgb9 scan node_modules/bem-sgb9/examples/data/absences.csv --as-of 2025-10-31 --format json) >"$WORK/shipped-scan.json" || return 1
  # The Python example with its defaults: the installed package's dist/schemas and dist/cli.js
  # (Debian's python3-jsonschema, which CI installs for /usr/bin/python3).
  out=$(cd "$CONSUMER" && /usr/bin/python3 node_modules/bem-sgb9/examples/python/bem_check.py) || { echo "$out"; return 1; }
  grep -q 'p-1001: due' <<<"$out" || { echo "$out"; echo "examples/python/bem_check.py did not finish"; return 1; }
}

docs_site() {
  if stale docs-site/index.html src docs scripts README.md typedoc.json; then npm run docs --silent; else echo "docs-site/ is up to date"; fi
  "$BIN/tsx" "$ROOT/test/docs-site/check.ts"
}

require_step "build" build
require_step "npm pack" pack
check "tarball contents" tarball_contents
require_step "install the tarball into a fresh project" install_consumer
check "ESM import (node)" node "$CONSUMER/esm.mjs"
check "CJS require (node)" node "$CONSUMER/cjs.cjs"
check "main entry has no node/luxon/csv-parse imports" main_entry_is_pure
check "types with --module node16" "$BIN/tsc" -p "$CONSUMER/tsconfig.node16.json"
check "types with --moduleResolution bundler" "$BIN/tsc" -p "$CONSUMER/tsconfig.bundler.json"
check "bundle for the browser (esbuild)" bundle_for_browser
check "bundle runs in headless Chromium" "$BIN/tsx" "$ROOT/test/pack/browser-check.ts" "$CONSUMER"
check "bem-sgb9 bin from the installed package" run_bin
check "README and guide links open shipped files" shipped_links
check "examples run from the installed package" shipped_examples
check "docs site in headless Chromium" docs_site

echo "pack: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
