#!/usr/bin/env python3
"""Proves that build.sh's package list is complete on a fresh Debian.

Everything configuring, building, testing and benchmarking needs must come from a package in the
hard-dependency closure (Depends / Pre-Depends, never Recommends) of build.sh's PACKAGES. A
machine where something was installed by hand passes a plain build; this test does not:

  - every CMake file read from outside the project while configuring (the *Config.cmake /
    *Targets.cmake files behind each find_package, and CMake's own modules), taken from CMake's
    file API (the query is written by the top CMakeLists.txt);
  - the .pc file of every pkg_check_modules module and of everything it requires;
  - the programs the tests and benchmarks run (PATH look-up), and the Python modules they import;
  - data files the tests rely on (fonts for rendering);

each is mapped to its Debian package with `dpkg -S`, and that package must be in
`apt-cache depends --recurse --no-recommends --no-suggests ...` of the list.

usage: check_packages.py --build-sh FILE --build-dir DIR [--pc MOD...] [--programs P...]
                         [--python PY] [--python-modules M...] [--files F...]
Exit 0: complete; 1: something is missing (each named, with the file that needs it);
77: skipped (no dpkg/apt-cache: not a Debian system).
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def run(cmd):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def build_sh_packages(path):
    text = open(path, encoding="utf-8").read()
    m = re.search(r"^PACKAGES=\(([^)]*)\)", text, re.M)
    if not m:
        sys.exit(f"{path}: no PACKAGES=( ... ) list found")
    return [p for p in re.sub(r"#[^\n]*", "", m.group(1)).split() if p]


def closure(packages):
    r = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
             "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + packages)
    if r.returncode != 0:
        sys.exit(f"apt-cache depends failed: {r.stderr.strip()}")
    # Package names start a line; their dependencies are indented. Virtual names come as <name>.
    return {line.strip().strip("<>").split(":")[0] for line in r.stdout.splitlines()
            if line and not line[0].isspace()}


def cmake_inputs(build_dir, source_dir):
    pattern = ".cmake/api/v1/reply/cmakeFiles-v1-*.json"
    replies = glob.glob(os.path.join(build_dir, pattern))
    if not replies:
        # CMake reads file-API queries before configuring, so the one CMakeLists.txt writes
        # answers from the second configure on (build.sh writes it first). Otherwise: configure
        # afresh into a temporary folder, which is what a new machine does anyway.
        tmp = tempfile.mkdtemp(prefix="meshdesk-packages-")
        os.makedirs(os.path.join(tmp, ".cmake/api/v1/query"))
        open(os.path.join(tmp, ".cmake/api/v1/query/cmakeFiles-v1"), "w").close()
        r = run(["cmake", "-S", source_dir, "-B", tmp])
        replies = glob.glob(os.path.join(tmp, pattern))
        if r.returncode != 0 or not replies:
            sys.exit(f"configuring {source_dir} failed:\n{r.stdout[-3000:]}{r.stderr[-3000:]}")
    reply = json.load(open(max(replies, key=os.path.getmtime), encoding="utf-8"))
    if "tmp" in locals():
        shutil.rmtree(tmp, ignore_errors=True)
    return [i["path"] for i in reply["inputs"] if i.get("isExternal")]


def pc_files(modules):
    todo, seen, files = list(modules), set(), []
    while todo:
        mod = todo.pop()
        if mod in seen:
            continue
        seen.add(mod)
        r = run(["pkg-config", "--path", mod])
        if r.returncode != 0 or not r.stdout.strip():
            files.append((f"(pkg-config module {mod})", None))
            continue
        files.append((r.stdout.strip().splitlines()[0], f"pkg-config module {mod}"))
        req = run(["pkg-config", "--print-requires", "--print-requires-private", mod])
        todo += [line.split()[0] for line in req.stdout.splitlines() if line.strip()]
    return files


def owners(paths):
    """path -> Debian package (or None). One dpkg -S per round (each call reads the whole
    database): the paths as given, then resolved and /usr-merged twins of those not found."""
    def variants(p):
        v = [os.path.realpath(p)]
        v += [c[4:] for c in [p] + v if c.startswith("/usr/")]
        v += ["/usr" + c for c in [p] + v if not c.startswith("/usr/")]
        return v

    out = {p: None for p in paths}
    rounds = [{p: p for p in paths}, {v: p for p in paths for v in variants(p)}]
    for rnd in rounds:
        ask = {c: p for c, p in rnd.items() if out[p] is None}
        if not ask:
            break
        r = run(["dpkg", "-S"] + list(ask))
        for line in r.stdout.splitlines():
            # "pkg1:amd64, pkg2: /path" -> the first package, without architecture
            pkgs, _, path = line.partition(": ")
            if path in ask and out[ask[path]] is None:
                out[ask[path]] = pkgs.split(",")[0].strip().split(":")[0]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-sh", required=True)
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--pc", nargs="*", default=[])
    ap.add_argument("--programs", nargs="*", default=[])
    ap.add_argument("--python", default=sys.executable, help="the interpreter the tests use")
    ap.add_argument("--python-modules", nargs="*", default=[])
    ap.add_argument("--files", nargs="*", default=[])
    a = ap.parse_args()

    if not shutil.which("dpkg") or not shutil.which("apt-cache"):
        print("SKIP: no dpkg/apt-cache here (not a Debian system); the package list cannot be "
              "checked on this machine")
        return 77

    packages = build_sh_packages(a.build_sh)
    allowed = closure(packages)
    problems = []
    needs = []  # (path, why)
    for path in cmake_inputs(a.build_dir, os.path.dirname(os.path.abspath(a.build_sh))):
        needs.append((path, "read by CMake while configuring"))
    for path, why in pc_files(a.pc):
        if why is None:
            problems.append(f"{path}: not found by pkg-config")
        else:
            needs.append((path, why))
    for prog in a.programs:
        found = shutil.which(prog)
        if not found:
            problems.append(f"program '{prog}' (run by the tests or benchmarks): not on PATH")
        else:
            needs.append((found, f"program '{prog}'"))
    for mod in a.python_modules:
        r = run([a.python, "-c", f"import {mod}; print({mod}.__file__)"])
        if r.returncode != 0:
            problems.append(f"python module '{mod}': cannot be imported ({r.stderr.strip()[-200:]})")
        else:
            needs.append((r.stdout.strip(), f"python module '{mod}'"))
    for f in a.files:
        if not os.path.exists(f):
            problems.append(f"{f}: missing (the tests rely on it)")
        else:
            needs.append((f, "relied on by the tests"))

    owner = owners([p for p, _ in needs])
    checked = set()
    for path, why in needs:
        pkg = owner[path]
        if pkg is None:
            problems.append(f"{path} ({why}): belongs to no Debian package (installed by hand?)")
        elif pkg not in allowed:
            problems.append(f"{path} ({why}): package '{pkg}' is not in the hard-dependency "
                            "closure of build.sh's PACKAGES: add it there")
        else:
            checked.add(pkg)
    print(f"build.sh lists {len(packages)} packages; their Depends/Pre-Depends closure has "
          f"{len(allowed)}; {len(needs)} files and programs checked, from {len(checked)} packages")
    if problems:
        # One line per missing package is enough to act on; the first file names the need.
        seen = set()
        for p in problems:
            key = p.split("package '")[1].split("'")[0] if "package '" in p else p
            if key not in seen:
                seen.add(key)
                print("MISSING:", p)
        return 1
    print("complete: everything comes from build.sh's packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
