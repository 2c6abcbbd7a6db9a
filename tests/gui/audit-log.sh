#!/bin/sh
# Opens the demo catalog's audit log (Governance > Audit log…) on the current DISPLAY, in the
# language and theme given, and screenshots the window and the dialog (its verification line
# checks the log and the desk's trust-root pin in the background).
# Usage: tests/gui/audit-log.sh OUT.png [LANG] [light|dark]
#        (start a display first: eval "$(/work/shared/tools/gui-display start 1024x700)")
set -e
out=${1:-/tmp/audit-log.png}
lang=${2:-en}
theme=${3:-light}
conf=$(mktemp -d)
mkdir -p "$conf/MeshDesk"
printf '[General]\ntheme=%s\nlanguage=%s\n' "$theme" "$lang" >"$conf/MeshDesk/meshdesk.conf"
XDG_CONFIG_HOME=$conf ./build/meshdesk --demo & pid=$!
sleep 7
win=$(xdotool search --sync --onlyvisible --pid $pid | head -1)
xdotool windowactivate --sync "$win" || true
xdotool key alt+o
sleep 1
xdotool key a
sleep 4
import -window root "$out"
kill $pid
rm -rf "$conf"
