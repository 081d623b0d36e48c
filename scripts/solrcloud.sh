#!/usr/bin/env bash
# A SolrCloud cluster on this machine, each server its own process (issue 17, item 1): one
# ZooKeeper (ZooKeeperServerMain from its Maven artifact) and two Solr nodes (Solr's Jetty runner
# from the Solr Maven artifacts, org.chancery.solr.LocalSolrNode in chancery-solr's tests).
#
#   scripts/solrcloud.sh start DIR        start it in DIR (its data and ports kept there, free
#                                         ports picked the first time); returns once every node
#                                         serves, and prints the ZooKeeper address (host:port/solr) last
#   scripts/solrcloud.sh stop DIR         stop every process started in DIR
#   scripts/solrcloud.sh stop-node DIR N  stop Solr node N (1 or 2) at once, as a crash does (SIGKILL)
#   scripts/solrcloud.sh start-node DIR N start Solr node N again, with its data
#
# The classpath comes from Maven (chancery-solr's test classpath, built once into DIR/classpath)
# unless CHANCERY_SOLR_CLASSPATH gives it. NODES (2), SOLR_HEAP (512m), ZK_HEAP (384m) and
# MVN_FLAGS (e.g. -o) may be set.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmd="${1:?usage: scripts/solrcloud.sh start|stop|stop-node|start-node DIR [N]}"
dir="${2:?usage: scripts/solrcloud.sh $cmd DIR}"
nodes="${NODES:-2}"

classpath() {
  if [ -n "${CHANCERY_SOLR_CLASSPATH:-}" ]; then
    echo "$CHANCERY_SOLR_CLASSPATH"
    return
  fi
  if [ ! -s "$dir/classpath" ]; then
    # shellcheck disable=SC2086
    (cd "$here" && ./mvnw -B -q ${MVN_FLAGS:-} -pl chancery-solr -am test-compile \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$dir/deps") >&2
    echo "$here/chancery-solr/target/test-classes:$here/chancery-solr/target/classes:$(cat "$dir/deps")" \
      >"$dir/classpath"
  fi
  cat "$dir/classpath"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits until FILE has a line matching PATTERN, or the process PID dies, or 180 s pass.
await_line() {
  local file="$1" pattern="$2" pid="$3"
  for _ in $(seq 1 360); do
    grep -q "$pattern" "$file" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "solrcloud: no '$pattern' in $file; its end:" >&2
  tail -20 "$file" >&2
  return 1
}

await_port() {
  for _ in $(seq 1 120); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.5
  done
  echo "solrcloud: nothing listens on port $1" >&2
  return 1
}

launch_node() {
  local n="$1" cp
  cp="$(classpath)"
  [ -s "$dir/node$n.port" ] || free_port >"$dir/node$n.port"
  : >"$dir/node$n.log"
  nohup java "-Xmx${SOLR_HEAP:-512m}" -cp "$cp" org.chancery.solr.LocalSolrNode \
    "$(cat "$dir/zkhost")" "$(cat "$dir/node$n.port")" "$dir/node$n" >>"$dir/node$n.log" 2>&1 &
  echo $! >"$dir/node$n.pid"
}

await_node() {
  await_line "$dir/node$1.log" '^serving ' "$(cat "$dir/node$1.pid")"
}

stop_pid() {
  local file="$1" signal="${2:-TERM}" pid
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

start() {
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  if [ -f "$dir/zk.pid" ] && kill -0 "$(cat "$dir/zk.pid")" 2>/dev/null; then
    echo "solrcloud: a cluster already runs in $dir; stop it first" >&2
    exit 1
  fi
  local cp zkport
  cp="$(classpath)"
  # The ports of a previous start are kept, so a cluster restarts with its data where it was.
  [ -s "$dir/zk.port" ] || free_port >"$dir/zk.port"
  zkport="$(cat "$dir/zk.port")"
  mkdir -p "$dir/zk"
  nohup java "-Xmx${ZK_HEAP:-384m}" -Dzookeeper.admin.enableServer=false -cp "$cp" \
    org.apache.zookeeper.server.ZooKeeperServerMain "$zkport" "$dir/zk" >"$dir/zk.log" 2>&1 &
  echo $! >"$dir/zk.pid"
  echo "127.0.0.1:$zkport/solr" >"$dir/zkhost"
  await_port "$zkport"
  for n in $(seq 1 "$nodes"); do launch_node "$n"; done
  for n in $(seq 1 "$nodes"); do await_node "$n" || { stop; exit 1; }; done
  cat "$dir/zkhost"
}

stop() {
  for n in $(seq 1 "$nodes"); do stop_pid "$dir/node$n.pid"; done
  stop_pid "$dir/zk.pid"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  stop-node) stop_pid "$dir/node${3:?node number}.pid" KILL ;;
  start-node) dir="$(cd "$dir" && pwd)"; launch_node "${3:?node number}"; await_node "$3" ;;
  *) echo "solrcloud: unknown command '$cmd' (start, stop, stop-node, start-node)" >&2; exit 2 ;;
esac
