#!/usr/bin/env bash
# Walks the real GUI the way a person meets it, and screenshots every view: an X server
# (Xvfb) with a window manager (openbox), driven by the keyboard through xdotool, at each size,
# in English and German, light and dark. Then LOOK at the pictures.
#
#   tests/gui/walk.sh [-b BUILD_DIR] [-o OUT_DIR] [-s "1024x700 2560x1440"] [-l "en de"] [-t "light dark"]
#
# Pictures: OUT_DIR/<size>-<lang>-<theme>-<NN>-<view>.png (default OUT_DIR /tmp/meshdesk-walk).
# Needs (Debian): xvfb openbox xdotool imagemagick. Every run uses a fresh demo catalog
# (--demo, its own temporary database and demo Kafka broker) and a settings folder of its own,
# so the user's catalog and settings are never touched.
set -u
cd "$(dirname "$0")/../.."
BUILD=build OUT=/tmp/meshdesk-walk
SIZES="1024x700 1400x900 1600x1000 2560x1440" LANGS="en de" THEMES="light dark"
while getopts b:o:s:l:t: opt; do
    case $opt in
        b) BUILD=$OPTARG ;; o) OUT=$OPTARG ;; s) SIZES=$OPTARG ;; l) LANGS=$OPTARG ;;
        t) THEMES=$OPTARG ;; *) echo "usage: $0 [-b BUILD] [-o OUT] [-s SIZES] [-l LANGS] [-t THEMES]" >&2; exit 2 ;;
    esac
done
BIN=$PWD/$BUILD/meshdesk
[ -x "$BIN" ] || { echo "no $BIN: build first" >&2; exit 2; }
for tool in Xvfb openbox xdotool import; do
    command -v $tool >/dev/null || { echo "missing $tool: apt-get install xvfb openbox xdotool imagemagick" >&2; exit 2; }
done
mkdir -p "$OUT"

XPID= WMPID= APP=
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
    [ -n "$WMPID" ] && kill "$WMPID" 2>/dev/null
    [ -n "$XPID" ] && kill "$XPID" 2>/dev/null
    APP= WMPID= XPID=
}
trap cleanup EXIT

start_display() { # $1 = WxH
    for n in $(seq 90 130); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
    Xvfb ":$n" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 & XPID=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    export DISPLAY=":$n"
    openbox >/dev/null 2>&1 & WMPID=$!
    sleep 0.7
}

shot() { # $1 = name
    sleep "${PAUSE:-0.8}"
    import -window root "$OUT/$TAG-$(printf %02d "$STEP")-$1.png"
    STEP=$((STEP + 1))
}
keys() { xdotool key --delay 80 "$@"; }
type_text() { xdotool type --delay 40 "$1"; }

# launch MeshDesk on the demo and fill the screen with it; $@: more options
launch() {
    "$BIN" --demo --lang "$LANG_" "$@" >"$OUT/$TAG.log" 2>&1 & APP=$!
    local win=
    for _ in $(seq 100); do
        win=$(xdotool search --onlyvisible --class meshdesk 2>/dev/null | head -1)
        [ -n "$win" ] && break
        sleep 0.2
    done
    [ -n "$win" ] || { echo "$TAG: no window" >&2; return 1; }
    xdotool windowmove "$win" 0 0 windowsize "$win" "${SIZE%x*}" "${SIZE#*x}" windowactivate --sync "$win"
    sleep 1.5
}
quit_app() {
    keys ctrl+q
    for _ in $(seq 50); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
    kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null
    APP=
}

for SIZE in $SIZES; do
    start_display "$SIZE"
    for LANG_ in $LANGS; do
        for THEME in $THEMES; do
            TAG="$SIZE-$LANG_-$THEME" STEP=1
            CONF=$(mktemp -d)
            mkdir -p "$CONF/MeshDesk"
            printf '[General]\ntheme=%s\nlanguage=%s\n' "$THEME" "$LANG_" >"$CONF/MeshDesk/meshdesk.conf"
            export XDG_CONFIG_HOME=$CONF
            # menu mnemonics of the two languages
            GOV=alt+o HELP=alt+h KAFKA=k AUDIT=a ABOUT=a SHORTCUTS=k
            [ "$LANG_" = de ] && ABOUT=m SHORTCUTS=t

            # 1. the catalog: start page, search, a product, the review, lineage, dashboards
            launch || { cleanup; continue; }
            shot start
            keys ctrl+k; type_text "custmer"; PAUSE=1.2 shot search-no-results
            keys ctrl+k; type_text "customer"; shot search
            keys ctrl+k; type_text "Orders"; keys Return; shot product
            keys ctrl+i Down; PAUSE=1.5 shot review
            keys ctrl+shift+a; shot review-confirm-breaking
            keys Escape
            keys ctrl+l; PAUSE=2.5 shot lineage
            keys ctrl+shift+d; PAUSE=3 shot dashboard-catalog
            keys ctrl+Tab; PAUSE=1.5 shot dashboard-governance
            keys ctrl+Tab; PAUSE=6 shot dashboard-live-data
            keys ctrl+comma; shot settings
            keys Escape
            keys "$GOV" "$KAFKA"; shot kafka-connections
            keys Escape
            keys "$GOV" "$AUDIT"; shot audit-log
            keys Escape
            keys "$HELP" "$ABOUT"; shot about
            keys Escape
            keys "$HELP" "$SHORTCUTS"; shot shortcuts
            keys Escape
            keys F1; shot documentation
            keys Escape
            keys alt+Home; shot start-after
            quit_app

            # 2. a contract: its page (a change waits), schema, source with find, live messages
            launch --open contract:orders-v1 || { cleanup; continue; }
            shot contract
            keys alt+2; shot schema
            keys alt+3; keys ctrl+f; type_text "order_"; shot source-find
            keys Escape
            keys alt+4; PAUSE=5 shot live-messages
            quit_app
            rm -rf "$CONF"
        done
    done
    cleanup
done
echo "pictures in $OUT: $(ls "$OUT"/*.png 2>/dev/null | wc -l)"
