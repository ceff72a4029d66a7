"""SpecFoundry vs bare openapi-python-client on each real-world document (../shared/corpus/openapi-realworld/).

Per document: `specfoundry regenerate <api> --force` (import, lint, curated spec, normalize, client package,
formatting) against `openapi-python-client generate --meta none` on the same file, both as fresh processes,
one at a time. Prints each ratio and the median (target <= 1.3x). Not a test; record figures in
benchmarks/README.md.

    .venv/bin/python benchmarks/realworld.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.realworld import REPO, api_name, bare_generate, build_repo, documents, scratch


def best_of(runs: int, action: object) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return min(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1, help="runs per document and tool (the best counts)")
    args = parser.parse_args()
    root = scratch()
    docs = documents()
    build_repo(root / "repo", docs)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    ratios = []
    print(f"{'document':40} {'SpecFoundry':>12} {'bare':>8} {'ratio':>7}")
    for document in docs:
        name = api_name(document)
        command = [sys.executable, "-m", "generator.cli", "--root", str(root / "repo"), "regenerate", name, "--force"]
        ours = best_of(args.runs, lambda c=command: subprocess.run(c, capture_output=True, env=env, check=False))

        def bare(document: Path = document) -> None:
            shutil.rmtree(root / "bare", ignore_errors=True)
            bare_generate(document, root / "bare")

        theirs = best_of(args.runs, bare)
        ratios.append(ours / theirs)
        print(f"{name:40} {ours:11.2f}s {theirs:7.2f}s {ours / theirs:6.2f}x")
    print(f"median ratio {statistics.median(ratios):.2f}x over {len(ratios)} documents (target <= 1.3x)")
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
