"""SpecFoundry benchmarks: ratios against bare openapi-python-client on the same input, measured side by
side in one run, with the machine noted. Not a test: run it by hand and record the figures in
benchmarks/README.md.

    .venv/bin/python benchmarks/bench.py [--runs N]

1. `specfoundry regenerate` for all APIs (from scratch) vs bare `openapi-python-client generate` on the
   same curated specs (target <= 1.3x), and a no-op `regenerate` when nothing changed (target <= 0.2x).
2. Parsing a 10,000-item Simpro invoice-cost-center list: the client package's models vs the pydantic
   models package, per item.
3. Peak memory (max RSS) of `regenerate` vs bare openapi-python-client.
4. Drift: `diff_specs` on each curated spec against a copy with one change in every component.
"""

from __future__ import annotations

import argparse
import json
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
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ITEMS = 10_000


def timed(action: Callable[[], None], runs: int) -> float:
    """Median wall time of `runs` runs, in seconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def timed_side_by_side(actions: list[Callable[[], None]], runs: int) -> list[float]:
    """Median wall time of each action over `runs` rounds, the actions taking turns within each round: on a
    shared machine the load drifts, and timing one tool's runs after the other's would charge it to one."""
    samples: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, times in zip(actions, samples, strict=True):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in samples]


def run(command: list[str], cwd: Path) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=env)


def peak_rss_mib(command: list[str], cwd: Path) -> float:
    """Max resident set size of one command (and its children), in MiB, measured by a fresh Python."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    out = subprocess.run(
        [sys.executable, "-c", probe, *command], cwd=cwd, check=True, capture_output=True, text=True, env=env
    )
    return int(out.stdout.strip()) / 1024


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def generation(runs: int) -> None:
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        repo = scratch / "repo"
        for name in ("specs", "templates", "generated"):
            shutil.copytree(REPO / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        specs = sorted((repo / "specs").glob("*/openapi.yaml"))
        regenerate = [str(BIN / "specfoundry"), "--root", str(repo), "regenerate"]

        def from_scratch() -> None:
            shutil.rmtree(repo / "generated")
            shutil.rmtree(repo / ".specfoundry-cache", ignore_errors=True)
            (repo / "generated").mkdir()
            run(regenerate, cwd=repo)

        def bare() -> None:
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

        generate = [str(BIN / "specfoundry"), "--root", str(repo), "generate"]
        # generate: packages from the committed curated specs (after from_scratch, the packages exist)
        bare_s, ours_s, generate_s = timed_side_by_side([bare, from_scratch, lambda: run(generate, cwd=repo)], runs)
        run(regenerate, cwd=repo)  # warm the cache
        noop_s = timed(lambda: run(regenerate, cwd=repo), runs)
        bare_rss = peak_rss_mib(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(specs[-1]),
                "--output-path",
                str(scratch / "rss"),
                "--overwrite",
                "--meta",
                "none",
            ],
            scratch,
        )
        shutil.rmtree(repo / ".specfoundry-cache", ignore_errors=True)
        ours_rss = peak_rss_mib([*regenerate, "--force"], repo)

    print(f"\n1. generation, all APIs ({', '.join(spec.parent.name for spec in specs)}), median of {runs}")
    print(f"   bare openapi-python-client generate (clients only): {bare_s:6.2f} s")
    print(
        f"   specfoundry regenerate, from scratch (clients + models + import, lint, drift): {ours_s:6.2f} s"
        f"   ratio {ours_s / bare_s:.2f}x (target <= 1.3x)"
    )
    print(
        f"   specfoundry generate (clients + models from the curated specs): {generate_s:6.2f} s"
        f"   ratio {generate_s / bare_s:.2f}x (target <= 1.3x)"
    )
    print(
        f"   specfoundry regenerate, nothing changed: {noop_s:6.2f} s   ratio {noop_s / bare_s:.2f}x (target <= 0.2x)"
    )
    print("\n3. peak memory (max RSS)")
    print(f"   bare openapi-python-client (largest spec): {bare_rss:6.1f} MiB")
    print(f"   specfoundry regenerate --force, all APIs:  {ours_rss:6.1f} MiB   ratio {ours_rss / bare_rss:.2f}x")


def parsing(runs: int) -> None:
    from simpro_client.models import InvoiceCostCenter
    from simpro_models import ListInvoiceCostCentersResponse

    # The documented example of one invoice cost center (specs/simpro/sources), repeated.
    item: dict[str, Any] = {
        "ID": 0,
        "Name": "string",
        "JobID": 0,
        "RecurringInvoiceID": 0,
        "SectionID": 0,
        "CostCenter": {"ID": 12345, "Name": "string"},
        "Total": {"ExTax": 1.57, "IncTax": 1.57},
        "Claim": {"ExTax": 1.57, "IncTax": 1.57, "Percent": 1.57},
        "Items": [
            {
                "ID": 0,
                "Item": {"ID": 0, "PartNo": "string", "Name": "string", "Type": "string"},
                "Quantity": {"Total": 1.57, "Remaining": 1.57, "Claimed": 1.57},
                "UnitPrice": {"ExTax": 1.57, "IncTax": 1.57},
                "Total": {"ExTax": 1.57, "IncTax": 1.57},
            }
        ],
    }
    payload = json.dumps([{**item, "ID": number} for number in range(ITEMS)])
    client_s = timed(lambda: [InvoiceCostCenter.from_dict(entry) for entry in json.loads(payload)], runs)
    models_s = timed(lambda: ListInvoiceCostCentersResponse.model_validate_json(payload), runs)
    print(f"\n2. parsing a {ITEMS:,}-item Simpro invoice-cost-center list (JSON text to objects), median of {runs}")
    print(f"   client package (attrs from_dict): {client_s:6.3f} s = {client_s / ITEMS * 1e6:6.1f} µs/item")
    print(
        f"   models package (pydantic v2):     {models_s:6.3f} s = {models_s / ITEMS * 1e6:6.1f} µs/item"
        f"   ratio pydantic/client {models_s / client_s:.2f}x"
    )


def drift(runs: int) -> None:
    import copy

    from generator.drift import diff_specs
    from generator.yamlio import load_yaml

    print(f"\n4. drift engine (diff_specs), median of {runs}")
    for spec in sorted((REPO / "specs").glob("*/openapi.yaml"), key=lambda path: path.stat().st_size):
        old = load_yaml(spec.read_text(encoding="utf-8"), file=str(spec))
        new = copy.deepcopy(old)
        for schema in new.get("components", {}).get("schemas", {}).values():
            schema["description"] = "changed"  # one documentation change per component
        changes: list[Any] = []
        seconds = timed(lambda old=old, new=new, changes=changes: changes.extend(diff_specs(old, new)), runs)
        print(
            f"   {spec.parent.name}: {spec.stat().st_size / 1024:5.0f} KiB, {len(old.get('paths', {}))} paths, "
            f"{len(old.get('components', {}).get('schemas', {}))} schemas: {seconds * 1000:6.1f} ms "
            f"({len(changes) // runs} changes)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    generation(args.runs)
    parsing(max(args.runs, 5))
    drift(max(args.runs, 5))


if __name__ == "__main__":
    main()
