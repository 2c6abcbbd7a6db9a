#!/usr/bin/env bash
# tests/gui/add-to-mesh.sh at 1024x700 and 2560x1440, English and German, light and dark, each
# on a display of its own (shared/tools/gui-display). Screenshots under OUT (default
# /tmp/add-to-mesh), one folder per run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
display=${GUI_DISPLAY_TOOL:-/work/shared/tools/gui-display}
out=${1:-/tmp/add-to-mesh}
for size in 1024x700 2560x1440; do
    for run in "en light" "de dark" "en dark" "de light"; do
        eval "$("$display" start "$size")"
        # shellcheck disable=SC2086
        "$here/add-to-mesh.sh" $run "$out" || echo "failed: $size $run" >&2
        "$display" stop
    done
done
