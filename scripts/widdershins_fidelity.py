"""Cross-vendor fidelity of the Widdershins importer, per spec: render each public spec of
../shared/corpus/openapi-realworld/ with the real Widdershins (Simpro's flags), import the markdown, compare
with the source (tests/widdershins_fidelity.py says what is compared and what is not, and why).

    .venv/bin/python scripts/widdershins_fidelity.py [-v] [NAME...]

Prints one row per spec (operations compared and equal, schemas compared and equal, importer warnings) and
the totals; `-v` also prints each difference. NAME filters by substring (`twilio`, `3.0-schema`).
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
    header = f"{'spec':<58} {'operations':>10} {'equal':>6} {'schemas':>8} {'equal':>6} {'warnings':>9}"
    print(header)
    print("-" * len(header))
    totals = [0, 0, 0, 0, 0]
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
            same = sum(1 for key in want if got.get(key) == want[key])
            schemas = compare_schemas(original, imported.document)
            equal = sum(1 for comparison in schemas if comparison.equal)
            warnings = sum(1 for d in imported.diagnostics if d.level == Level.WARNING)
            row = [len(want), same, len(schemas), equal, warnings]
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            print(f"{name:<58} {row[0]:>10} {row[1]:>6} {row[2]:>8} {row[3]:>6} {row[4]:>9}")
            if args.verbose:
                for key in sorted(set(want) | set(got)):
                    if want.get(key) != got.get(key):
                        print(f"    operation {key}: source {want.get(key)} import {got.get(key)}")
                for comparison in schemas:
                    for difference in comparison.differences:
                        print(f"    {comparison.site}: {difference}")
    print("-" * len(header))
    label = f"total ({len(specs)} specs)"
    print(f"{label:<58} {totals[0]:>10} {totals[1]:>6} {totals[2]:>8} {totals[3]:>6} {totals[4]:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
