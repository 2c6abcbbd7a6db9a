#!/usr/bin/env bash
# MeshDesk: install what is missing (Debian bookworm packages), configure, build, and then
#   ./build.sh demo    launch the GUI on the demo catalog
#   ./build.sh test    run the whole test suite (CTest)
#   ./build.sh bench   run the benchmarks (tests/bench)
#   ./build.sh         just build
set -euo pipefail
cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}

PACKAGES=(cmake make g++ pkg-config kcat libavro-dev qtkeychain-qt6-dev qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev librdkafka-dev
          libsqlite3-dev libsimdjson-dev libsodium-dev openssh-client libspdlog-dev libfmt-dev libfyaml-dev python3-yaml python3-jsonschema fonts-dejavu-core graphviz
          qt6-translations-l10n)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing missing packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# CMake's file API: the list of CMake files configuring reads, for the package check (tst_packages)
mkdir -p "$BUILD_DIR/.cmake/api/v1/query" && touch "$BUILD_DIR/.cmake/api/v1/query/cmakeFiles-v1"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j2

case "${1:-}" in
    demo) exec "$BUILD_DIR/meshdesk" --demo ;;
    test)
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        cd "$BUILD_DIR" && exec ctest --output-on-failure -j2 ;;
    bench)
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        "$BUILD_DIR/tests/bench/bench_catalog"
        echo
        "$BUILD_DIR/tests/bench/bench_governance"
        echo
        "$BUILD_DIR/tests/bench/bench_gui"
        echo
        "$BUILD_DIR/tests/bench/bench_lineage"
        echo
        "$BUILD_DIR/tests/bench/bench_team"
        echo
        exec "$BUILD_DIR/tests/bench/bench_kafka" ;;
    "") ;;
    *) echo "usage: $0 [demo|test|bench]" >&2; exit 2 ;;
esac
