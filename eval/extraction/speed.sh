#!/usr/bin/env bash
# Side-by-side extraction speed (issue 3): Readability.js and readability-lxml through
# ../shared/tools/peers/extract.sh, then Dossier's extractor, on the same pages in one run.
# Every tool reads and decodes the pages before its clock starts and times one pass of
# parse + extract + text on one thread. Dossier runs the same way ($RUNS fresh processes, one pass
# each, median) and then once more with warm-up passes to show its steady state.
# usage: eval/extraction/speed.sh [HTML_DIR]   (default ../shared/data/extraction-dev/html)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${1:-$ROOT/../shared/data/extraction-dev/html}"
RUNS="${RUNS:-3}"
PEERS="$ROOT/../shared/tools/peers/extract.sh"

echo "# $(date -u +%FT%TZ) $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -x "$PEERS" ] || [ -f "$PEERS" ]; then
  RUNS="$RUNS" bash "$PEERS" "$DIR" | grep '^SPEED'
else
  echo "peers not found at $PEERS: only Dossier is measured" >&2
fi

dotnet build -c Release "$ROOT/eval/extraction" -v q -nologo >/dev/null
DLL="$ROOT/eval/extraction/bin/Release/net10.0/Dossier.Ingest.Evaluation.dll"
for i in $(seq 1 "$RUNS"); do
  dotnet "$DLL" speed "$DIR" --passes 1 --no-warmup | grep '^SPEED'
done | sort -t= -k4 -n | awk -v runs="$RUNS" '{ lines[NR] = $0 } END { print "median of " runs " cold runs: " lines[int((NR + 1) / 2)] }'
dotnet "$DLL" speed "$DIR" --passes 5 | grep '^SPEED' | sed 's/^/steady state (after warm-up, median of 5 passes): /'
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
