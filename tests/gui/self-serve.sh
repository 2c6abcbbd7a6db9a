#!/usr/bin/env bash
# The self-serve flows through the real GUI, with the keyboard as a user would: the demo, the
# Orders contract opened from the search, Mesh > Propose an edit (description, comment), the
# review it opens; Mesh > Create data product (inputs, fields, product form with a service
# level, the lineage preview), Finish (the topic created on the demo broker's Admin API, the
# product proposed), and File > Export. A screenshot of each step goes to OUT; open them.
#
#   eval "$(/work/shared/tools/gui-display start 1024x700)"      # Xvfb + openbox + xdotool
#   tests/gui/self-serve.sh en light /tmp/self-serve              # or: de dark ...
#   /work/shared/tools/gui-display stop
#
# MESHDESK=path overrides ./build/meshdesk.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lang=${1:-en}
theme=${2:-light}
out=${3:-/tmp/self-serve}
bin=${MESHDESK:-$root/build/meshdesk}
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start one with gui-display (see above)" >&2; exit 2; }
size=$(xdpyinfo | awk '/dimensions:/ {print $2}')
shots="$out/$size-$lang-$theme"
rm -rf "$shots"
mkdir -p "$shots"

home=$(mktemp -d)
mkdir -p "$home/config/MeshDesk" "$home/docs"
printf '[General]\ntheme=%s\nlanguage=%s\n' "$theme" "$lang" >"$home/config/MeshDesk/meshdesk.conf"
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
unset QT_QPA_PLATFORM MESHDESK_NO_DIALOGS

# the wizard's buttons in each language (Qt's German: "&Weiter >"; ours: "Anlegen und &vorschlagen")
if [ "$lang" = de ]; then next=alt+w finish=alt+v; else next=alt+n finish=alt+p; fi
shot() { sleep "${2:-1}"; import -window root "$shots/$1.png"; echo "$shots/$1.png"; }
keys() { xdotool key --clearmodifiers --delay 120 "$@"; }
typed() { xdotool type --delay 20 "$1"; }

"$bin" --demo --lang "$lang" >"$home/meshdesk.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$home"' EXIT
wid=$(xdotool search --sync --onlyvisible --pid $pid --name MeshDesk | head -1)
xdotool windowmove "$wid" 0 0 windowsize "$wid" 100% 100% windowactivate --sync "$wid"
shot 01-main 3

# the Orders contract, from the search
keys ctrl+k
typed "orders-v1"
sleep 1
keys Down Return
shot 02-contract 2

# Mesh > Propose an edit: a new description and why
keys ctrl+shift+e
shot 03-edit-dialog 2
keys ctrl+a
typed "Every order as placed in the webshop, one event per order (curated)."
keys Tab Tab Tab Tab Tab
shot 04-edit-typed 2
# the comment box is the last field: reach it with the mnemonic of "Why"
if [ "$lang" = de ]; then keys alt+w; else keys alt+w; fi
typed "clearer for new readers"
shot 05-edit-why 2
keys Return
shot 06-review 3

# Mesh > Create data product
keys ctrl+n
shot 07-create-inputs 2
typed "orders"
keys Tab Down space
shot 08-create-input-ticked 1
keys "$next"
shot 09-create-fields 2
# the first field is current: tick it and the next but one
keys space Down Down space
shot 10-create-fields-ticked 1
keys "$next"
shot 11-create-product 2
# the name suggests id, port and topic; domain and owner
typed "Big Orders"
keys Tab Tab
typed "customer"
keys Tab
typed "Customer Team"
keys Tab
typed "Orders of 100 EUR and more, with the customer who placed them."
shot 12-create-product-filled 1
# the service level: silver (three partitions, two replicas) is more than one demo broker can
# hold, so bronze it stays; on to the preview
keys "$next"
shot 13-create-preview 4
# Finish: the topic is created on the demo broker, the product and contract proposed
keys "$finish"
shot 14-created 4
# File > Export of the new product's page
keys ctrl+e
shot 15-export-dialog 2
keys Escape
shot 16-end 1
