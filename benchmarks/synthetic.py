#!/usr/bin/env python3
"""Writes the synthetic datasets of issue 10 as standalone projects, outside ScoModel.sln.

    python3 benchmarks/synthetic.py [N ...]        (default: 100 1000 10000 100000)

For each N it writes artifacts/bench/synthetic/N/ (git-ignored, never built by `dotnet build ScoModel.sln` or CI):

  Items/Items.csproj       a library with the schema (Item.cs), data/items.yaml of N entries and Unrelated.cs (the
                           file the rebuild benchmark touches). It references generators/ScoModel.Generators by
                           path, exactly as src/ScoModel does (an analyzer ProjectReference plus the generator's
                           build/ props and targets), so whatever the generator in the tree emits is what is measured.
  Probe/ProbeN.csproj      a console app referencing Items and YamlDotNet: `ProbeN cold NAME` answers one first
                           query in a fresh process and prints its Stopwatch time in ms; `ProbeN bench ...` runs the
                           BenchmarkDotNet lookups (ItemLookupBenchmarks) for this N.

The same seed gives the same files, byte for byte; a file is rewritten only when its content changes, so rerunning
the script does not force a rebuild.
"""

import os
import shutil
import random
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "artifacts", "bench", "synthetic")
TEMPLATES = os.path.join(ROOT, "benchmarks", "synthetic")
SIZES = [100, 1000, 10000, 100000]

ADJECTIVES = ["Northern", "Joint", "Peace", "Coastal", "Mountain", "Desert", "Eastern", "Allied"]
NOUNS = ["Shield", "Mission", "Contact", "Partnership", "Guard", "Frontier", "Dawn", "Harmony", "Bridge"]
KINDS = ["alpha", "beta", "gamma", "delta"]
TAGS = ["land", "sea", "air", "cyber", "space", "border", "counter-terrorism", "logistics", "medical", "naval"]


def items_yaml(n: int) -> str:
    """N entries: a key, a [Lookup] name, an enum, an int, an optional date, a list of two strings, an optional note."""
    rnd = random.Random(20261202 + n)
    lines = []
    for i in range(1, n + 1):
        lines.append(f"- id: item-{i}")
        lines.append(f"  name: {ADJECTIVES[i % len(ADJECTIVES)]} {NOUNS[(i // len(ADJECTIVES)) % len(NOUNS)]} {i}")
        lines.append(f"  kind: {KINDS[rnd.randrange(len(KINDS))]}")
        lines.append(f"  count: {rnd.randrange(0, 100000)}")
        if rnd.randrange(4) != 0:
            day = rnd.randrange(0, 9000)
            y, m, d = _date(day)
            lines.append(f"  date: {y:04d}-{m:02d}-{d:02d}")
        a, b = rnd.sample(TAGS, 2)
        lines.append(f"  tags: [{a}, {b}]")
        if rnd.randrange(3) == 0:
            lines.append(f"  note: Entry {i} was revised after review {rnd.randrange(1, 50)}.")
    return "\n".join(lines) + "\n"


def _date(offset: int):
    import datetime
    d = datetime.date(2000, 1, 1) + datetime.timedelta(days=offset)
    return d.year, d.month, d.day


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def template(name: str, **values: str) -> str:
    with open(os.path.join(TEMPLATES, name), encoding="utf-8") as f:
        text = f.read()
    for key, value in values.items():
        text = text.replace("@" + key + "@", value)
    return text


def main(argv):
    sizes = [int(a) for a in argv] or SIZES
    for n in sizes:
        base = os.path.join(OUT, str(n))
        items = os.path.join(base, "Items")
        probe = os.path.join(base, "Probe")
        generators = os.path.relpath(os.path.join(ROOT, "generators", "ScoModel.Generators"), items).replace(os.sep, "/")
        write(os.path.join(items, "Items.csproj"), template("Items.csproj.in", GENERATORS=generators))
        # The attribute as a user writes it: past 1,000 entries the generator makes no accessors unless asked (SCO034),
        # as each costs every build about 0.3 ms. SCO_ACCESSORS=1 asks for them up to 60,000 (SCO031 past that).
        asked = os.environ.get("SCO_ACCESSORS") == "1" and n <= 60_000
        accessors = n <= 1_000 or asked
        write(os.path.join(items, "Item.cs"), template("Item.cs.in", ENTITY='"items.yaml", Accessors = true' if asked else '"items.yaml"'))
        write(os.path.join(items, "Unrelated.cs"), template("Unrelated.cs.in"))
        write(os.path.join(items, "data", "items.yaml"), items_yaml(n))
        # BenchmarkDotNet finds the benchmark project by name under the repository: one name per size.
        if os.path.exists(os.path.join(probe, "Probe.csproj")):
            shutil.rmtree(probe)
        write(os.path.join(probe, f"Probe{n}.csproj"), template("Probe.csproj.in"))
        write(os.path.join(probe, "Program.cs"), template("Program.cs.in", ENTRIES=str(n), HALF=str(n // 2),
                 ACCESSOR=f"Item.Item{n // 2}" if accessors else f"Item.All[{n // 2 - 1}]"))
        size = os.path.getsize(os.path.join(items, "data", "items.yaml"))
        print(f"{base}: {n} entries, items.yaml {size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
