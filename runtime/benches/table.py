"""Markdown tables of the medians of the last `cargo bench -p runtime` run.

Usage: python3 runtime/benches/table.py [TARGET_DIR]   (default: $CARGO_TARGET_DIR or target)

Reads criterion's `<target>/criterion/*/*/new/{benchmark,estimates}.json`; one table per
prefix (hot_paths, shadow, type_cache), one row per snippet, one column per variant, and
the ratio of the first variant's median to the second's.
"""

import json
import os
import sys
from pathlib import Path

# Column order of the variants in each comparison (the first is the slower baseline).
ORDER = {
    "hot_paths": ["all_off", "default"],
    "shadow": ["generic", "specialised"],
    "type_cache": ["off", "on"],
}


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target"))
    rows = {}
    for bench in sorted((target / "criterion").glob("*/*/new/benchmark.json")):
        meta = json.loads(bench.read_text())
        est = json.loads((bench.parent / "estimates.json").read_text())
        prefix, _, snippet = meta["group_id"].partition("/")
        median_ns = est["median"]["point_estimate"]
        rows.setdefault(prefix, {}).setdefault(snippet, {})[meta["function_id"]] = median_ns
    for prefix, snippets in rows.items():
        cols = ORDER.get(prefix) or sorted({v for s in snippets.values() for v in s})
        print(f"\n{prefix} (median µs per run(1000) call = ns per loop trip)\n")
        print("| snippet | " + " | ".join(cols) + " | ratio |")
        print("|---|" + "---:|" * (len(cols) + 1))
        for name, times in snippets.items():
            cells = [f"{times[c] / 1000:.1f}" if c in times else "-" for c in cols]
            ratio = "-"
            if len(cols) >= 2 and cols[0] in times and cols[1] in times:
                ratio = f"{times[cols[0]] / times[cols[1]]:.2f}x"
            print(f"| {name} | " + " | ".join(cells) + f" | {ratio} |")


if __name__ == "__main__":
    main()
