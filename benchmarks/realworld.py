"""SpecFoundry vs bare openapi-python-client on each real-world document (../shared/corpus/openapi-realworld/).

Per document: `specfoundry regenerate <api> --force` (import, lint, curated spec, normalize, client package,
formatting) against `openapi-python-client generate --meta none` on the same file, both as fresh processes,
one at a time, after one untimed warm-up run of each (bytecode written, SpecFoundry's compiled templates
cached: what a developer's second run sees; `--cold` skips the warm-up and clears that cache before every
SpecFoundry run, as in a fresh checkout). Prints wall time and CPU time (user + system, child processes
included: steadier than wall time on a shared machine) and their ratios, and the medians over the documents
both tools generate a client for (target <= 1.3x). Then, per document, whether each tool's client imports
(every module) and passes `mypy --strict`, and the totals. Not a test (tests/test_realworld.py asserts the
outcomes); record figures in benchmarks/README.md.

    .venv/bin/python benchmarks/realworld.py [--runs N] [--cold] [API ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.realworld import (
    REPO,
    api_name,
    bare_generate,
    build_repo,
    documents,
    import_all,
    import_name,
    importable_links,
    mypy_failures,
    scratch,
)


@dataclass
class Timing:
    wall: float
    cpu: float
    ok: bool


def measure(action: Callable[[], bool]) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    ok = action()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu, ok)


def best_of(runs: int, action: Callable[[], bool]) -> Timing:
    samples = [measure(action) for _ in range(runs)]
    return Timing(min(s.wall for s in samples), min(s.cpu for s in samples), all(s.ok for s in samples))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1, help="runs per document and tool (the best counts)")
    parser.add_argument("--cold", action="store_true", help="no warm-up; no compiled-template cache")
    parser.add_argument("apis", nargs="*", help="only these documents (API names as printed)")
    args = parser.parse_args()
    root = scratch()
    docs = [document for document in documents() if not args.apis or api_name(document) in args.apis]
    repo = build_repo(root / "repo", docs)
    # Bytecode as an installed package has it (pip compiles on install), for both tools alike.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(REPO)
    wall_ratios: list[float] = []
    cpu_ratios: list[float] = []
    ratios: dict[str, str] = {}
    generated: dict[str, tuple[bool, bool]] = {}  # name → (SpecFoundry wrote a client, bare did)
    print(f"{'document':36} {'SpecFoundry':>16} {'bare':>16} {'wall':>6} {'cpu':>6}   (wall s / cpu s)")
    for document in docs:
        name = api_name(document)
        command = [sys.executable, "-m", "generator.cli", "--root", str(repo), "regenerate", name, "--force"]

        def ours(command: list[str] = command) -> bool:
            if args.cold:
                shutil.rmtree(repo / ".specfoundry-cache", ignore_errors=True)
            return subprocess.run(command, capture_output=True, env=env, check=False).returncode == 0

        def bare(document: Path = document, name: str = name) -> bool:
            shutil.rmtree(root / "bare" / name, ignore_errors=True)
            return bare_generate(document, root / "bare" / name, env=env)

        if not args.cold:
            ours(), bare()
        mine, theirs = best_of(args.runs, ours), best_of(args.runs, bare)
        cells = f"{mine.wall:7.2f}/{mine.cpu:5.2f}s {theirs.wall:7.2f}/{theirs.cpu:5.2f}s"
        generated[name] = (mine.ok, theirs.ok)
        if mine.ok and theirs.ok:
            wall_ratios.append(mine.wall / theirs.wall)
            cpu_ratios.append(mine.cpu / theirs.cpu)
            print(f"{name:36} {cells} {wall_ratios[-1]:5.2f}x {cpu_ratios[-1]:5.2f}x")
            ratios[name] = f"{wall_ratios[-1]:.2f}x / {cpu_ratios[-1]:.2f}x"
        else:
            who = "neither" if not (mine.ok or theirs.ok) else "bare only" if theirs.ok else "SpecFoundry only"
            print(f"{name:36} {cells}     -      -   (a client from {who}: no ratio)")
    if wall_ratios:
        print(
            f"median ratio over {len(wall_ratios)} documents both generate: wall "
            f"{statistics.median(wall_ratios):.2f}x, cpu {statistics.median(cpu_ratios):.2f}x (target <= 1.3x)"
        )
    quality(root, repo, docs, generated, ratios)
    shutil.rmtree(root, ignore_errors=True)


def quality(
    root: Path, repo: Path, docs: list[Path], generated: dict[str, tuple[bool, bool]], ratios: dict[str, str]
) -> None:
    """Per document: each tool's client, whether every module imports, whether it passes mypy --strict."""
    ours = {
        import_name(document): repo / "generated" / f"{api_name(document)}-client"
        for document in docs
        if generated[api_name(document)][0]
    }
    theirs = importable_links(
        {
            import_name(document): root / "bare" / api_name(document)
            for document in docs
            if generated[api_name(document)][1]
        },
        root / "bare-links",
    )
    ours_imports, theirs_imports = import_all(ours), import_all(theirs)
    ours_mypy = mypy_failures({name: parent for name, parent in ours.items() if not ours_imports[name]})
    theirs_mypy = mypy_failures({name: parent for name, parent in theirs.items() if not theirs_imports[name]})

    def outcome(name: str, made: bool, imports: dict[str, str], failing: set[str]) -> str:
        if not made:
            return "no client | - | -"
        imported = not imports.get(name)
        return f"client | {'imports' if imported else 'import fails'} | " + (
            ("fails" if name in failing else "passes") if imported else "-"
        )

    print("\n| document | SpecFoundry | import | mypy --strict | bare | import | mypy --strict | ratio wall / cpu |")
    print("|---|---|---|---|---|---|---|---|")
    totals = {"ours": [0, 0, 0], "bare": [0, 0, 0]}
    for document in docs:
        name, package = api_name(document), import_name(document)
        mine, theirs_made = generated[name]
        row_ours = outcome(package, mine, ours_imports, ours_mypy)
        row_bare = outcome(package, theirs_made, theirs_imports, theirs_mypy)
        for key, made, imports, failing in (
            ("ours", mine, ours_imports, ours_mypy),
            ("bare", theirs_made, theirs_imports, theirs_mypy),
        ):
            imported = made and not imports.get(package)
            totals[key][0] += made
            totals[key][1] += imported
            totals[key][2] += imported and package not in failing
        print(f"| {name} | {row_ours} | {row_bare} | {ratios.get(name, '-')} |")
    for key, label in (("ours", "SpecFoundry"), ("bare", "bare openapi-python-client")):
        made, imported, typed = totals[key]
        print(f"{label}: {made}/{len(docs)} clients, {imported} import, {typed} pass mypy --strict")


if __name__ == "__main__":
    main()
