"""Cross-vendor fidelity of the Widdershins importer, per spec: render each public spec of
../shared/corpus/openapi-realworld/ with the real Widdershins (Simpro's flags), import the markdown, compare
with the source (tests/widdershins_fidelity.py says what is compared and what is not, and why).

    .venv/bin/python scripts/widdershins_fidelity.py [-v] [NAME...]

Prints one row per spec (operations, body and response schemas, parameters, response headers: each compared
and equal; the importer's warnings) and the totals; `-v` also prints each difference. NAME filters by
substring (`twilio`, `3.0-schema`).
Not a test: tests/test_widdershins_generality.py holds the outcome.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.errors import Level, SpecFoundryError
from tests.widdershins_fidelity import REALWORLD, compare_schemas, import_markdown, import_source, outline, render


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    parser.add_argument("names", nargs="*", help="only specs whose path contains one of these")
    args = parser.parse_args()
    specs = sorted(path for path in REALWORLD.rglob("*.json") if path.is_file())
    if args.names:
        specs = [path for path in specs if any(name in str(path) for name in args.names)]
    columns = ("operations", "schemas", "parameters", "headers")
    header = f"{'spec':<58}" + "".join(f" {name:>10} {'equal':>6}" for name in columns) + f" {'warnings':>9}"
    print(header)
    print("-" * len(header))
    totals = [0] * (2 * len(columns) + 1)
    with tempfile.TemporaryDirectory(prefix="specfoundry-fidelity-") as scratch:
        for source in specs:
            name = str(source.relative_to(REALWORLD))
            rendered = Path(scratch) / (source.stem + ".md")
            render(source, rendered)
            try:
                imported = import_markdown(rendered)
            except SpecFoundryError as error:
                print(f"{name:<58} FAILED: {error}")
                continue
            original = import_source(source)
            want, got = outline(original), outline(imported.document)
            row = [len(want), sum(1 for key in want if got.get(key) == want[key])]
            comparisons = compare_schemas(original, imported.document)
            for kinds in (("body", "response"), ("parameter",), ("header",)):
                chosen = [c for c in comparisons if c.kind in kinds]
                row += [len(chosen), sum(1 for c in chosen if c.equal)]
            row.append(sum(1 for d in imported.diagnostics if d.level == Level.WARNING))
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            print(
                f"{name:<58}"
                + "".join(f" {value:>{10 if i % 2 == 0 else 6}}" for i, value in enumerate(row[:-1]))
                + f" {row[-1]:>9}"
            )
            if args.verbose:
                for key in sorted(set(want) | set(got)):
                    if want.get(key) != got.get(key):
                        print(f"    operation {key}: source {want.get(key)} import {got.get(key)}")
                for comparison in comparisons:
                    for difference in comparison.differences:
                        print(f"    {comparison.site}: {difference}")
    print("-" * len(header))
    label = f"total ({len(specs)} specs)"
    print(
        f"{label:<58}"
        + "".join(f" {value:>{10 if i % 2 == 0 else 6}}" for i, value in enumerate(totals[:-1]))
        + f" {totals[-1]:>9}"
    )
    return 0


def _row(label: str, values: list[int]) -> str:
    """Counted / equal pairs, then the warnings."""
    pairs = "".join(f" {value:>{10 if index % 2 == 0 else 6}}" for index, value in enumerate(values[:-1]))
    return f"{label:<58}{pairs} {values[-1]:>9}"


if __name__ == "__main__":
    sys.exit(main())
