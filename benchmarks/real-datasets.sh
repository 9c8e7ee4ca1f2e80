#!/usr/bin/env bash
# Build time and first-touch time of the three public datasets RealDatasetTests compiles unchanged, each against an
# empty console app, from one hyperfine run per table (so every ratio is to a baseline measured alongside it).
#
#   benchmarks/real-datasets.sh            write, build, check and measure
#   RUNS=5 LAUNCHES=20 benchmarks/real-datasets.sh
#
# It writes artifacts/bench/real/ (git-ignored; never part of ScoModel.sln or CI):
#   Empty/     an empty console app (no generator, no data): the baseline
#   NoData/    the same app with the generator referenced as below but no schema and no data: what referencing the
#              generator project costs on its own (MSBuild checks the ProjectReference, csc loads and runs the analyzer)
#   Linguist/  data/languages.yml  (tests/ScoModel.Generators.Tests/TestData/datasets/linguist, upstream, unchanged)
#   Kuma/      data/versions.yml   (.../datasets/kuma)
#   Vendor/    data/vendor.yml     (.../datasets/linguist)
# Each dataset project is a console app that references generators/ScoModel.Generators as src/ScoModel does (an analyzer
# ProjectReference plus its build/ props and targets; benchmarks/real/Dataset.csproj.in), with the YAML under data/ as
# AdditionalFiles, the schema extracted from the LinguistSchema/KumaSchema/VendorSchema constants of
# tests/ScoModel.Generators.Tests/RealDatasetTests.cs (so it stays in step with the tests), a Program.cs that prints
# <Type>.All.Length, and an Unrelated.cs that the rebuild benchmark touches. Files are rewritten only when they change.
#
# Then, one heavy command at a time:
#   1. dotnet build of every project (with restore), and each app run once: its entry count is the table's.
#   2. hyperfine -w 1 -r RUNS --prepare 'touch <proj>/Unrelated.cs' 'dotnet build <proj>.csproj -c Release --no-restore -nologo -v:q'
#      for Empty, NoData and the three datasets in one run.
#   3. hyperfine -N -w 3 -r LAUNCHES 'dotnet exec <dll>' for Empty, NoData and the three datasets in one run (whole process:
#      runtime start-up, assembly load, JIT, the generated static initialiser, the print).
# and prints a Markdown table with `uptime` before and after. hyperfine's JSON and logs go to artifacts/bench/real/results/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts/bench/real"
templates="$root/benchmarks/real"
datasets="$root/tests/ScoModel.Generators.Tests/TestData/datasets"
tests_cs="$root/tests/ScoModel.Generators.Tests/RealDatasetTests.cs"
results="$out/results"
runs="${RUNS:-5}"
launches="${LAUNCHES:-20}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }
mkdir -p "$results"

# name | folder under datasets/ | YAML file | schema constant in RealDatasetTests.cs | type | shape
specs=(
  "Linguist|linguist|languages.yml|LinguistSchema|Linguist.Language|mapping keyed by name, snake_case fields"
  "Kuma|kuma|versions.yml|KumaSchema|Kuma.ReleaseLine|list of records, camelCase fields"
  "Vendor|linguist|vendor.yml|VendorSchema|Linguist.VendorPattern|list of plain strings"
)
names=(Empty NoData Linguist Kuma Vendor)

# ---- 1. write the projects -------------------------------------------------------------------------------------------
python3 - "$root" "$out" "$templates" "$datasets" "$tests_cs" "${specs[@]}" <<'PY'
import os, re, sys
root, out, templates, datasets, tests_cs, *specs = sys.argv[1:]

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path) and open(path, encoding="utf-8", newline="").read() == text:
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)

def template(name, **values):
    text = open(os.path.join(templates, name), encoding="utf-8").read()
    for key, value in values.items():
        text = text.replace("@" + key + "@", value)
    return text

source = open(tests_cs, encoding="utf-8").read()

def schema(const):
    """The C# raw string literal `private const string CONST = \"\"\" ... \"\"\";`, dedented as the compiler does."""
    m = re.search(r'const string ' + re.escape(const) + r' = """\r?\n(.*?)\r?\n([ \t]*)""";', source, re.S)
    if not m:
        sys.exit(f"{const} not found in {tests_cs}")
    indent = m.group(2)
    lines = []
    for line in m.group(1).splitlines():
        if line.strip() and not line.startswith(indent):
            sys.exit(f"{const}: a line is indented less than the closing quotes")
        lines.append(line[len(indent):] if line.strip() else "")
    return "\n".join(lines) + "\n"

def project(name, csproj, touch):
    base = os.path.join(out, name)
    gens = os.path.relpath(os.path.join(root, "generators", "ScoModel.Generators"), base).replace(os.sep, "/")
    write(os.path.join(base, f"{name}.csproj"), template(csproj, NAME=name, GENERATORS=gens, FILE=touch[1]))
    write(os.path.join(base, "Program.cs"), template("Program.cs.in", NAME=name, TOUCH=touch[0]))
    write(os.path.join(base, "Unrelated.cs"), template("Unrelated.cs.in"))
    return base

project("Empty", "Empty.csproj.in", ("0", ""))
project("NoData", "Dataset.csproj.in", ("0", ""))
for spec in specs:
    name, folder, file, const, type_, _shape = spec.split("|")
    base = project(name, "Dataset.csproj.in", (f"{type_}.All.Length", file))
    write(os.path.join(base, "Schema.cs"),
          f"// Written by benchmarks/real-datasets.sh: {const} from tests/ScoModel.Generators.Tests/RealDatasetTests.cs, unchanged.\n"
          + schema(const))
    # The YAML byte for byte (read and written as bytes: no newline or encoding changes).
    data = open(os.path.join(datasets, folder, file), "rb").read()
    target = os.path.join(base, "data", file)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if not os.path.exists(target) or open(target, "rb").read() != data:
        open(target, "wb").write(data)
    print(f"{base}: {const} + data/{file} ({len(data):,} bytes)")
PY

# ---- 2. build what is measured, and check it runs ---------------------------------------------------------------------
load() { cut -d' ' -f1-3 /proc/loadavg; }
declare -A entries
for n in "${names[@]}"; do
  echo "-- building $n (load $(load))"
  dotnet build "$out/$n/$n.csproj" -c Release -nologo -v:q
  entries[$n]="$(dotnet exec "$out/$n/bin/Release/net10.0/$n.dll")"
  echo "   $n prints ${entries[$n]}"
done

uptime_before="$(uptime)"
echo "uptime before: $uptime_before"
echo "environment: UseSharedCompilation=${UseSharedCompilation:-<unset>} MSBUILDDISABLENODEREUSE=${MSBUILDDISABLENODEREUSE:-<unset>} DOTNET_CLI_USE_MSBUILD_SERVER=${DOTNET_CLI_USE_MSBUILD_SERVER:-<unset>}; $(nproc) cores; dotnet $(dotnet --version)"

# ---- 3. rebuild after touching Unrelated.cs: Empty and the three datasets in one hyperfine run -------------------------
prepares=() commands=()
for n in "${names[@]}"; do
  prepares+=(--prepare "touch $out/$n/Unrelated.cs")
  commands+=("dotnet build $out/$n/$n.csproj -c Release --no-restore -nologo -v:q")
done
echo "-- rebuild: hyperfine -w 1 -r $runs (load $(load))"
hyperfine -w 1 -r "$runs" --style basic "${prepares[@]}" --export-json "$results/rebuild.json" "${commands[@]}" | tee "$results/rebuild.log"

# ---- 4. first touch in a fresh process: one hyperfine run ---------------------------------------------------------------
commands=()
for n in "${names[@]}"; do commands+=("dotnet exec $out/$n/bin/Release/net10.0/$n.dll"); done
echo "-- first touch: hyperfine -N -w 3 -r $launches (load $(load))"
hyperfine -N -w 3 -r "$launches" --style basic --export-json "$results/first-touch.json" "${commands[@]}" | tee "$results/first-touch.log"

uptime_after="$(uptime)"
echo "uptime after: $uptime_after"

# ---- 5. the table ------------------------------------------------------------------------------------------------------
python3 - "$results/rebuild.json" "$results/first-touch.json" "${entries[Empty]}" "${entries[NoData]}" "${entries[Linguist]}" "${entries[Kuma]}" "${entries[Vendor]}" "${specs[@]}" <<'PY' | tee "$results/table.md"
import json, statistics, sys
rebuild, touch = (json.load(open(p))["results"] for p in sys.argv[1:3])
counts = sys.argv[3:8]
specs = [s.split("|") for s in sys.argv[8:]]
rows = [("Empty console app (baseline)", "no generator, no data", "-", "Empty"),
        ("NoData: generator referenced, no schema or data", "-", "-", "NoData")]
rows += [(f"{s[0]} `{s[2]}` ({s[4]})", s[5], counts[i + 2], s[0]) for i, s in enumerate(specs)]
def find(results, name):
    hit = [r for r in results if f"/{name}/" in r["command"]]
    assert len(hit) == 1, name
    return hit[0]["times"]
rb0 = statistics.median(find(rebuild, "Empty"))
ft0 = statistics.median(find(touch, "Empty"))
print("| dataset | shape | entries | rebuild s, median (min-max) | ratio | first touch ms, median (min-max) | ratio |")
print("|---|---|---:|---:|---:|---:|---:|")
for label, shape, n, name in rows:
    rb, ft = find(rebuild, name), find(touch, name)
    print(f"| {label} | {shape} | {n} | {statistics.median(rb):.2f} ({min(rb):.2f}-{max(rb):.2f}) | {statistics.median(rb) / rb0:.2f} "
          f"| {statistics.median(ft) * 1000:.1f} ({min(ft) * 1000:.1f}-{max(ft) * 1000:.1f}) | {statistics.median(ft) / ft0:.2f} |")
PY
printf '\nRebuild: %s runs each; first touch: %s launches each. Load before: %s\nLoad after: %s\n' "$runs" "$launches" "$uptime_before" "$uptime_after" | tee -a "$results/table.md"
