#!/usr/bin/env bash
# Times the payroll sync (docs/payroll.md) on this machine: a FULL sync of N employees into an empty database,
# the same set again (all unchanged), and the set with 1% changed. Writes results/payroll.md. On demand only.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40000}
PORT=${BENCH_PORT:-5091}
DATA=${BENCH_DATA:-/tmp/kompetens-bench-payroll}
rm -rf "$DATA"; mkdir -p "$DATA"
# The payroll caller needs a larger body than the 1 MiB default (40,000 employees are about 13 MiB).
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$PORT" Database__LocalDataDirectory="$DATA/postgres"
export Database__SeedDemoData=false GraphQL__MaxRequestBytes=67108864 GraphQL__ExecutionTimeout=00:02:00
export Logging__LogLevel__Default=Warning RateLimit__RequestsPerWindow=1000000

dotnet build -c Release src/Kompetens.Api -v q >/dev/null
dotnet run -c Release --no-build --project src/Kompetens.Api --no-launch-profile > "$DATA.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
TOKEN=$(dotnet user-jwts create --project src/Kompetens.Api --scheme DevJwt --output token --audience "http://localhost:5080" --name bench-payroll --role Kompetens.Payroll.Sync --claim idtyp=app | tail -1)
{
  echo "# Payroll sync: $N employees"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, Release build, loopback, empty database; every 8th person holds two posts."
  echo
  node bench/payroll-batch.mjs "http://127.0.0.1:$PORT/graphql" "$TOKEN" "$N"
} | tee bench/results/payroll.md
