#!/usr/bin/env bash
# The city-scale benchmark, in one command (bench/README.md):
#   bash bench/run.sh [--employees N] [--duration SECONDS] [--seed S]
# Builds Release, starts its own PostgreSQL 15 cluster (with pg_stat_statements) and the service in Development on
# their own ports, generates the city (organisation through the payroll sync = S6, the rest with binary COPY),
# starts the raw-SQL baseline, runs S1–S5 with wrk (ABAB: API, raw, API, raw) and writes bench/results/<date>.md
# (and latest.md). On demand only; never part of the tests or CI.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
EMPLOYEES=40000 DURATION=15 SEED=20261202
while [[ $# -gt 0 ]]; do
  case "$1" in
    --employees) EMPLOYEES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    *) echo "unknown option $1 (use --employees N, --duration S, --seed S)" >&2; exit 2 ;;
  esac
done
ROOT=${BENCH_ROOT:-/tmp/kompetens-bench}
PG_PORT=${BENCH_PG_PORT:-5492} API_PORT=${BENCH_API_PORT:-5490} RAW_PORT=${BENCH_RAW_PORT:-5491}
PG_BIN=${KOMPETENS_PG_BIN:-/usr/lib/postgresql/15/bin}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
SERVICE='' BASELINE=''
cleanup() {
  [[ -n $BASELINE ]] && kill "$BASELINE" 2>/dev/null || true
  [[ -n $SERVICE ]] && kill "$SERVICE" 2>/dev/null || true
  [[ -f $ROOT/pg/postmaster.pid ]] && as_postgres "$PG_BIN/pg_ctl" stop -D "$ROOT/pg" -m fast >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== build (Release)"
dotnet build -c Release src/Kompetens.Api -v q -nologo >/dev/null
dotnet build -c Release bench/Kompetens.Bench -v q -nologo >/dev/null
BENCH="dotnet $REPO/bench/Kompetens.Bench/bin/Release/net10.0/Kompetens.Bench.dll"

echo "== PostgreSQL cluster in $ROOT/pg (port $PG_PORT)"
[[ -f $ROOT/pg/postmaster.pid ]] && as_postgres "$PG_BIN/pg_ctl" stop -D "$ROOT/pg" -m fast >/dev/null 2>&1 || true
rm -rf "$ROOT"; mkdir -p "$ROOT/pg" "$ROOT/runs"
[[ $(id -u) -eq 0 ]] && chown postgres "$ROOT/pg" && chmod 777 "$ROOT"
as_postgres "$PG_BIN/initdb" -D "$ROOT/pg" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" start -w -D "$ROOT/pg" -l "$ROOT/pg/server.log" \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" >/dev/null
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -qAt"
$PSQL -d postgres -c "CREATE ROLE kompetens_owner LOGIN" -c "CREATE ROLE kompetens_app LOGIN" -c "CREATE DATABASE kompetens OWNER kompetens_owner"
$PSQL -d kompetens -c "CREATE EXTENSION pg_stat_statements"
DB="Host=127.0.0.1;Port=$PG_PORT;Database=kompetens"

# The Development signing key of dotnet user-jwts (made once per machine); the bench mints its tokens with it.
[[ -f ~/.microsoft/usersecrets/kompetens-api-dev/secrets.json ]] && grep -q SigningKeys ~/.microsoft/usersecrets/kompetens-api-dev/secrets.json \
  || dotnet user-jwts create --project src/Kompetens.Api --scheme DevJwt --name bench >/dev/null

echo "== service on port $API_PORT"
(
  cd src/Kompetens.Api/bin/Release/net10.0
  export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$API_PORT" \
    ConnectionStrings__Kompetens="$DB;Username=kompetens_app" ConnectionStrings__KompetensMigrations="$DB;Username=kompetens_owner" \
    Database__SeedDemoData=false GraphQL__MaxRequestBytes=67108864 GraphQL__ExecutionTimeout=00:01:00 GraphQL__ValidationTimeout=00:00:30 \
    RateLimit__RequestsPerWindow=1000000 Logging__LogLevel__Default=Warning
  exec dotnet Kompetens.Api.dll
) > "$ROOT/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$API_PORT/health/ready" >/dev/null && break; kill -0 $SERVICE 2>/dev/null || break; sleep 1; done
curl -sf "http://127.0.0.1:$API_PORT/health/ready" >/dev/null || { tail -30 "$ROOT/service.log"; exit 1; }

echo "== city of $EMPLOYEES employees (seed $SEED): payroll sync over HTTP (S6), then COPY"
START=$(date +%s)
$BENCH generate --employees "$EMPLOYEES" --seed "$SEED" --api "http://127.0.0.1:$API_PORT" --database "$DB;Username=postgres" \
  --report "$ROOT/generate.json" > "$ROOT/generate.log"
echo "$(( $(date +%s) - START ))" > "$ROOT/generate.seconds"
jq -r '.Sync[] | "   \(.Run): \(.Seconds|tostring|.[0:5]) s"' "$ROOT/generate.json"
echo "   generation took $(cat "$ROOT/generate.seconds") s"
grep -E '^VmHWM' /proc/$SERVICE/status | awk '{print $2}' > "$ROOT/rss-after-generate.kb"

echo "== baseline on port $RAW_PORT, request sets"
$BENCH baseline --database "$DB;Username=kompetens_app;Timezone=UTC;Max Auto Prepare=20;No Reset On Close=true" --url "http://127.0.0.1:$RAW_PORT" > "$ROOT/baseline.log" 2>&1 &
BASELINE=$!
$BENCH requests --employees "$EMPLOYEES" --seed "$SEED" --database "$DB;Username=postgres" --out "$ROOT/requests"
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$RAW_PORT/raw/s1" -X POST && break; sleep 1; done

# Statements PostgreSQL ran in the database (this script's own queries left out), of them the ones Npgsql sends to
# reset a pooled connection, and rows read (tuples returned by scans + fetched by index).
RESETS="'DISCARD ALL', 'RESET ALL', 'CLOSE ALL', 'UNLISTEN *', 'SET SESSION AUTHORIZATION DEFAULT', 'SELECT pg_advisory_unlock_all()', 'DISCARD SEQUENCES', 'DISCARD TEMP'"
counters() {
  $PSQL -d kompetens -c "WITH s AS (SELECT s.query, s.calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'kompetens' AND s.query NOT LIKE '%pg_stat%')
    SELECT (SELECT coalesce(sum(calls), 0) FROM s), (SELECT coalesce(sum(calls), 0) FROM s WHERE query IN ($RESETS)), tup_returned + tup_fetched FROM pg_stat_database WHERE datname = 'kompetens'" | tr '|' ' '
}

run() { # scenario clients target round
  local scenario=$1 clients=$2 target=$3 round=$4 path
  [[ $target == api ]] && path=/graphql || path=/raw/$scenario
  local url="http://127.0.0.1:$([[ $target == api ]] && echo $API_PORT || echo $RAW_PORT)"
  local out="$ROOT/runs/$scenario-c$clients-$target-$round.json"
  read -r calls0 resets0 tuples0 < <(counters)
  BENCH_REQUESTS="$ROOT/requests/$scenario.txt" BENCH_PATH=$path BENCH_OUT="$out.wrk" \
    wrk -t2 -c"$clients" -d"${DURATION}s" --timeout 65s -s bench/scenario.lua "$url$path" > "$out.log" 2>&1 || true
  read -r calls1 resets1 tuples1 < <(counters)
  jq -c --arg s "$scenario" --arg t "$target" --argjson c "$clients" --argjson r "$round" \
    --argjson calls "$((calls1 - calls0))" --argjson resets "$((resets1 - resets0))" --argjson tuples "$((tuples1 - tuples0))" \
    '. + {scenario: $s, target: $t, clients: $c, round: $r, statements: $calls, resets: $resets, tuples: $tuples}' "$out.wrk" > "$out"
  jq -r '"   \(.scenario) c\(.clients) \(.target) #\(.round): \(.requests) requests, \(.errors) errors, p99 \(.p99/1000) ms"' "$out"
}

cut -d' ' -f1-3 /proc/loadavg > "$ROOT/loadavg"
echo "== scenarios, ${DURATION} s per run, ABAB (load average $(cat "$ROOT/loadavg"))"
for spec in s1:8 s1:16 s2:8 s3:8 s4gaps:8 s4annual:8 s5:8; do
  scenario=${spec%%:*} clients=${spec##*:}
  # A short warm-up of both, not measured (JIT, caches, prepared statements).
  BENCH_REQUESTS="$ROOT/requests/$scenario.txt" BENCH_PATH=/graphql BENCH_OUT=/dev/null wrk -t1 -c1 -d2s --timeout 65s -s bench/scenario.lua "http://127.0.0.1:$API_PORT/graphql" >/dev/null 2>&1 || true
  BENCH_REQUESTS="$ROOT/requests/$scenario.txt" BENCH_PATH=/raw/$scenario BENCH_OUT=/dev/null wrk -t1 -c1 -d2s --timeout 65s -s bench/scenario.lua "http://127.0.0.1:$RAW_PORT/raw/$scenario" >/dev/null 2>&1 || true
  for round in 1 2; do
    run "$scenario" "$clients" api "$round"
    run "$scenario" "$clients" raw "$round"
  done
done
grep -E '^VmHWM' /proc/$SERVICE/status | awk '{print $2}' > "$ROOT/rss-peak.kb"

# The default (40,000) run is results/<date>.md; smaller cities are results/<date>-<employees>.md.
DATE=$(date -u +%Y-%m-%d)$([[ $EMPLOYEES -eq 40000 ]] || echo "-$EMPLOYEES")
$BENCH report --root "$ROOT" --employees "$EMPLOYEES" --duration "$DURATION" --out "bench/results/$DATE.md" --commit "$(git rev-parse --short HEAD)" \
  --database "$DB;Username=postgres"
cp "bench/results/$DATE.md" bench/results/latest.md
echo "== wrote bench/results/$DATE.md (and latest.md)"
