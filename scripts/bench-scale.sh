#!/usr/bin/env bash
# The scale benchmark (issue 14, item 5): builds a corpus of full-FRUS size from the shared volumes
# with replicate.py, imports it under a 1 GB heap, adds one volume, then runs bench search, the
# SQLite FTS5 peer and bench serve, and prints one table of the figures.
#
#   scripts/bench-scale.sh DIR [COPIES]     (COPIES defaults to 52: 1,040 volumes, about 3.3 GB)
#
# DIR receives corpus/ and archive/ and is deleted at the end unless KEEP=1. Needs ../shared.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
dir="${1:?usage: scripts/bench-scale.sh DIR [COPIES]}"
copies="${2:-52}"
# Each command gets the launcher's own options (a 1 GB heap; the client compiler for an import,
# the optimising compiler alone for a server) unless CHANCERY_JAVA_OPTS is set.
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

rows=()
rows+=("$(timed import "$here/chancery" import --archive "$dir/archive" "$dir/rest")")
rows+=("$(timed add-one "$here/chancery" import --archive "$dir/archive" "$extra")")
rows+=("$(timed bench-search "$here/chancery" bench search --archive "$dir/archive" --queries "$queries")")
rows+=("$(timed fts5-peer python3 "$shared/bench/fts5_peer.py" "$queries" "$dir"/corpus/*.xml)")
rows+=("$(timed bench-serve "$here/chancery" bench serve --archive "$dir/archive" --cache 0 --clients 32 --warmup 10 --seconds 15 --queries "$queries")")

echo
printf 'scale: %s copies of the shared volumes, %s\n' "$copies" "$(du -sh "$dir/corpus" | cut -f1)"
printf '%-14s %-10s %s\n' step elapsed "peak RSS"
for r in "${rows[@]}"; do IFS=$'\t' read -r n s m <<<"$r"; printf '%-14s %-10s %s\n' "$n" "$s" "$m"; done
echo
for step in import add-one bench-search fts5-peer bench-serve; do
  echo "== $step"; grep -v '^\s*$' "$log/$step.out" | tail -8
done
[ "${KEEP:-0}" = 1 ] || rm -rf "$dir"
