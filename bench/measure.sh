#!/bin/sh
# Takes the numbers of docs/PERFORMANCE.md: starts a server with bench/bench-server.toml, measures
# its idle memory, runs each benchmark RUNS times (default 3) and prints one JSON line per run
# plus the server's VmRSS, into OUT (default bench/target/measure-<time>/). Loopback only.
#   bench/measure.sh [RUNS] [PORT]
# FANOUT=0 skips the fan-out and paced runs, BASELINE=0 the machine's own baseline (no server),
# STORMS=0 the warmed join storms, BIG=0 the 10,000-session run.
# Needs the distribution: ./sotto builds it (or 'mvn -DskipTests package').
set -eu

root=$(cd "$(dirname "$0")/.." && pwd -P)
runs=${1:-3}
port=${2:-17420}
sotto="$root/app/target/sotto/bin/sotto"
out=${OUT:-$root/bench/target/measure-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
target="tcp://127.0.0.1:$port"

# shellcheck source=../scripts/find-java.sh
. "$root/scripts/find-java.sh"

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    free -h | sed -n 2p | awk '{ print "memory: " $2 " total, " $7 " available" }'
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    # The Java the distribution's launcher picks, which need not be the one on PATH.
    if sotto_find_java; then "$SOTTO_JAVA_HOME/bin/java" -version 2>&1 | head -1; fi
} > "$out/machine.txt"
cat "$out/machine.txt"

"$sotto" --config "$root/bench/bench-server.toml" server --port "$port" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT INT TERM
sleep 5
# The launcher execs java, so $server is the JVM.
echo "idle server VmRSS (KiB): $(rss_kib $server)" | tee "$out/idle-rss.txt"

run() { # name, then the sotto bench arguments
    name=$1
    shift
    i=1
    while [ "$i" -le "$runs" ]; do
        "$sotto" bench "$@" --json --quiet >> "$out/$name.jsonl" || true
        echo "$name run $i: $(tail -1 "$out/$name.jsonl")"
        echo "$name run $i: server VmRSS after (KiB): $(rss_kib $server)" >> "$out/server-rss.txt"
        i=$((i + 1))
        sleep 2
    done
}

fresh_server() { # port, log: starts a server of its own for one run, as $fresh
    "$sotto" --config "$root/bench/bench-server.toml" server --port "$1" > "$2" 2>&1 &
    fresh=$!
    sleep 5
}

stop_fresh_server() {
    kill $fresh 2>/dev/null || true
    wait $fresh 2>/dev/null || true
}

connections() { # clients: each run on a fresh server (a heap grown by an earlier run would hide
    # the cost per connection); samples the server's RSS idle and while the sessions are held
    k=$1
    i=1
    cport=$((port + 1))
    while [ "$i" -le "$runs" ]; do
        fresh_server "$cport" "$out/server-conn-$k-$i.log"
        before=$(rss_kib $fresh)
        # No warm-up: the RSS per session is of a server that has seen only the measured sessions.
        "$sotto" bench connections "tcp://127.0.0.1:$cport" --clients "$k" --hold 15 --timeout 900 --json \
            --warmup-sessions 0 \
            > "$out/conn-$k-$i.json" 2> "$out/conn-$k-$i.err" &
        bench=$!
        while ! grep -q "sessions joined in" "$out/conn-$k-$i.err" 2>/dev/null; do
            kill -0 $bench 2>/dev/null || break
            sleep 1
        done
        sleep 5
        held=$(rss_kib $fresh)
        wait $bench || true
        stop_fresh_server
        echo "connections $k run $i: $(cat "$out/conn-$k-$i.json")"
        echo "connections $k run $i: fresh server VmRSS idle ${before} KiB, while held ${held} KiB," \
            "$(( (held - before) / k )) KiB per session" | tee -a "$out/server-rss.txt"
        i=$((i + 1))
        sleep 3
    done
}

storms() { # name, then suite arguments: 2,000 joins on a fresh server per run, after the default
    # warm-up (ten rounds of 2,000 sessions), so both processes run compiled code
    name=$1
    shift
    i=1
    sport=$((port + 2))
    while [ "$i" -le "$runs" ]; do
        fresh_server "$sport" "$out/server-$name-$i.log"
        "$sotto" bench connections "tcp://127.0.0.1:$sport" --clients 2000 --hold 3 --json --quiet "$@" \
            >> "$out/$name.jsonl" || true
        stop_fresh_server
        echo "$name run $i: $(tail -1 "$out/$name.jsonl")"
        i=$((i + 1))
        sleep 3
    done
}

if [ "${FANOUT:-1}" = 1 ]; then
run fanout-500 fanout "$target" --clients 500 --messages 20000 --size 100
run paced-500 fanout "$target" --clients 500 --messages 6000 --size 100 --rate 200
fi
if [ "${BASELINE:-1}" = 1 ]; then
    # The same traffic without Sotto: what the machine itself gives (docs/PERFORMANCE.md).
    run baseline-paced-plain baseline --rate 200
    run baseline-paced-sealed baseline --rate 200 --sealed
    run baseline-batch24-plain baseline --batch 24
    run baseline-batch24-sealed baseline --batch 24 --sealed
fi
if [ "${STORMS:-1}" = 1 ]; then
    storms storm-hybrid
    storms storm-classic --suite Noise_NX_25519_AESGCM_SHA256
fi
connections 2000
if [ "${BIG:-1}" = 1 ]; then
    connections 10000
fi
echo "results in $out"
