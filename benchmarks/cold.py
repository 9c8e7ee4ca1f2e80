#!/usr/bin/env python3
"""Cold-start driver for benchmarks/run.sh: fresh processes, interleaved, medians, ratios beside the baseline.

    python3 benchmarks/cold.py --launches 20 --baseline yaml --nothing nothing --out FILE.tsv \
        --probes nothing,all,yaml -- dotnet exec Probe.dll cold

Runs COMMAND... PROBE once per probe per round, LAUNCHES rounds: round-robin, so that load from other work on the
machine falls on every probe alike instead of on whichever ran last. Each launch is a new process. Two times per
launch:
  - in process: the probe's own Stopwatch around its first call (first field of its one output line
    "ms jit-methods allocated-bytes"): assembly loading, JIT, static constructors and the call, not runtime start-up;
  - whole process: wall time from before the spawn until the process has exited (perf_counter), runtime start-up
    and exit included; "added" subtracts the median of the NOTHING probe (start the runtime, exit).
Ratios are baseline / probe, so "40x" means the probe is 40 times cheaper than the baseline.
"""

import argparse
import statistics
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--launches", type=int, required=True)
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--nothing", default="nothing")
    parser.add_argument("--probes", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command and args.command[0] == "--" else args.command
    probes = args.probes.split(",")

    rows = {p: [] for p in probes}
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("round\tprobe\tinprocess_ms\tjit_methods\tallocated\tprocess_ms\n")
        for launch in range(args.launches):
            for probe in probes:
                start = time.perf_counter()
                done = subprocess.run(command + [probe], capture_output=True, text=True)
                wall = (time.perf_counter() - start) * 1000
                if done.returncode != 0:
                    sys.exit(f"{' '.join(command + [probe])} exited with {done.returncode}: {done.stderr.strip()}")
                ms, jit, alloc = done.stdout.split()[:3]
                rows[probe].append((float(ms), int(jit), int(alloc), wall))
                out.write(f"{launch}\t{probe}\t{ms}\t{jit}\t{alloc}\t{wall:.3f}\n")

    def med(probe, i):
        return statistics.median(r[i] for r in rows[probe])

    base_in, base_proc = med(args.baseline, 0), med(args.baseline, 3)
    nothing = med(args.nothing, 3) if args.nothing in rows else 0.0
    print(f"{args.launches} fresh processes per probe, round-robin; medians; baseline {args.baseline}; "
          f"'added' = whole process - {args.nothing} ({nothing:.1f} ms); ratio = baseline / probe")
    print("| probe | first call ms (in process) | min-max | JIT methods | allocated B | ratio | "
          "whole process ms | added ms | ratio (added) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for probe in probes:
        m_in, m_proc = med(probe, 0), med(probe, 3)
        lo, hi = min(r[0] for r in rows[probe]), max(r[0] for r in rows[probe])
        added = m_proc - nothing
        ratio_in = f"{base_in / m_in:,.1f}x" if m_in > 0 and probe != args.nothing else "-"
        ratio_added = f"{(base_proc - nothing) / added:,.1f}x" if added > 0.5 and probe != args.nothing else "-"
        print(f"| {probe} | {m_in:,.2f} | {lo:,.2f}-{hi:,.2f} | {int(med(probe, 1)):,} | {int(med(probe, 2)):,} | "
              f"{ratio_in} | {m_proc:,.1f} | {added:,.1f} | {ratio_added} |")


if __name__ == "__main__":
    main()
