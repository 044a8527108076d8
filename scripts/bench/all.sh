#!/usr/bin/env bash
# `npm run bench`: every benchmark in turn (figures only, never a pass/fail on a timing). Needs
# `npm run build` for the ones that drive the built app. BENCH_SHORT=1 runs the short forms CI uses.
# bench:soak is the exception: it fails on correctness (lost or doubled orders, undelivered events,
# stale screens, 5xx), never on a timing; it needs PostgreSQL, so it is skipped without DATABASE_URL.
set -euo pipefail
cd "$(dirname "$0")/../.."
for part in scale realtime orders reports weight soak; do
  if [ "$part" = soak ] && [ -z "${DATABASE_URL:-}" ]; then
    echo "== bench:soak skipped: it needs DATABASE_URL (PostgreSQL) =="
    continue
  fi
  echo "== bench:$part =="
  npm run --silent "bench:$part"
done
