"""SpecFoundry benchmarks: ratios against bare openapi-python-client on the same input, measured side by
side in one run. Not a test: run it by hand (`.venv/bin/python benchmarks/bench.py`) and record the figures
in benchmarks/README.md.

1. `specfoundry regenerate` (all APIs, from scratch) vs bare `openapi-python-client generate` on the same
   curated specs (target <= 1.3x).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def timed(action: Callable[[], None], runs: int) -> float:
    """Median wall time of `runs` runs, in seconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def scratch_repo(root: Path) -> Path:
    for name in ("specs", "templates", "generated"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def run(command: list[str], cwd: Path) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=env)


def machine() -> str:
    return f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        repo = scratch_repo(scratch / "repo")
        specs = sorted((repo / "specs").glob("*/openapi.yaml"))

        def regenerate_from_scratch() -> None:
            shutil.rmtree(repo / "generated")
            (repo / "generated").mkdir()
            run([str(BIN / "specfoundry"), "--root", str(repo), "regenerate"], cwd=repo)

        def bare_generate() -> None:
            for spec in specs:
                output = scratch / "bare" / spec.parent.name
                run(
                    [
                        str(BIN / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(spec),
                        "--output-path",
                        str(output),
                        "--overwrite",
                        "--meta",
                        "none",
                    ],
                    cwd=scratch,
                )

        bare = timed(bare_generate, args.runs)
        ours = timed(regenerate_from_scratch, args.runs)
        print(f"specs: {', '.join(spec.parent.name for spec in specs)}")
        print(f"bare openapi-python-client generate: {bare:.2f} s (median of {args.runs})")
        print(f"specfoundry regenerate (from scratch): {ours:.2f} s")
        print(f"ratio regenerate / bare: {ours / bare:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    main()
