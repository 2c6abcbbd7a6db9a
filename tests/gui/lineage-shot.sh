#!/bin/sh
# Opens the demo catalog's lineage view (Ctrl+L) on the current DISPLAY and screenshots it, in a
# language and theme of your choice (a throwaway settings folder; yours is not touched). At
# 1024 px in German the toolbar takes two rows (fields above, controls below); look at both.
# Usage: tests/gui/lineage-shot.sh OUT.png [en|de] [light|dark]
#   (start a display first: eval "$(/work/shared/tools/gui-display start 1024x700)")
set -e
out=${1:-/tmp/lineage.png}
lang=${2:-en}
theme=${3:-light}
home=$(mktemp -d)
mkdir -p "$home/config/MeshDesk"
printf '[General]\ntheme=%s\nlanguage=%s\n' "$theme" "$lang" >"$home/config/MeshDesk/meshdesk.conf"
XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" ./build/meshdesk --demo --lang "$lang" &
pid=$!
sleep 6
xdotool search --sync --onlyvisible --pid $pid | head -1 | xargs -I{} xdotool windowactivate --sync {} || true
xdotool key ctrl+l
sleep 4
import -window root "$out"
kill $pid
rm -rf "$home"
