#!/usr/bin/env bash
# Dashboard speed with many campaigns stored: starts BudgetPilot on a throwaway SQLite database with a
# simulated market of N campaigns (default 10,000), waits for the first cycle to store 16 days of their
# hourly metrics, then drives the dashboard and the main API calls with wrk from a second process on
# loopback and prints requests/second and latency percentiles (p99 included) for each.
# wrk gives up on a request after 10 s here: its default (2 s) drops slower answers from the percentiles,
# and they then show only as "Socket errors: ... timeout".
#   bench/dashboard-load.sh [campaigns] [seconds per endpoint]
set -euo pipefail
cd "$(dirname "$0")/.."
campaigns="${1:-10000}"
seconds="${2:-20}"
unset BP_BUILD_ROOT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

work="$(mktemp -d)"
port=5187
cat > "$work/budgetpilot.yaml" <<YAML
workspace: { id: load, name: "Load test", total_daily_budget: 5000000, currency: USD, time_zone: UTC, min_roas: 3.0, max_campaign_budget: 100000 }
storage: { provider: sqlite, connection_string: "Data Source=$work/bp.db" }
platforms: { simulated: { enabled: true, seed: 1, campaigns: $campaigns } }
YAML

dotnet build -c Release src/BudgetPilot.Web -nologo -clp:ErrorsOnly >/dev/null
export BUDGETPILOT_ADMIN_PASSWORD="load-test-$$"
if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then echo "port $port is taken"; exit 1; fi
(cd "$work" && exec dotnet "$OLDPWD/src/BudgetPilot.Web/bin/Release/net10.0/BudgetPilot.Web.dll" --config "$work/budgetpilot.yaml" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT

echo "waiting for the first cycle over $campaigns campaigns..."
started=$(date +%s)
until curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"lastSucceededAt": "'; do
  sleep 5
  if ! kill -0 $app 2>/dev/null; then tail -20 "$work/app.log"; exit 1; fi
done
echo "first cycle done after $(( $(date +%s) - started )) s; rows stored: $(sqlite3 "$work/bp.db" 'select count(*) from metric_samples' 2>/dev/null || echo '?')"

jar="$work/cookies"
form=$(curl -fs -c "$jar" "http://127.0.0.1:$port/login")
field=$(grep -o 'name="__RequestVerificationToken[^"]*" value="[^"]*"' <<<"$form" | head -1)
name=$(sed -E 's/name="([^"]*)".*/\1/' <<<"$field"); value=$(sed -E 's/.*value="([^"]*)"/\1/' <<<"$field")
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "user=admin" --data-urlencode "password=$BUDGETPILOT_ADMIN_PASSWORD" --data-urlencode "$name=$value" "http://127.0.0.1:$port/login"
csrf=$(curl -fs -b "$jar" -c "$jar" "http://127.0.0.1:$port/api/v1/me" | sed -E 's/.*"csrfToken":"([^"]*)".*/\1/')
token=$(curl -fs -b "$jar" -c "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' -d '{"name":"load","role":"Viewer"}' "http://127.0.0.1:$port/api/v1/tokens" | sed -E 's/.*"token":"([^"]*)".*/\1/')

# The dashboard's first read of a large workspace builds its snapshot; later reads share it.
first=$(curl -s -o /dev/null -m 300 -w '%{time_total}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/overview")
echo "first overview (builds the shared snapshot): ${first} s"
for path in /api/v1/overview /api/v1/activity /api/v1/approvals /api/v1/alerts "/api/v1/audit?page=1" /api/v1/campaigns; do
  echo "== GET $path ($seconds s, 2 threads, 16 connections)"
  wrk -t2 -c16 -d"${seconds}s" --timeout 10s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors"
done
echo "== GET / (the dashboard page itself)"
wrk -t2 -c16 -d"${seconds}s" --timeout 10s --latency -H "Cookie: $(awk '!/^#/ && NF==7 {printf "%s=%s; ", $6, $7}' "$jar")" "http://127.0.0.1:$port/" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors"
