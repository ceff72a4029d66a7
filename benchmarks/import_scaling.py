"""How import time grows with the number of Widdershins sections (not a test; figures in README.md).

Imports the first N sections of the full Simpro reference (`../shared/corpus/simpro-docs/`, overview
first, then sorted by name: the order a `sources/*.md` glob gives) for N = 40, 80, 160 and all 322, in one
process, and prints the CPU time per section and per KiB of markdown, each with its ratio to that at 40 (the
later sections are larger on average, which the per-KiB figure separates from growth). Linear import keeps the ratio
near 1 (target: per-section time at 322 within 1.2x of that at 40, and the whole import within 5 s). Then
the same with N sections chosen evenly over the sizes of all sections (a sample with the whole's size mix,
so that the ratio measures growth with N, not content). Last, the marginal cost of the final 40 sections
imported after the other 282 against the same 40 alone.

    .venv/bin/python benchmarks/import_scaling.py [--runs N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import platform
import pstats
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.config import SourceConfig  # noqa: E402
from generator.importers import import_sources  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "simpro-docs"
COUNTS = (40, 80, 160, 322)


def ordered_sections(folder: Path) -> list[Path]:
    """Overview first, then the sections sorted by name (the documented glob order)."""
    files = sorted(folder.glob("*.md"))
    overview = [path for path in files if path.name.startswith("00-")]
    return overview + [path for path in files if path not in overview]


def spread(sections: list[Path], count: int) -> list[Path]:
    """The overview and `count - 1` sections at even steps through the others ranked by size, back in
    glob order: a sample with the size mix of the whole reference."""
    by_size = sorted(sections[1:], key=lambda path: (path.stat().st_size, path.name))
    step = len(by_size) / (count - 1)
    chosen = {by_size[int((index + 0.5) * step)] for index in range(count - 1)}
    return [sections[0], *(path for path in sections[1:] if path in chosen)]


def import_seconds(paths: list[Path], runs: int) -> float:
    """Median CPU seconds of importing `paths` as one API."""
    sources = tuple(SourceConfig(path=path, format="widdershins") for path in paths)
    samples = []
    for _ in range(runs):
        start = time.process_time()
        import_sources(sources, folder=CORPUS)
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile the full import instead")
    args = parser.parse_args()
    sections = ordered_sections(CORPUS)
    if args.profile:
        sources = tuple(SourceConfig(path=path, format="widdershins") for path in sections)
        cProfile.runctx("import_sources(sources, folder=CORPUS)", globals(), {"sources": sources}, "/tmp/import.prof")
        pstats.Stats("/tmp/import.prof").sort_stats("cumulative").print_stats(25)
        return
    print(f"{platform.machine()}, {platform.python_version()}, median of {args.runs} runs (CPU seconds)")
    print(f"{'sections':>8}  {'KiB':>6}  {'total s':>8}  {'ms/section':>10}  {'ratio':>6}  {'ms/KiB':>7}  {'ratio':>6}")
    base: tuple[float, float] | None = None
    for count in COUNTS:
        seconds = import_seconds(sections[:count], args.runs)
        size = sum(path.stat().st_size for path in sections[:count]) / 1024
        per, per_kib = seconds / count, seconds / size
        base = base or (per, per_kib)
        print(
            f"{count:>8}  {size:>6.0f}  {seconds:>8.2f}  {per * 1000:>10.2f}  {per / base[0]:>5.2f}x"
            f"  {per_kib * 1000:>7.3f}  {per_kib / base[1]:>5.2f}x"
        )
    # N sections spread evenly over the reference's sizes (overview first): each sample has the mix of section
    # sizes the whole has, so the per-section ratio shows growth with N alone, not that the first sections in
    # name order happen to be small.
    print(f"\n{'spread':>8}  {'KiB':>6}  {'total s':>8}  {'ms/section':>10}  {'ratio':>6}")
    spread_base: float | None = None
    for count in COUNTS:
        chosen = spread(sections, count)
        seconds = import_seconds(chosen, args.runs)
        size = sum(path.stat().st_size for path in chosen) / 1024
        per = seconds / count
        spread_base = spread_base or per
        print(f"{count:>8}  {size:>6.0f}  {seconds:>8.2f}  {per * 1000:>10.2f}  {per / spread_base:>5.2f}x")
    # The same sections with and without the others before them: growth with N, whatever their content.
    last = sections[-40:]
    alone = import_seconds(last, args.runs)
    after = import_seconds(sections, args.runs) - import_seconds(sections[:-40], args.runs)
    print(
        f"the last 40 sections: {alone / 40 * 1000:.2f} ms/section imported alone, "
        f"{after / 40 * 1000:.2f} ms/section after the other {len(sections) - 40} ({after / alone:.2f}x)"
    )


if __name__ == "__main__":
    main()
