#!/usr/bin/env bash
# Runs every test of BudgetPilot: builds once, starts a throwaway PostgreSQL server for the storage
# tests (the same tests run against SQLite and PostgreSQL), runs all test projects once, and prints a
# closing "N passed, N failed, N skipped" line.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pg_dir="${BP_PG_DIR:-/tmp/budgetpilot-postgres-test-$$}"
export BP_PG_DIR="$pg_dir"
if scripts/postgres.sh start >/dev/null; then
  # shellcheck disable=SC1091
  source "$pg_dir/env"
  trap 'scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
else
  echo "test.sh: PostgreSQL could not be started; the PostgreSQL cases will skip (or fail when CI=true)." >&2
fi

dotnet build BudgetPilot.sln -c Release -nologo -clp:ErrorsOnly

log="$(mktemp)"
status=0
dotnet test --solution BudgetPilot.sln -c Release --no-build 2>&1 | tee "$log" || status=$?

# One closing line for any reader: the runner prints totals per test assembly.
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -E '^\s+skipped: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ "$passed" == 0 && "$status" == 0 ]]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
