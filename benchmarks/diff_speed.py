"""How long `specfoundry diff OLD NEW` takes, end to end (a fresh process, as a user runs it), on each
curated spec against a copy with one change in every component. Not a test: run it by hand and record the
figures in benchmarks/README.md.

    .venv/bin/python benchmarks/diff_speed.py [--runs N]

Prints, per API, the median wall time of the whole command (`diff OLD NEW`, specs only) and of the
comparison itself (`diff_specs`, in process), so the fixed cost of starting Python and loading the two
files is visible next to the engine's.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.drift import diff_specs  # noqa: E402
from generator.specfile import load_spec  # noqa: E402


def changed(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with one change in every component schema: a new optional property."""
    new = copy.deepcopy(spec)
    for schema in ((new.get("components") or {}).get("schemas") or {}).values():
        if isinstance(schema, dict):
            schema.setdefault("properties", {})["benchmarkAdded"] = {"type": "string"}
    return new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    cli = [str(ROOT / ".venv" / "bin" / "specfoundry")]
    for api in ("lucca-invoices", "simpro"):
        old_path = ROOT / "specs" / api / "openapi.yaml"
        old = load_spec(old_path)
        new = changed(old)
        with tempfile.TemporaryDirectory() as scratch:
            new_path = Path(scratch) / "new.json"
            new_path.write_text(json.dumps(new), encoding="utf-8")
            whole, engine = [], []
            for _ in range(args.runs):
                start = time.perf_counter()
                result = subprocess.run(
                    [*cli, "diff", str(old_path), str(new_path)], cwd=scratch, capture_output=True, check=False
                )
                whole.append(time.perf_counter() - start)
                assert result.returncode == 0, result.stderr.decode()
                start = time.perf_counter()
                changes = diff_specs(old, new)
                engine.append(time.perf_counter() - start)
        print(
            f"{api}: `diff OLD NEW` median {statistics.median(whole):.3f} s "
            f"(min {min(whole):.3f}, max {max(whole):.3f}, {args.runs} runs); "
            f"diff_specs median {statistics.median(engine) * 1000:.1f} ms; {len(changes)} changes"
        )


if __name__ == "__main__":
    main()
