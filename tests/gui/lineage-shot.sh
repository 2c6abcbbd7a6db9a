#!/bin/sh
# Opens the demo catalog's lineage view (Ctrl+L) on the current DISPLAY and screenshots it.
# Usage: tests/gui/lineage-shot.sh OUT.png  (start a display first: /work/shared/tools/gui-display)
set -e
out=${1:-/tmp/lineage.png}
./build/meshdesk --demo & pid=$!
sleep 6
xdotool search --sync --onlyvisible --pid $pid | head -1 | xargs -I{} xdotool windowactivate --sync {} || true
xdotool key ctrl+l
sleep 4
import -window root "$out"
kill $pid
