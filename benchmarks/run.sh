#!/usr/bin/env bash
# The benchmarks of issue 10, one subcommand each; every table prints each ratio beside its baseline, from one run.
# Run from anywhere; one heavy subcommand at a time on a small machine. See benchmarks/README.md.
#
#   benchmarks/run.sh setup [N...]              write the synthetic projects (benchmarks/synthetic.py) and build them and
#                                               benchmarks/ScoModel.Benchmarks in Release (N defaults to 100 1000 10000 100000)
#   benchmarks/run.sh cold-sco [LAUNCHES]       the first call of every public query in fresh processes vs data/*.yaml with YamlDotNet
#   benchmarks/run.sh cold-synthetic [N...]     the first touch of Item.All/Find/TryGet/an accessor vs items.yaml with YamlDotNet
#   benchmarks/run.sh rebuild [N...]            dotnet build after touching Unrelated.cs, build server warm, ratio to 100 entries
#   benchmarks/run.sh chars [N...]              generated characters per entry (Synthetic.Item*.g.cs / N)
#   benchmarks/run.sh literals [MB]             what csc spends on data: a rebuild with MB megabytes (default 7) in "..."u8
#                                               literals, in "..." string literals, and in none; ratio to none
#   benchmarks/run.sh lookups-sco               BenchmarkDotNet RandomLookupBenchmarks (State), --job short
#   benchmarks/run.sh lookups-synthetic [N...]  BenchmarkDotNet ItemLookupBenchmarks for each N, --job short
#   benchmarks/run.sh generator [N...]          BenchmarkDotNet GeneratorBenchmarks (full run, unrelated C# edit, one value edit)
#   benchmarks/run.sh queries                   BenchmarkDotNet QueryBenchmarks
#   benchmarks/run.sh machine                   lscpu, nproc, free, dotnet --info, load average
#   benchmarks/run.sh all                       everything above, in that order
#
# Environment: LAUNCHES (fresh processes per cold probe; default 20, fewer for the large synthetic sizes),
# RUNS (hyperfine runs per rebuild command, default 5), JOB (BenchmarkDotNet job, default short), HYPERFINE=1 (the
# cold subcommands also time whole processes with hyperfine, one probe after another; the default driver,
# benchmarks/cold.py, already times whole processes, round-robin, which shared load distorts less).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/benchmarks/ScoModel.Benchmarks"
bench_dll="$bench/bin/Release/net10.0/ScoModel.Benchmarks.dll"
synthetic="$root/artifacts/bench/synthetic"
results="$root/artifacts/bench/results"
job="${JOB:-short}"
default_sizes=(100 1000 10000 100000)
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\n== %s (%s, load %s)\n' "$*" "$(date -u +%H:%M:%SZ)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

sizes_or_default() { if [ "$#" -gt 0 ]; then echo "$@"; else echo "${default_sizes[@]}"; fi; }

need_hyperfine() {
  command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }
}

# Launches for a cold probe: LAUNCHES if set, else 20 (10 at 10,000 entries, 5 at 100,000: each launch takes seconds).
launches_for() {
  if [ -n "${LAUNCHES:-}" ]; then echo "$LAUNCHES"; elif [ "$1" -ge 100000 ]; then echo 5; elif [ "$1" -ge 10000 ]; then echo 10; else echo 20; fi
}

cmd_setup() {
  say "setup"
  python3 "$root/benchmarks/synthetic.py" $(sizes_or_default "$@")
  dotnet build "$bench" -c Release -warnaserror
  for n in $(sizes_or_default "$@"); do
    echo "-- building $synthetic/$n (the generator compiles $n entries)"
    dotnet build "$synthetic/$n/Probe/Probe$n.csproj" -c Release -nologo -v:q || echo "FAILED: $synthetic/$n did not build (see above); the other sizes go on"
  done
}

# cold_table BASELINE LAUNCHES OUT PROBES(comma-separated) COMMAND...: fresh processes, round-robin, medians (benchmarks/cold.py).
cold_table() {
  local baseline="$1" launches="$2" out="$3" probes="$4"; shift 4
  python3 "$root/benchmarks/cold.py" --launches "$launches" --baseline "$baseline" --nothing nothing --probes "$probes" --out "$out" -- "$@"
}

# hyperfine_table BASELINE JSON NOTHING (HYPERFINE=1 only): whole processes from hyperfine's JSON, medians, (probe - nothing) beside (baseline - nothing).
hyperfine_table() {
  python3 - "$1" "$2" "$3" <<'EOF'
import json, statistics, sys
base_name, path, nothing_name = sys.argv[1], sys.argv[2], sys.argv[3]
results = json.load(open(path))["results"]
med = {r["command"].split()[-1]: statistics.median(r["times"]) * 1000 for r in results}
runs = len(results[0]["times"])
nothing = med.get(nothing_name, 0.0)
base = med[base_name]
print(f"whole process (hyperfine -N, median of {runs} runs after warm-up); 'added' = median - median of '{nothing_name}'")
print(f"| {'probe':<26} | {'process ms':>10} | {'added ms':>9} | {'baseline/probe (process)':>24} | {'baseline/probe (added)':>22} |")
print(f"|{'-'*28}|{'-'*12}:|{'-'*11}:|{'-'*26}:|{'-'*24}:|")
for name, m in med.items():
    added = m - nothing
    r1 = f"{base / m:,.2f}x"
    r2 = f"{(base - nothing) / added:,.1f}x" if added > 0.5 else "-"
    print(f"| {name:<26} | {m:>10,.1f} | {added:>9,.1f} | {r1:>24} | {r2:>22} |")
EOF
}

cmd_cold_sco() {
  need_hyperfine
  # Build first (a no-op when up to date), so that a changed generator or data is what gets measured.
  dotnet build "$bench" -c Release -nologo -v:q >/dev/null || { echo "benchmarks/ScoModel.Benchmarks did not build" >&2; exit 1; }
  local launches="${1:-${LAUNCHES:-20}}"
  mapfile -t probes < <(python3 - "$bench/FirstQuery.cs" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
block = text[text.index("Names =") : text.index("];", text.index("Names ="))]
print("\n".join(re.findall(r'"([^"]+)"', block)))
EOF
)
  say "cold-sco: the first call of each public query, fresh processes, JIT ($launches launches each)"
  cold_table yaml-stream "$launches" "$results/cold-sco.tsv" "$(IFS=,; echo "${probes[*]}")" dotnet exec "$bench_dll" --cold-probe
  if [ -n "${HYPERFINE:-}" ]; then
    local commands=()
    for probe in "${probes[@]}"; do commands+=("dotnet exec $bench_dll --cold-probe $probe"); done
    hyperfine -N --style basic --warmup 2 --runs "$launches" --export-json "$results/cold-sco-hyperfine.json" "${commands[@]}" >"$results/cold-sco-hyperfine.log"
    hyperfine_table yaml-stream "$results/cold-sco-hyperfine.json" nothing
  fi
}

cmd_cold_synthetic() {
  need_hyperfine
  for n in $(sizes_or_default "$@"); do
    # Rebuilt only where it built before: a size that never built (100,000 today) is built by `setup` alone.
    [ -f "$synthetic/$n/Probe/bin/Release/net10.0/Probe$n.dll" ] && { dotnet build "$synthetic/$n/Probe/Probe$n.csproj" -c Release -nologo -v:q >/dev/null || echo "FAILED to build $n entries"; }
    local dll="$synthetic/$n/Probe/bin/Release/net10.0/Probe$n.dll"
    [ -f "$dll" ] || { echo "skipped $n entries: no $dll (run benchmarks/run.sh setup $n)"; continue; }
    local launches
    launches="$(launches_for "$n")"
    say "cold-synthetic: $n entries, first touch in fresh processes, JIT ($launches launches each)"
    cold_table yaml "$launches" "$results/cold-synthetic-$n.tsv" nothing,all,find,tryget,accessor,yaml dotnet exec "$dll" cold
    if [ -n "${HYPERFINE:-}" ]; then
      local commands=()
      for probe in nothing all find tryget accessor yaml; do commands+=("dotnet exec $dll cold $probe"); done
      hyperfine -N --style basic --warmup 1 --runs "$launches" --export-json "$results/cold-synthetic-$n-hyperfine.json" "${commands[@]}" >"$results/cold-synthetic-$n-hyperfine.log"
      hyperfine_table yaml "$results/cold-synthetic-$n-hyperfine.json" nothing
    fi
  done
}

# rebuild_table NAME LABEL=PROJECT...: each project rebuilt after touching the Unrelated.cs beside it, build server warm,
# all in one hyperfine run (results in NAME.json); medians, with what each adds to the first and its ratio to it.
rebuild_table() {
  local name="$1" commands=() prepares=() labels=()
  shift
  for pair in "$@"; do
    labels+=("${pair%%=*}")
    prepares+=(--prepare "touch $(dirname "${pair#*=}")/Unrelated.cs")
    commands+=("dotnet build ${pair#*=} -c Release --no-restore -nologo -v:q")
  done
  hyperfine --style basic --warmup 1 --runs "${RUNS:-5}" "${prepares[@]}" --export-json "$results/$name.json" "${commands[@]}" >"$results/$name.log"
  python3 - "$results/$name.json" "${labels[@]}" <<'EOF'
import json, statistics, sys
results, labels = json.load(open(sys.argv[1]))["results"], sys.argv[2:]
base = statistics.median(results[0]["times"])
print(f"| {'':>8} | {'median s':>9} | {'min-max s':>13} | {'added s':>8} | {'ratio to ' + labels[0]:>13} |")
print(f"|{'-'*9}:|{'-'*10}:|{'-'*14}:|{'-'*9}:|{'-'*14}:|")
for label, r in zip(labels, results):
    m = statistics.median(r["times"])
    shown = f"{int(label):,}" if label.isdigit() else label
    print(f"| {shown:>8} | {m:>9.2f} | {min(r['times']):>6.2f}-{max(r['times']):<6.2f} | {m - base:>8.2f} | {m / base:>13.2f} |")
EOF
}

cmd_rebuild() {
  need_hyperfine
  local sizes projects=()
  read -r -a sizes <<<"$(sizes_or_default "$@")"
  say "rebuild: dotnet build --no-restore after touching Unrelated.cs (build server warm), sizes ${sizes[*]}, ${RUNS:-5} runs each"
  for n in "${sizes[@]}"; do
    local project="$synthetic/$n/Items/Items.csproj"
    [ -f "$synthetic/$n/Items/bin/Release/net10.0/Items.dll" ] || { echo "skipped $n entries: Items.dll not built (run benchmarks/run.sh setup $n)"; continue; }
    # Warm the build server (and make sure everything else is up to date) before hyperfine's own warm-up.
    dotnet build "$project" -c Release --no-restore -nologo -v:q >/dev/null
    projects+=("$n=$project")
  done
  rebuild_table rebuild "${projects[@]}"
}

cmd_chars() {
  say "chars: generated characters per entry (Synthetic.Item*.g.cs under obj/Release/net10.0/generated)"
  printf '| %8s | %12s | %9s |\n|---------:|-------------:|----------:|\n' entries characters "per entry"
  for n in $(sizes_or_default "$@"); do
    [ -f "$synthetic/$n/Items/bin/Release/net10.0/Items.dll" ] && { dotnet build "$synthetic/$n/Items/Items.csproj" -c Release -nologo -v:q >/dev/null || echo "($n entries did not build; counting what the generator wrote)"; }
    local dir="$synthetic/$n/Items/obj/Release/net10.0/generated"
    [ -d "$dir" ] || { echo "skipped $n entries: no $dir (run benchmarks/run.sh setup $n)"; continue; }
    local chars
    chars="$(find "$dir" -name 'Synthetic.Item*.g.cs' -print0 | xargs -0 cat | wc -m)"
    printf '| %8s | %12s | %9s |\n' "$n" "$chars" "$((chars / n))"
  done
}
# The compiler lowers a "..."u8 literal to one constant node per byte, while a "..." literal goes to the user-string
# heap, which holds at most 16 MB (CS8103). Three libraries alike but for their data: the same rows as u8 literals, as
# string literals, and none; each rebuilt after touching Unrelated.cs, build server warm.
cmd_literals() {
  need_hyperfine
  local megabytes="${1:-7}" dir="$root/artifacts/bench/literals"
  say "literals: rebuild with $megabytes MB of data as u8 literals, as string literals, and none (${RUNS:-5} runs each)"
  python3 - "$dir" "$megabytes" <<'EOF'
import os, random, sys
root, megabytes = sys.argv[1], float(sys.argv[2])
random.seed(20261207)
rows, size = [], 0
while size < megabytes * 1_000_000:
    i = len(rows)
    rows.append(f"{random.randint(40, 99)}:10:item-{i:05}17:Joint Bridge {i:05};{random.randint(0, 99999)};20040411;2[4:land5:space~")
    size += len(rows[-1])
parts = [rows[i:i + 4096] for i in range(0, len(rows), 4096)]
for variant in ("u8", "string", "none"):
    project = os.path.join(root, variant)
    os.makedirs(project, exist_ok=True)
    for old in os.listdir(project):
        if old.startswith("Rows"):
            os.remove(os.path.join(project, old))
    with open(os.path.join(project, "Literals.csproj"), "w") as f:
        f.write('<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n')
    with open(os.path.join(project, "Unrelated.cs"), "w") as f:
        f.write("namespace Literals;\n\npublic static class Unrelated\n{\n    public static int Answer => 42;\n}\n")
    if variant == "none":
        continue
    kind, suffix = ("global::System.ReadOnlySpan<byte>", "u8") if variant == "u8" else ("string", "")
    for n, part in enumerate(parts):
        with open(os.path.join(project, f"Rows{n}.cs"), "w") as f:
            f.write(f'namespace Literals;\n\ninternal static partial class Data\n{{\n    public static {kind} Rows{n} => "{"".join(part)}"{suffix};\n}}\n')
print(f"{len(rows):,} rows, {size / 1e6:.1f} MB, {len(parts)} literals per variant")
EOF
  local projects=()
  for variant in none u8 string; do
    if ! dotnet build "$dir/$variant/Literals.csproj" -c Release -nologo -v:q >"$results/literals-$variant.log" 2>&1; then
      echo "$variant did not build: $(grep -m1 -o 'error CS[0-9]*: [^[]*' "$results/literals-$variant.log")"
      continue
    fi
    projects+=("$variant=$dir/$variant/Literals.csproj")
  done
  rebuild_table literals "${projects[@]}"
}

cmd_lookups_sco() {
  say "lookups-sco: RandomLookupBenchmarks, --job $job"
  dotnet run -c Release --project "$bench" -- --filter '*RandomLookupBenchmarks*' --job "$job"
}

cmd_lookups_synthetic() {
  for n in $(sizes_or_default "$@"); do
    [ -f "$synthetic/$n/Probe/bin/Release/net10.0/Probe$n.dll" ] || { echo "skipped $n entries: Probe not built (run benchmarks/run.sh setup $n)"; continue; }
    say "lookups-synthetic: ItemLookupBenchmarks, $n entries, --job $job"
    (cd "$synthetic/$n/Probe" && dotnet run -c Release -- bench --filter '*' --job "$job" --artifacts "$results/lookups-$n")
  done
}

cmd_generator() {
  say "generator: GeneratorBenchmarks through the driver, --job $job"
  if [ "$#" -gt 0 ]; then export SCO_BENCH_ENTRIES="$(IFS=,; echo "$*")"; fi
  dotnet run -c Release --project "$bench" -- --filter '*.GeneratorBenchmarks.*' --job "$job"
}

cmd_queries() {
  say "queries: QueryBenchmarks, --job $job"
  dotnet run -c Release --project "$bench" -- --filter '*QueryBenchmarks*' --job "$job"
}

cmd_machine() {
  say "machine"
  date -u
  lscpu | grep -E 'Model name|^CPU\(s\)|Thread|Core|Socket|MHz|L2|L3|Hypervisor'
  echo "nproc: $(nproc)"
  free -h
  dotnet --info | sed -n '1,/^Host/p;/^Host/,/Commit/p' | grep -E 'Version|OS|RID|Architecture|Commit' | head -12
  echo "load average: $(cat /proc/loadavg)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD) ($(git -C "$root" log -1 --format=%s | cut -c1-80))"
}

sub="${1:-}"
[ "$#" -gt 0 ] && shift
case "$sub" in
  setup) cmd_setup "$@" ;;
  cold-sco) cmd_cold_sco "$@" ;;
  cold-synthetic) cmd_cold_synthetic "$@" ;;
  rebuild) cmd_rebuild "$@" ;;
  chars) cmd_chars "$@" ;;
  literals) cmd_literals "$@" ;;
  lookups-sco) cmd_lookups_sco ;;
  lookups-synthetic) cmd_lookups_synthetic "$@" ;;
  generator) cmd_generator "$@" ;;
  queries) cmd_queries ;;
  machine) cmd_machine ;;
  all)
    cmd_machine
    cmd_setup
    cmd_chars
    cmd_cold_sco
    cmd_cold_synthetic
    cmd_rebuild
    cmd_lookups_sco
    cmd_lookups_synthetic
    cmd_generator
    cmd_queries
    ;;
  *) sed -n '2,22p' "$0"; exit 2 ;;
esac
