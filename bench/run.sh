#!/usr/bin/env bash
# Benchmarks Kompetens.Api on this machine: starts the service in Development on its own PostgreSQL cluster
# (demo city), mints tokens with dotnet user-jwts, runs the scenarios in scenarios.json, and the raw-SQL
# baseline. Writes results/latest.md. On demand only; never part of the tests or CI.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-5090}
DATA=${BENCH_DATA:-/tmp/kompetens-bench-data}
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$PORT" Database__LocalDataDirectory="$DATA/postgres"
export Logging__LogLevel__Default=Warning RateLimit__RequestsPerWindow=1000000

dotnet build -c Release src/Kompetens.Api -v q >/dev/null
dotnet run -c Release --no-build --project src/Kompetens.Api --no-launch-profile > "$DATA.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done

token() { dotnet user-jwts create --project src/Kompetens.Api --scheme DevJwt --output token --audience "http://localhost:5080" "$@" | tail -1; }
ADMIN=$(token --name bench-admin --role Kompetens.Admin --claim idtyp=app)
export BENCH_TOKENS=$(cat <<JSON
{"admin":"$ADMIN",
 "payroll":"$(token --name bench-payroll --role Kompetens.Payroll.Sync --claim idtyp=app)",
 "analytics":"$(token --name bench-bi --role Kompetens.Analytics.Read --claim idtyp=app)",
 "employee":"$(token --name bench-sara --scope Kompetens.Access --claim oid=5f0c2a6e-8d4b-4c1e-9a3f-000000010042)",
 "manager":"$(token --name bench-mikael --scope Kompetens.Access --claim oid=5f0c2a6e-8d4b-4c1e-9a3f-000000010007)"}
JSON
)
unit_id() {
  curl -s "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "Authorization: Bearer $ADMIN" \
    -d "{\"query\":\"{ organisationUnits(where: { code: { eq: \\\"$1\\\" } }) { nodes { id } } }\"}" | sed -E 's/.*"id":"([^"]+)".*/\1/'
}
sed -e "s/MANAGER_UNIT/$(unit_id BILD-GRU)/" -e "s/ADMINISTRATION/$(unit_id BILD)/" bench/scenarios.json > "$DATA-scenarios.json"

{
  echo "# Benchmark results"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, demo city (499 employees, ~2,500 assessments), Release build, loopback."
  echo
  node bench/load.mjs "http://127.0.0.1:$PORT/graphql" "$DATA-scenarios.json"
  echo
  echo "Raw-SQL baseline (psql, same data):"
  echo
  echo '```'
  PGPORT=$(cat "$DATA/postgres/kompetens.port") psql -h 127.0.0.1 -U postgres -d kompetens -q -f bench/baseline.sql | grep '^Time'
  echo '```'
} | tee bench/results/latest.md
