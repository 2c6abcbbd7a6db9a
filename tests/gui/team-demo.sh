#!/usr/bin/env bash
# The two-desk workshop (meshdesk --demo-team) through the real GUI, with the keyboard as a
# user would: desk B (anna.schmidt) imports the breaking change its banner names, desk A (the
# workshop user, governance owner) finds it in its Inbox without a reload, opens the review
# (who signed the proposal, with which key) and approves it; desk B's review shows the decision.
# A screenshot of each step goes to OUT; open them and look.
#
#   eval "$(/work/shared/tools/gui-display start 1024x700)"      # Xvfb + openbox + xdotool
#   tests/gui/team-demo.sh en light /tmp/team-demo                # or: de dark ...
#   /work/shared/tools/gui-display stop
#
# MESHDESK=path overrides ./build/meshdesk.
#
# Known limit: under openbox, after keys were typed into desk B (the import), neither
# activation nor minimizing gives desk A the keyboard, so steps 03-07 stay on desk B; the
# decision on desk A and its arrival on desk B are covered offscreen by tst_teamdesk.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lang=${1:-en}
theme=${2:-light}
out=${3:-/tmp/team-demo}
bin=${MESHDESK:-$root/build/meshdesk}
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start one with gui-display (see above)" >&2; exit 2; }
size=$(xdpyinfo | awk '/dimensions:/ {print $2}')
shots="$out/$size-$lang-$theme"
rm -rf "$shots"
mkdir -p "$shots"

home=$(mktemp -d)
mkdir -p "$home/config/MeshDesk" "$home/tmp"
printf '[General]\ntheme=%s\nlanguage=%s\n' "$theme" "$lang" >"$home/config/MeshDesk/meshdesk.conf"
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" TMPDIR="$home/tmp"
unset QT_QPA_PLATFORM MESHDESK_NO_DIALOGS MESHDESK_KEY_DIR MESHDESK_KEY_FILE

shot() { sleep "${2:-1}"; import -window root "$shots/$1.png"; echo "$shots/$1.png"; }
keys() { xdotool key --clearmodifiers --delay 120 "$@"; }
# (openbox refuses a plain activation request after keys were typed into the other window:
# the other window is minimized first, then this one activated)
act() {
    local other=$wa
    [ "$1" = "$wa" ] && other=$wb
    xdotool windowminimize --sync "$other" 2>/dev/null || true
    xdotool windowactivate --sync "$1"
    sleep 0.7
}
shown() { xdotool windowmap "$wa" windowmap "$wb"; xdotool windowactivate --sync "$1"; }

"$bin" --demo-team --lang "$lang" >"$home/meshdesk.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$home"' EXIT
if [ "$lang" = de ]; then deskA="Arbeitsplatz A"; deskB="Arbeitsplatz B"; else deskA="desk A"; deskB="desk B"; fi
wa=$(xdotool search --sync --onlyvisible --pid $pid --name "$deskA" | head -1)
wb=$(xdotool search --sync --onlyvisible --pid $pid --name "$deskB" | head -1)
shot 01-two-desks 4

# desk B proposes: File > Import files (Ctrl+O), the file its banner names
change=$(ls "$home"/tmp/meshdesk-*/changes/orders-v2.odcs.yaml | head -1)
act "$wb"
keys ctrl+o
sleep 2
xdotool type --delay 15 "$change"
keys Return
shot 02-desk-b-imported 4
keys Escape
# desk A: the Inbox (Ctrl+I) counts it already; open it
act "$wa"
keys ctrl+i
shot 03-desk-a-inbox 1
keys Down Return
shot 04-desk-a-review 2
# desk B opens its proposal too (it may not decide it: the reason is shown)
act "$wb"
keys ctrl+i Down Return
shot 05-desk-b-review 2
# desk A approves (Ctrl+Shift+A); desk B's open review shows the decision
act "$wa"
keys ctrl+shift+a
sleep 1
shot 06-confirm 1
# the confirmation names the breaking changes and the products affected; Cancel is the default:
# move to Approve and press it
keys shift+Tab space
shot 07-desk-a-approved 3
shown "$wb"
shot 08-both-after-the-decision 2
grep -iE "error|fatal" "$home/meshdesk.log" || true
