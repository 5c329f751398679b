#!/usr/bin/env bash
# Start/stop the local single-node OpenSearch used by Comptoir's tests and local runs.
#
#   search/engine/run.sh          start (builds the jar if needed), wait until healthy, print URL
#   search/engine/run.sh stop     stop the node started from the same SEARCH_ENGINE_DIR
#   search/engine/run.sh status   print the URL and exit 0 if healthy, exit 1 otherwise
#
# Environment:
#   SEARCH_ENGINE_PORT      HTTP port on 127.0.0.1 (default 9200)
#   SEARCH_ENGINE_DIR       pidfile, log and node data (default /tmp/comptoir-search)
#   SEARCH_ENGINE_JAVA_OPTS JVM options (default "-Xms512m -Xmx1g")
#   SEARCH_ENGINE_TIMEOUT   seconds to wait for the node to become healthy (default 120)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${SEARCH_ENGINE_PORT:-9200}"
DIR="${SEARCH_ENGINE_DIR:-/tmp/comptoir-search}"
JAVA_OPTS="${SEARCH_ENGINE_JAVA_OPTS:--Xms512m -Xmx1g}"
TIMEOUT="${SEARCH_ENGINE_TIMEOUT:-120}"
JAR="$HERE/target/comptoir-search-node.jar"
PIDFILE="$DIR/node.pid"
LOG="$DIR/node.log"
URL="http://127.0.0.1:$PORT"

running_pid() {
    local pid
    [[ -f "$PIDFILE" ]] || return 1
    pid="$(cat "$PIDFILE")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

healthy() {
    # The launcher sets cluster.default_number_of_replicas=0 right after the node starts;
    # wait for it too, so callers never create an index with a replica that stays unassigned.
    curl -fsS --max-time 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null \
        | grep -Eq '"status":"(green|yellow)"' \
    && curl -fsS --max-time 5 "$URL/_cluster/settings?filter_path=persistent" 2>/dev/null \
        | grep -q 'default_number_of_replicas'
}

start() {
    if running_pid >/dev/null && healthy; then
        echo "$URL"
        return 0
    fi
    if running_pid >/dev/null; then
        echo "search engine: pid $(running_pid) is running but not healthy; waiting" >&2
    else
        if curl -fsS --max-time 2 "$URL" >/dev/null 2>&1; then
            echo "search engine: something else already answers on $URL" >&2
            return 1
        fi
        if [[ ! -f "$JAR" ]]; then
            echo "search engine: building $JAR" >&2
            (cd "$HERE" && mvn -q -B package -DskipTests) >&2
        fi
        mkdir -p "$DIR"
        # setsid: the node must not die with the calling shell or its process group.
        SEARCH_ENGINE_PORT="$PORT" setsid java $JAVA_OPTS -jar "$JAR" "$DIR/node" \
            >"$LOG" 2>&1 </dev/null &
        echo $! >"$PIDFILE"
    fi
    local deadline=$((SECONDS + TIMEOUT))
    until healthy; do
        if ! running_pid >/dev/null; then
            echo "search engine: node exited during startup; last lines of $LOG:" >&2
            tail -n 30 "$LOG" >&2 || true
            rm -f "$PIDFILE"
            return 1
        fi
        if ((SECONDS >= deadline)); then
            echo "search engine: not healthy after ${TIMEOUT}s; see $LOG" >&2
            return 1
        fi
        sleep 1
    done
    echo "$URL"
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$PIDFILE"
        echo "search engine: not running" >&2
        return 0
    fi
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; echo "search engine: stopped" >&2; return 0; }
        sleep 0.5
    done
    echo "search engine: pid $pid ignored SIGTERM for 30s; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$PIDFILE"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) running_pid >/dev/null && healthy && echo "$URL" ;;
    *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
