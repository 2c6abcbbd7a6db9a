#!/usr/bin/env bash
# "Add to Mesh" through the real GUI, with the keyboard as a user would: the demo (its broker
# feeds three topics no product publishes), Governance > Kafka connections > Data mesh, Add to
# Mesh on the selected topic (checkout.carts.v1), the e-mail field marked personal data, the
# product form filled, the documents previewed, Publish into a folder, the import's result and
# the new product's page. A screenshot of each step goes to OUT; open them and look.
#
#   eval "$(/work/shared/tools/gui-display start 1024x700)"      # Xvfb + openbox + xdotool
#   tests/gui/add-to-mesh.sh en light /tmp/add-to-mesh            # or: de dark ...
#   /work/shared/tools/gui-display stop
#
# tests/gui/add-to-mesh-all.sh runs it at 1024x700 and 2560x1440, English and German, light and
# dark. MESHDESK=path overrides ./build/meshdesk.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lang=${1:-en}
theme=${2:-light}
out=${3:-/tmp/add-to-mesh}
bin=${MESHDESK:-$root/build/meshdesk}
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start one with gui-display (see above)" >&2; exit 2; }
size=$(xdpyinfo | awk '/dimensions:/ {print $2}')
shots="$out/$size-$lang-$theme"
rm -rf "$shots"
mkdir -p "$shots"

# a profile of its own: the theme and language chosen here, nothing of the user's touched
home=$(mktemp -d)
mkdir -p "$home/config/MeshDesk"
printf '[General]\ntheme=%s\nlanguage=%s\n' "$theme" "$lang" >"$home/config/MeshDesk/meshdesk.conf"
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
unset QT_QPA_PLATFORM MESHDESK_NO_DIALOGS

# the mnemonics of each language (see the German translation; in English Go and Governance
# share the G: the menu bar opens on Go, Right moves on to Governance)
if [ "$lang" = de ]; then
    gov=alt+o add=alt+h pii=alt+b class=alt+k desc=alt+b team=alt+t tier=alt+q avail=alt+k
    latency=alt+l folder=alt+o publish=alt+v
else
    gov="alt+g Right" add=alt+a pii=alt+a class=alt+l desc=alt+e team=alt+t tier=alt+q avail=alt+v
    latency=alt+l folder=alt+f publish=alt+b
fi
shot() { sleep "${2:-1}"; import -window root "$shots/$1.png"; echo "$shots/$1.png"; }
keys() { xdotool key --clearmodifiers --delay 120 "$@"; }
typed() { xdotool type --delay 20 "$1"; }

"$bin" --demo --lang "$lang" >"$home/meshdesk.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$home"' EXIT
wid=$(xdotool search --sync --onlyvisible --pid $pid --name MeshDesk | head -1)
xdotool windowmove "$wid" 0 0 windowsize "$wid" 100% 100% windowactivate --sync "$wid"
shot 01-main 3

# Governance > Kafka connections: the demo broker is tested at once; the Data mesh tab
# shellcheck disable=SC2086
keys $gov k
shot 02-connections 3
keys alt+d
shot 03-data-mesh 1

# Add to Mesh on the selected topic: it is sampled and its contract inferred
keys "$add"
shot 04-draft 4
# the schema tree has the focus: find the e-mail field, mark it personal and restricted
typed customer_e
keys "$pii" "$class"
typed restricted
keys Tab
shot 05-field 1

# the product: description, team, quality tier, service levels
keys alt+p
keys "$desc"
typed "Every shopping cart as it changes, from the webshop."
keys "$team"
typed "Checkout Team"
keys "$tier" Down Down
keys "$avail" ctrl+a
typed 99.5
keys "$latency" ctrl+a
typed 5
keys Tab
shot 06-product 1

# the documents as they will be written
keys alt+d
shot 07-documents 1

# publish into a folder: the import's result
keys "$folder" ctrl+a
typed "$shots/repo"
keys "$publish"
shot 08-imported 4
keys Return
sleep 1
# the new product in the catalog
keys ctrl+k
typed Carts
sleep 1
keys Return
shot 09-product-page 2
ls "$shots/repo"
keys ctrl+q
wait $pid || true
