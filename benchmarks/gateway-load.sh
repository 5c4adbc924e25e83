#!/usr/bin/env bash
# Gateway load and added latency (docs/benchmarks.md, section "Gateway").
#
#   1. GET /api/v1/jobs/{id} with a valid API key under load (wrk, keep-alive connections).
#   2. The gateway's added latency on a proxied call: GET /api/v1/datasets/versions through the gateway
#      against the same call straight to descriptor-service, one connection, no concurrency.
#
# Needs a running local stack (./alloygan up [--data-dir DIR]), wrk, curl and jq.
# Usage: benchmarks/gateway-load.sh [data-dir, default .alloygan]
# Settings: GATEWAY (default http://localhost:8080), DESCRIPTOR (default http://127.0.0.1:8082),
#           DURATION (default 30s), WARMUP (default 30s), CONNECTIONS (default "8 32": one run each),
#           THREADS (default 1), CPUS (wrk's CPUs, e.g. 1)
set -euo pipefail
DATA=${1:-.alloygan}
GATEWAY=${GATEWAY:-http://localhost:8080}
DESCRIPTOR=${DESCRIPTOR:-http://127.0.0.1:8082}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-8 32}
THREADS=${THREADS:-1}
WRK=(wrk)
if [ -n "${CPUS:-}" ]; then WRK=(taskset -c "$CPUS" wrk); fi

ADMIN=$(cat "$DATA/admin-api-key")
# A curator key whose own rate limit is far above what the benchmark sends, so no request is throttled
# (the bucket is still checked on every request).
KEY=$(curl -fsS -X POST "$GATEWAY/api/v1/admin/api-keys" -H "X-API-Key: $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark","roles":["curator"],"rateLimitPerMinute":1000000000}' | jq -r .key)

# A job to read: a small import.
CSV=$(mktemp --suffix=.csv)
printf 'composition,Tg_K,Tx_K,Tl_K\nCu46Zr46Al8,705,780,1170\n' > "$CSV"
JOB=$(curl -fsS -X POST "$GATEWAY/api/v1/datasets/imports" -H "X-API-Key: $KEY" -F "file=@$CSV;type=text/csv" | jq -r .jobId)
rm -f "$CSV"
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" "$GATEWAY/api/v1/jobs/$JOB")" = 200 ] && break
  sleep 0.2
done
echo "job $JOB"; curl -fsS -H "X-API-Key: $KEY" "$GATEWAY/api/v1/jobs/$JOB"; echo

echo; echo "== warm-up ($WARMUP, discarded; with full JIT, C2 compiles for a while)"
"${WRK[@]}" -t"$THREADS" -c16 -d"$WARMUP" -H "X-API-Key: $KEY" "$GATEWAY/api/v1/jobs/$JOB" > /dev/null

for c in $CONNECTIONS; do
  echo; echo "== 1. GET /api/v1/jobs/{id}, $c connections, $DURATION"
  "${WRK[@]}" -t"$THREADS" -c"$c" -d"$DURATION" --latency -H "X-API-Key: $KEY" "$GATEWAY/api/v1/jobs/$JOB"
done

echo; echo "== 2. added latency, one connection: warm-up both paths (10 s each, discarded)"
"${WRK[@]}" -t1 -c1 -d10s -H "X-API-Key: $KEY" "$GATEWAY/api/v1/datasets/versions" > /dev/null
"${WRK[@]}" -t1 -c1 -d10s "$DESCRIPTOR/api/v1/datasets/versions" > /dev/null
echo; echo "-- straight to descriptor-service ($DESCRIPTOR)"
"${WRK[@]}" -t1 -c1 -d"$DURATION" --latency "$DESCRIPTOR/api/v1/datasets/versions"
# Server-side timers (Micrometer http.server.requests) of both, over the gateway run only: the gateway's
# mean time for the proxied call minus descriptor-service's own mean time is what the gateway adds, without
# the load generator's share.
metric() { # url, uri tag -> "sum count"
  curl -fsS "$1/actuator/prometheus" | awk -v uri="uri=\"$2\"" '
    /^http_server_requests_seconds_sum/ && index($0, uri) && /status="200"/ { s += $NF }
    /^http_server_requests_seconds_count/ && index($0, uri) && /status="200"/ { c += $NF }
    END { printf "%s %s\n", s, c }'
}
read -r GS0 GC0 < <(metric "$GATEWAY" "/api/v1/datasets/**")
read -r DS0 DC0 < <(metric "$DESCRIPTOR" "/api/v1/datasets/versions")
echo; echo "-- through the gateway ($GATEWAY)"
"${WRK[@]}" -t1 -c1 -d"$DURATION" --latency -H "X-API-Key: $KEY" "$GATEWAY/api/v1/datasets/versions"
read -r GS1 GC1 < <(metric "$GATEWAY" "/api/v1/datasets/**")
read -r DS1 DC1 < <(metric "$DESCRIPTOR" "/api/v1/datasets/versions")
awk -v gs="$GS0" -v gc="$GC0" -v gs1="$GS1" -v gc1="$GC1" -v ds="$DS0" -v dc="$DC0" -v ds1="$DS1" -v dc1="$DC1" 'BEGIN {
  g = (gs1 - gs) / (gc1 - gc) * 1000; d = (ds1 - ds) / (dc1 - dc) * 1000
  printf "\nserver-side means over the gateway run: gateway %.2f ms (%d requests), descriptor-service %.2f ms (%d); the gateway adds %.2f ms\n", g, gc1 - gc, d, dc1 - dc, g - d }'

KEY_ID=$(curl -fsS -H "X-API-Key: $ADMIN" "$GATEWAY/api/v1/admin/api-keys" | jq -r '[.[] | select(.name=="benchmark" and .active)][0].id')
curl -fsS -o /dev/null -X DELETE -H "X-API-Key: $ADMIN" "$GATEWAY/api/v1/admin/api-keys/$KEY_ID"
echo; echo "benchmark key revoked"
