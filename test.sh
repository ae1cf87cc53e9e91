#!/usr/bin/env bash
# Runs every test: unit, integration (the whole graph through the AppHost) and browser tests.
# Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/prerequisites.sh --tests

export TMPDIR="${TMPDIR:-$PWD/.tmp}"
mkdir -p "$TMPDIR"
results="$TMPDIR/test-results"
rm -rf "$results"

status=0
# A test that hangs (no test takes more than a few minutes) is killed and named, instead of holding CI
# until its overall limit.
dotnet test Streamflix.sln --logger "trx" --results-directory "$results" \
    --blame-hang-timeout 15m --blame-hang-dump-type none "$@" || status=$?

# One closing line over every test assembly.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"Total: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit "$status"
