#!/usr/bin/env bash
# Prints the seconds from launching the app until its sign-in page answers 200.
# Usage: scripts/measure-startup.sh [command to start the app...]
#   default command: the README's run command (./mvnw -pl app -am spring-boot:run)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8080}
if [ $# -eq 0 ]; then set -- ./mvnw -q -o -pl app -am spring-boot:run; fi
log=$(mktemp)
start=$(date +%s.%N)
setsid "$@" >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$port/login" -o /dev/null; then
        end=$(date +%s.%N)
        printf 'first page after %.1f s\n' "$(echo "$end - $start" | bc)"
        exit 0
    fi
    if ! kill -0 $pid 2>/dev/null; then
        echo "the app exited before serving a page; its log:" >&2
        tail -50 "$log" >&2
        exit 1
    fi
    sleep 0.2
done
echo "no page after 120 s" >&2
exit 1
