#!/usr/bin/env bash
# Issue 16, item 5: the GUI browses a catalog the user may only read and says so.
# Builds the demo catalog, makes it and its folder read-only, opens it as user nobody (root
# bypasses file permissions) and saves screenshots: English and German, light and dark.
#   tests/gui/readonly-catalog.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=${2:-/tmp/meshdesk-readonly}
mkdir -p "$out"
dir=$(mktemp -d)
trap 'chmod -R u+w "$dir"; rm -rf "$dir"' EXIT
# every import is a signed act: a key for alice in a key folder of this run's own
export MESHDESK_KEY_DIR="$dir/keys" MESHDESK_KEY_PASSPHRASE=readonly-catalog-test
"$build/meshdesk" identity create --as alice --storage file >/dev/null
"$build/meshdesk" import --db "$dir/shared.sqlite" --as alice resources/demo/*.yaml >/dev/null
chmod 0444 "$dir/shared.sqlite"
chmod 0555 "$dir"
chmod 0777 "$out" # the reader writes the screenshots
as_reader=()
[ "$(id -u)" -eq 0 ] && as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export HOME=$(mktemp -d) && chmod 0777 "$HOME"
for lang in en de; do
    "${as_reader[@]}" "$build/meshdesk" --db "$dir/shared.sqlite" --lang $lang \
        --open contract:orders-v1 --screenshot "$out/readonly-$lang.png" --quit-after 2500
done
echo "screenshots in $out"
