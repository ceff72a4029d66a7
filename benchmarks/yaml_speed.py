"""How long loading and dumping a curated spec take through ruamel.yaml (the reference paths) and through the fast
paths of generator.yamlio, in CPU time, in one process. Not a test: run it by hand and record the figures in
benchmarks/README.md.

    .venv/bin/python benchmarks/yaml_speed.py [--runs N] [SPEC.yaml]

Prints the best of N runs of each, the ratio old/new, and whether the fast paths gave the same data and the same
bytes (for a curated spec: its own bytes). A JSON file loads through the json module, as in the pipeline.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.yamlio import _dump_with_ruamel, _load_with_ruamel, dump_yaml, load_yaml  # noqa: E402


def best_cpu(function: Callable[[], Any], runs: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", nargs="?", type=Path, default=ROOT / "specs" / "simpro" / "openapi.yaml")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = args.spec.read_text(encoding="utf-8")
    name = str(args.spec)
    print(f"{name}: {len(text.encode()) / 1e6:.1f} MB, best CPU time of {args.runs} runs")

    old_load, old_data = best_cpu(lambda: _load_with_ruamel(text, file=name), args.runs)
    new_load, new_data = best_cpu(lambda: load_yaml(text, file=name), args.runs)
    old_dump, old_text = best_cpu(lambda: _dump_with_ruamel(old_data), args.runs)
    new_dump, new_text = best_cpu(lambda: dump_yaml(new_data), args.runs)
    print(f"{'':6} {'ruamel':>8} {'fast':>8} {'ratio':>7}")
    for label, old, new in (("load", old_load, new_load), ("dump", old_dump, new_dump)):
        print(f"{label:6} {old:7.3f}s {new:7.3f}s {old / new:6.1f}x")
    same = f"same data: {new_data == old_data}; same bytes: {new_text == old_text}"
    print(same + (f"; the file's own bytes: {new_text == text}" if args.spec.suffix != ".json" else ""))


if __name__ == "__main__":
    main()
