#!/usr/bin/env bash
# `npm test`: every check, in order, on the engine the environment names (embedded PGlite unless
# DATABASE_URL is set). Prints each phase's wall time at the end; with PHASES_LOG set, also appends
# them there (.ci/run prints one table for the whole run).
set -uo pipefail
cd "$(dirname "$0")/.."
engine=$([ -n "${DATABASE_URL:-}" ] && echo postgres || echo embedded)
times=()
run() {
  local name=$1 start=$SECONDS
  shift
  echo "== $name =="
  "$@"
  local rc=$? took=$((SECONDS - start))
  times+=("$(printf '%-34s %4ds%s' "$name" "$took" "$([ $rc -eq 0 ] || echo "  FAILED ($rc)")")")
  [ -n "${PHASES_LOG:-}" ] && echo "${times[-1]}" >>"$PHASES_LOG"
  if [ $rc -ne 0 ]; then printf '%s\n' "${times[@]}"; exit $rc; fi
}
# The two static checks are independent: side by side they share the two cores.
static_checks() {
  npx tsc --noEmit & local tsc=$!
  npx eslint --max-warnings=0 . & local lint=$!
  local rc=0
  wait $tsc || rc=1
  wait $lint || rc=1
  return $rc
}
run "typecheck + lint" static_checks
run "vitest, all files ($engine)" npx vitest run
run "build" npx next build
run "playwright, every spec ($engine)" npm run test:e2e --silent
printf '%s\n' "${times[@]}"
