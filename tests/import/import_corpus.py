#!/usr/bin/env python3
"""`cfnpp import` round trip: for each template, the program `cfnpp import`
writes is compiled against the built library and run, and `cfnpp diff` must
find what it prints equal to the template (exit 0: no change).

    import_corpus.py --cfnpp build/bin/cfnpp --build build [--jobs 2] TEMPLATE_OR_DIR...

A directory stands for every .yaml/.yml/.json/.template file under it.
Templates `cfnpp import` cannot read (exit 2: not a template, a syntax error)
are counted apart, as are templates whose program refuses to print them
because `cfnpp lint` finds an error in them (write_or_report writes nothing
then). --check exits 1 unless every template read round-trips (the suite's
sample); without it the script reports the figures and exits 0.
"""
import argparse
import concurrent.futures
import os
import pathlib
import shlex
import shutil
import subprocess
import sys
import tempfile

SUFFIXES = {".yaml", ".yml", ".json", ".template"}
# Outcomes that are always cfnpp's fault, printed even without --verbose.
BUGS = ("does not compile", "program failed", "refused (lint-clean template)", "changed")


def templates(paths):
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in SUFFIXES)
        else:
            yield p


def compile_flags(build, sanitize):
    """The compiler and linker arguments of a program using the built library."""
    source = pathlib.Path(__file__).resolve().parents[2]
    includes = [source / "include", build / "include", build / "generated" / "include"]
    libs = subprocess.run(["pkg-config", "--libs", "yaml-0.1", "fmt", "re2"], check=True,
                          capture_output=True, text=True).stdout.split()
    sanitizers = [f"-fsanitize={sanitize}", "-fno-omit-frame-pointer"] if sanitize else []
    cflags = ["-std=c++20", "-O0", "-w"] + sanitizers + [f"-I{d}" for d in includes]
    return cflags, [str(build / "lib" / "libcfnpp.a")] + libs + sanitizers


def round_trip(template, args, cflags, ldflags, work):
    """(outcome, detail) for one template."""
    imported = subprocess.run([args.cfnpp, "import", str(template)], capture_output=True, text=True)
    if imported.returncode == 2:
        return "unreadable", imported.stderr.strip().splitlines()[-1:]
    out_dir = pathlib.Path(tempfile.mkdtemp(dir=work))
    outcome, detail = run_program(template, imported.stdout, args, cflags, ldflags, out_dir)
    if outcome == "round-trips":
        shutil.rmtree(out_dir)
    elif imported.returncode == 1 and outcome not in BUGS[:2]:
        # What the program lacks explains the rest: a change, or lint errors of what it still has.
        outcome, detail = "parts not imported", imported.stderr.splitlines()[:4] + detail
    return outcome, detail


def run_program(template, code, args, cflags, ldflags, out_dir):
    source = out_dir / "main.cpp"
    source.write_text(code)
    program = out_dir / "program"
    compiler = shlex.split(args.cxx)
    built = subprocess.run(compiler + cflags + [str(source), "-o", str(program)] + ldflags,
                           capture_output=True, text=True)
    if built.returncode != 0:
        return "does not compile", [source.as_posix()] + built.stderr.splitlines()[:12]
    ran = subprocess.run([str(program)], capture_output=True, text=True)
    if ran.returncode == 1:
        # write_or_report printed findings and no template: fair only when the template itself has errors.
        linted = subprocess.run([args.cfnpp, "lint", str(template)], capture_output=True, text=True)
        kind = "refused (the template has lint errors)" if linted.returncode == 1 else "refused (lint-clean template)"
        return kind, ran.stderr.splitlines()[:6]
    if ran.returncode != 0:
        return "program failed", [f"exit {ran.returncode}"] + ran.stderr.splitlines()[:8]
    printed = out_dir / "printed.yaml"
    printed.write_text(ran.stdout)
    diff = subprocess.run([args.cfnpp, "diff", str(template), str(printed)], capture_output=True, text=True)
    if diff.returncode != 0:
        return "changed", diff.stdout.splitlines()[:12] + diff.stderr.splitlines()[:4]
    return "round-trips", []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cfnpp", required=True, help="the cfnpp tool")
    parser.add_argument("--build", required=True, type=pathlib.Path, help="the build directory (libcfnpp.a, headers)")
    parser.add_argument("--cxx", default=os.environ.get("CXX", "c++"), help="the compiler (may be 'ccache g++')")
    parser.add_argument("--sanitize", default="", help="sanitizers the library was built with (address,undefined)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=pathlib.Path, help="where to keep the programs that fail (default: a temp dir)")
    parser.add_argument("--check", action="store_true", help="exit 1 unless every template read round-trips")
    parser.add_argument("--verbose", action="store_true", help="print why each template fails")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    cflags, ldflags = compile_flags(args.build.resolve(), args.sanitize)
    work = args.work or pathlib.Path(tempfile.mkdtemp(prefix="cfnpp-import-"))
    work.mkdir(parents=True, exist_ok=True)
    files = list(templates(args.paths))
    outcomes = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(round_trip, f, args, cflags, ldflags, work): f for f in files}
        for future in concurrent.futures.as_completed(futures):
            outcomes[futures[future]] = future.result()

    counts = {}
    for f in files:
        kind, detail = outcomes[f]
        counts[kind] = counts.get(kind, 0) + 1
        if kind != "round-trips" and (args.verbose or args.check or kind in BUGS):
            print(f"{f}: {kind}")
            for line in detail:
                print(f"    {line}")
    read = len(files) - counts.get("unreadable", 0)
    print(f"{counts.get('round-trips', 0)} of {read} templates cfnpp reads round-trip through `cfnpp import` "
          f"({len(files)} files)")
    for kind in sorted(counts):
        print(f"  {kind}: {counts[kind]}")
    if not args.work and counts.get("round-trips", 0) == len(files):
        shutil.rmtree(work)
    if args.check and counts.get("round-trips", 0) != read:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
