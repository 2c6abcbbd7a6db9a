#!/usr/bin/env bash
# The Schema tab in the real GUI (Xvfb + openbox, driven by xdotool), the way a user meets it:
# at 1024x700 and 2560x1440, in English and German, light and dark. For each combination it
# imports real fixtures into a fresh catalog, opens fields by searching for them (a field hit
# opens the contract on its Schema tab with the field selected, so the details pane shows it)
# and grabs the screen. Look at the PNGs afterwards.
#
#   tests/gui/schema.sh [BUILD_DIR] [OUT_DIR]      (defaults: build, /tmp/meshdesk-gui-schema)
#
# Needs /work/shared/tools/gui-display (or GUI_DISPLAY_TOOL) for the X display.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
out=${2:-/tmp/meshdesk-gui-schema}
display_tool=${GUI_DISPLAY_TOOL:-/work/shared/tools/gui-display}
bin=$build/meshdesk
fixtures=$here/tests/data/fixtures
mkdir -p "$out"
# acting (the import) needs alice's key (signed identities): a throwaway one unless the caller
# gives a key folder that holds it
if [ -z "${MESHDESK_KEY_DIR:-}" ]; then
  export MESHDESK_KEY_DIR=$(mktemp -d) MESHDESK_KEY_PASSPHRASE=${MESHDESK_KEY_PASSPHRASE:-gui-schema}
  "$bin" identity create --as alice --storage file >/dev/null
fi

# field to search -> what the shot shows
shots=(
  "lifecycle:enum-labels"           # ODCS 3.2 enum entries with labels (status), details pane
  "daily_counts:map-key-value"      # ODCS 3.2 map: key and value rows
  "shipping_address_street:references"  # ODCS 3.1 relationships
  "customer_email_address:dcs-lineage"  # DCS lineage, config, references
)

for size in 1024x700 2560x1440; do
  eval "$("$display_tool" start "$size")"
  trap '"$display_tool" stop >/dev/null 2>&1 || true' EXIT
  for lang in en de; do
    for theme in light dark; do
      tag="$size-$lang-$theme"
      home=$(mktemp -d)
      db=$home/catalog.sqlite
      mkdir -p "$home/config/MeshDesk"
      # the theme and a window filling the screen, as a user's saved settings would
      printf '[General]\ntheme=%s\n' "$theme" > "$home/config/MeshDesk/meshdesk.conf"
      XDG_CONFIG_HOME=$home/config "$bin" import --db "$db" --as alice \
        "$fixtures/contracts/odcs/v3.2" "$fixtures/contracts/odcs/relationships.odcs.yaml" \
        "$fixtures/contracts/datacontract/orders-latest-1.2.1.datacontract.yaml" \
        "$fixtures/schemas/avro/interop.avsc" >/dev/null
      XDG_CONFIG_HOME=$home/config "$bin" --db "$db" --as alice --lang "$lang" &
      app=$!
      win=$(xdotool search --sync --onlyvisible --pid "$app" --class meshdesk | head -1)
      xdotool windowsize "$win" "${size%x*}" "${size#*x}" windowmove "$win" 0 0
      sleep 1.5
      for s in "${shots[@]}"; do
        field=${s%%:*}
        name=${s#*:}
        xdotool windowactivate --sync "$win" key --clearmodifiers ctrl+k
        sleep 0.3
        xdotool key --clearmodifiers ctrl+a BackSpace
        xdotool type --delay 20 "$field"
        sleep 0.8
        xdotool key Return
        sleep 1.2
        import -window root "$out/schema-$tag-$name.png"
      done
      # the column chooser (the Columns button sits at the schema pane's top right)
      xdotool mousemove --window "$win" $(( ${size%x*} - 35 )) 59 click 1
      sleep 0.8
      import -window root "$out/schema-$tag-columns-menu.png"
      xdotool key Escape
      kill "$app" 2>/dev/null || true
      wait "$app" 2>/dev/null || true
      rm -rf "$home"
    done
  done
  "$display_tool" stop >/dev/null 2>&1 || true
  trap - EXIT
done
echo "screenshots in $out"
