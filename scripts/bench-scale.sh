#!/usr/bin/env bash
# The scale benchmark (issue 14, item 5): builds a corpus of full-FRUS size from the shared volumes
# with replicate.py, imports it under a 1 GB heap, adds one volume, then runs bench search, the
# SQLite FTS5 peer and bench serve, and prints one table of the figures.
#
#   scripts/bench-scale.sh DIR [COPIES]     (COPIES defaults to 52: 1,040 volumes, about 3.3 GB)
#
# With ENGINE=solr (issue 17, item 6) the same steps run against a SolrCloud collection of 2 shards
# x 2 replicas on a cluster of separate processes that scripts/solrcloud.sh starts in DIR/cluster
# (SOLR_HEAP per node, 1g unless set); half-way through bench serve one node is killed (SIGKILL),
# and at the end the collection's live documents are counted against what was imported.
#
# DIR receives corpus/ and archive/ and is deleted at the end unless KEEP=1. Needs ../shared.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
dir="${1:?usage: scripts/bench-scale.sh DIR [COPIES]}"
copies="${2:-52}"
# Each command gets the launcher's own options (a 1 GB heap; the client compiler for an import,
# the optimising compiler alone and the parallel collector for a server) unless CHANCERY_JAVA_OPTS
# is set.
queries="$shared/bench/queries.txt"
log="$dir/log"
mkdir -p "$dir" "$log"

# Elapsed seconds and peak RSS (MB) of one command, its output kept in $log/NAME.
timed() {
  local name="$1"; shift
  /usr/bin/time -v "$@" >"$log/$name.out" 2>"$log/$name.err"
  awk -F': ' '/Elapsed \(wall clock\)/{split($2,t,":"); s=(length(t)==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]}
              /Maximum resident set size/{rss=$2/1024}
              END{printf "%s\t%.1f s\t%.0f MB RSS", name, s, rss}' name="$name" "$log/$name.err"
}

python3 "$shared/bench/replicate.py" "$copies" "$dir/corpus" "$shared"/frus/*.xml >/dev/null
extra="$(ls "$dir"/corpus/*.xml | tail -1)"
mkdir -p "$dir/rest"
for f in "$dir"/corpus/*.xml; do [ "$f" = "$extra" ] || ln -s "$f" "$dir/rest/"; done
"$here/chancery" --help >/dev/null   # builds the jar outside the timings

source=(--archive "$dir/archive")
if [ "${ENGINE:-embedded}" = solr ]; then
  export SOLR_HEAP="${SOLR_HEAP:-1g}"
  cluster="$dir/cluster"
  trap '"$here/scripts/solrcloud.sh" stop "$cluster"' EXIT
  zk="$("$here/scripts/solrcloud.sh" start "$cluster" | tail -1)"
  "$here/chancery" solr configset "$cluster/configset" --upload "$zk" >/dev/null
  curl -sf "http://127.0.0.1:$(cat "$cluster/node1.port")/solr/admin/collections?action=CREATE&name=frus&collection.configName=chancery&numShards=2&replicationFactor=2" >/dev/null
  source=(--solr "$zk" --collection frus --links "$dir/links")
fi

# The collection's documents, counted by Solr itself on node 1 (every version a generation names).
live() {
  curl -sf "http://127.0.0.1:$(cat "$cluster/node1.port")/solr/frus/select?q=*:*&rows=0&wt=json" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["response"]["numFound"])'
}

rows=()
rows+=("$(timed import "$here/chancery" import "${source[@]}" "$dir/rest")")
rows+=("$(timed add-one "$here/chancery" import "${source[@]}" "$extra")")
rows+=("$(timed bench-search "$here/chancery" bench search "${source[@]}" --queries "$queries")")
rows+=("$(timed fts5-peer python3 "$shared/bench/fts5_peer.py" "$queries" "$dir"/corpus/*.xml)")
if [ "${ENGINE:-embedded}" = solr ]; then
  # Node 2 dies (SIGKILL) in the middle of bench serve's measured 20 s, which begin once it
  # prints how long its warm-up took.
  (until grep -q '^warm-up:' "$log/bench-serve.out" 2>/dev/null; do sleep 0.2; done
   sleep 10 && "$here/scripts/solrcloud.sh" stop-node "$cluster" 2) &
  rows+=("$(timed bench-serve "$here/chancery" bench serve "${source[@]}" --cache 0 --clients 32 --warmup 10 --seconds 20 --queries "$queries")")
  wait
  imported=$(grep -ho 'imported [0-9]* volumes\?, [0-9]* documents' "$log/import.out" "$log/add-one.out" |
    awk '{n+=$4} END{print n}')
  down=$(live)
  "$here/scripts/solrcloud.sh" start-node "$cluster" 2 >/dev/null
  sleep 10
  echo "documents imported $imported; live with node 2 killed $down; after it restarted $(live)" >"$log/count.out"
else
  rows+=("$(timed bench-serve "$here/chancery" bench serve "${source[@]}" --cache 0 --clients 32 --warmup 10 --seconds 15 --queries "$queries")")
fi

echo
printf 'scale: %s copies of the shared volumes, %s\n' "$copies" "$(du -sh "$dir/corpus" | cut -f1)"
printf '%-14s %-10s %s\n' step elapsed "peak RSS"
for r in "${rows[@]}"; do IFS=$'\t' read -r n s m <<<"$r"; printf '%-14s %-10s %s\n' "$n" "$s" "$m"; done
echo
for step in import add-one bench-search fts5-peer bench-serve count; do
  [ -f "$log/$step.out" ] || continue
  echo "== $step"; grep -v '^\s*$' "$log/$step.out" | tail -8
done
if [ "${ENGINE:-embedded}" = solr ]; then "$here/scripts/solrcloud.sh" stop "$cluster"; trap - EXIT; fi
[ "${KEEP:-0}" = 1 ] || rm -rf "$dir"
