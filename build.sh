#!/usr/bin/env bash
# MeshDesk: install what is missing (Debian bookworm packages), configure, build, and then
#   ./build.sh demo    launch the GUI on the demo catalog
#   ./build.sh test    run the whole test suite (CTest)
#   ./build.sh bench   run the benchmarks (tests/bench)
#   ./build.sh fuzz [SECONDS]  fuzz every parser for SECONDS each (clang, libFuzzer; build-fuzz/)
#   ./build.sh         just build
set -euo pipefail
cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}

PACKAGES=(cmake make g++ pkg-config kcat libavro-dev qtkeychain-qt6-dev qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev librdkafka-dev
          libsqlite3-dev libsimdjson-dev libsodium-dev openssh-client libspdlog-dev libfmt-dev libfyaml-dev python3-yaml python3-jsonschema fonts-dejavu-core graphviz
          qt6-translations-l10n
          clang libclang-rt-14-dev)  # clang + libFuzzer: the fuzz targets (tests/fuzz)
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

# The fuzz targets built with clang, libFuzzer, ASan and UBSan in a folder of their own, each
# run for $1 seconds over its seed corpus (tests/fuzz/CMakeLists.txt).
fuzz() {
    local seconds=${1:-${FUZZ_SECONDS:-20}}
    if ! command -v clang++ >/dev/null ||
        ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' |
            clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
        echo "fuzzing skipped: clang with libFuzzer (Debian clang, libclang-rt-14-dev) is not installed"
        return 0
    fi
    CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR-fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMESHDESK_FUZZ=ON -DMESHDESK_FUZZ_SECONDS="$seconds" >/dev/null
    cmake --build "$BUILD_DIR-fuzz" -j2
    ctest --test-dir "$BUILD_DIR-fuzz" --output-on-failure -j2
}

if [ "${1:-}" = fuzz ]; then
    fuzz "${2:-}"
    exit
fi

# CMake's file API: the list of CMake files configuring reads, for the package check (tst_packages)
mkdir -p "$BUILD_DIR/.cmake/api/v1/query" && touch "$BUILD_DIR/.cmake/api/v1/query/cmakeFiles-v1"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j2

case "${1:-}" in
    demo) exec "$BUILD_DIR/meshdesk" --demo ;;
    test)
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        (cd "$BUILD_DIR" && ctest --output-on-failure -j2)
        # a fuzz finding is reported loudly (the input is kept in build-fuzz/) but does not fail
        # the run: what a random search finds in 20 s differs from run to run
        fuzz || echo "FUZZING FOUND AN INPUT: see build-fuzz/fuzz-*-crash-* and the output above" ;;
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
        "$BUILD_DIR/tests/bench/bench_hostile"
        echo
        "$BUILD_DIR/tests/bench/bench_team"
        echo
        exec "$BUILD_DIR/tests/bench/bench_kafka" ;;
    "") ;;
    *) echo "usage: $0 [demo|test|bench|fuzz [SECONDS]]" >&2; exit 2 ;;
esac
