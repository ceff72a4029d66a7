"""Round trip: import Widdershins markdown, render the rebuilt spec with the real Widdershins, compare.

The honest test of the Widdershins importer: if every operation the vendor's page shows comes back
byte-identical when the imported spec is rendered again by the same tool with the same flags, the
importer read everything the page says (and invented nothing it does not).

How a file goes round:
1. `import_widdershins` reads the markdown into an OpenAPI 3.0.3 document.
2. The document is made renderable the way the vendor's was (`renderable`): component references are
   expanded back in place (`{"$ref": X}` → X; `{"allOf": [{"$ref": X}], …siblings}` → X with the
   siblings on top), and `components.schemas` is dropped. Widdershins prints a `$ref` as a link to a
   "Schemas" section instead of `object`/`Inline`, and Simpro's Swagger file had no references: every
   schema in its reference is inline, so naming them is the importer's addition, and undoing it is the
   exact inverse. Components a page lists in its own `# Schemas` section are the vendor's and stay
   references. A type the vendor wrote that OpenAPI lacks (`date`, read as string/date with the word kept
   in `x-specfoundry-vendor-type`) gets its word back. A page without an API title (a tag section) gets a
   placeholder `info`.
3. Widdershins 4.0.1 renders it: `widdershins <spec.json> -o <out.md> --language_tabs 'shell:Shell'
   'javascript:JavaScript' 'python:Python'` (`RENDER_FLAGS`), the flags Simpro used. No other flag is
   needed: code samples, the YAML front matter (`--omitHeader` is not used since front matter is never
   compared), `maxDepth` 10 and the rest stay at their defaults. The input file goes before
   `--language_tabs`, which would otherwise swallow it as a fourth tab.
4. Source and output are cut into operation blocks: a block starts at a `## <name>` line (outside code
   fences) and ends at its last non-blank line before the next `#`/`<h1>` or `##` heading or the end of
   the file. Blank lines between blocks separate blocks; they are not part of either. The text from a
   `# Name` heading to the first operation (page title and blurb, Authentication, a tag's description
   and external-docs link) is cut the same way into section blocks.
5. Blocks with the same name (`## <operationId>`, `# <Name>`) are compared byte for byte. Operations are
   what the report counts; section blocks are reported beside them. The YAML front matter and the
   generator comment are not compared: they hold the flags, not the spec.

Normalisation, applied to both sides before cutting, and only to these lines:
- page title and tag headings: Widdershins prints `<h1 id="<slug>">Name</h1>`; the sectioned pages
  (one file per tag) write `# Name`. Both become `# Name` (the slug is derived from the API title,
  which a tag section does not carry). Operation blocks never contain these lines, so for operations
  this only decides where blocks end; a section block starts with its normalised heading.
Nothing else is normalised: not whitespace, not line endings, nothing inside an operation block.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
import subprocess
import tempfile
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, SpecFoundryError
from generator.importers.base import SourceDocument
from generator.importers.merge import Merger
from generator.importers.widdershins import import_widdershins, plan_import, vendor_schema_names
from generator.importers.widdershins.schema import VENDOR_TYPE

RENDER_FLAGS = ("--language_tabs", "shell:Shell", "javascript:JavaScript", "python:Python")
PLACEHOLDER_INFO = {"title": "Round trip", "version": "0"}

_H1 = re.compile(r'^(?:<h1 id="[^"]*">(?P<html>.*)</h1>|# (?P<md>.+))$')
_H2 = re.compile(r"^## (?P<name>.+)$")
_TITLE = re.compile(r"^> Scroll down for ", re.MULTILINE)  # printed under the API title only
_OPERATION = re.compile(r'^<a id="opId', re.MULTILINE)


@dataclass(frozen=True)
class OperationComparison:
    name: str  # the `## ` heading: the operationId
    identical: bool
    rebuilt: bool  # False when the rendered spec has no block with this name
    diff: str = ""  # unified diff (source → rebuilt) when not identical


@dataclass(frozen=True)
class FileRoundTrip:
    path: Path
    operations: tuple[OperationComparison, ...]
    unexpected: tuple[str, ...] = ()  # operations the rebuilt spec renders that the source does not have
    sections: tuple[OperationComparison, ...] = ()  # `# Name` blocks: title, Authentication, tag intros
    diagnostics: tuple[Diagnostic, ...] = ()
    import_seconds: float = 0.0
    render_seconds: float = 0.0  # of the one Widdershins run of the file's reference
    error: str = ""  # why the file did not go round (it could not be read, imported or rendered)

    @property
    def total(self) -> int:
        return len(self.operations)

    @property
    def rebuilt(self) -> int:
        return sum(1 for operation in self.operations if operation.rebuilt)

    @property
    def identical(self) -> int:
        return sum(1 for operation in self.operations if operation.identical)

    @property
    def different(self) -> int:
        return self.total - self.identical

    @property
    def ok(self) -> bool:
        return (
            not self.error
            and self.identical == self.total
            and not self.unexpected
            and all(section.identical for section in self.sections)
        )


@dataclass
class _Blocks:
    order: list[str] = field(default_factory=list)
    text: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, lines: list[str]) -> None:
        while lines and not lines[-1].strip():
            lines.pop()
        if name in self.text:  # two blocks with one name: keep both visible in the comparison
            self.text[name] += "\n" + "\n".join(lines)
        else:
            self.order.append(name)
            self.text[name] = "\n".join(lines)


def roundtrip_markdown(
    paths: Sequence[Path], widdershins_bin: Path, options: Mapping[str, Any] | None = None
) -> list[FileRoundTrip]:
    """Round-trip markdown files through the importer and the real Widdershins; one result per file.

    The sections of one reference are imported together (`references`), as `import` does, and rendered
    by one Widdershins run: the overview carries what every section's operations print (servers in the
    code samples, security schemes). A file that cannot be read, imported or rendered is a failed
    result with the reason, never the end of the run.
    """
    _check_widdershins(widdershins_bin)
    results: dict[Path, FileRoundTrip] = {}
    texts: dict[Path, str] = {}
    for path in paths:
        try:
            texts[path] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            results[path] = _failed(path, "", f"cannot read the page: {reason}")
    with tempfile.TemporaryDirectory(prefix="specfoundry-roundtrip-") as scratch:
        for number, group in enumerate(references([path for path in paths if path in texts], texts)):
            _roundtrip_reference(group, texts, widdershins_bin, options or {}, Path(scratch) / str(number), results)
    return [results[path] for path in paths]


def references(paths: Sequence[Path], texts: Mapping[Path, str]) -> list[list[Path]]:
    """Group files into references: the files of one folder are the sections of one reference (the way a
    vendor publishes a split reference), except a file that is a whole reference by itself (it has the
    API title and operations), which goes alone. Groups and files keep the order they were given in."""
    groups: dict[Path | tuple[Path], list[Path]] = {}
    for path in paths:
        whole = _TITLE.search(texts[path]) is not None and _OPERATION.search(texts[path]) is not None
        groups.setdefault((path,) if whole else path.resolve().parent, []).append(path)
    return list(groups.values())


def _roundtrip_reference(
    group: Sequence[Path],
    texts: Mapping[Path, str],
    widdershins_bin: Path,
    options: Mapping[str, Any],
    scratch: Path,
    results: dict[Path, FileRoundTrip],
) -> None:
    merger = Merger()
    vendor = frozenset(name for path in group for name in vendor_schema_names(texts[path]))
    imported: dict[Path, tuple[dict[str, Any], tuple[Diagnostic, ...], float]] = {}
    # Schema names are chosen across the reference's files, as `specfoundry import` does.
    plan = plan_import([SourceDocument(path, texts[path], options, vendor) for path in group])
    for path in group:
        started = time.perf_counter()
        try:
            result = import_widdershins(SourceDocument(path, texts[path], options, vendor, plan), merger.document)
            merger.add(path.name, result.document)
        except SpecFoundryError as error:
            results[path] = _failed(path, texts[path], f"import failed: {error}")
            continue
        imported[path] = (result.document, tuple(result.diagnostics), time.perf_counter() - started)
    if not imported:
        return
    scratch.mkdir(parents=True)
    spec = scratch / "spec.json"
    spec.write_text(json.dumps(renderable(merger.document, keep=vendor), indent=2, ensure_ascii=False), "utf-8")
    started = time.perf_counter()
    try:
        rendered = render(spec, widdershins_bin)
    except SpecFoundryError as error:
        for path in imported:
            results[path] = _failed(path, texts[path], f"Widdershins failed: {error}")
        return
    render_seconds = time.perf_counter() - started
    got_operations, got_sections = split_blocks(rendered)
    wanted = {path: split_blocks(texts[path]) for path in imported}
    claimed = {name for operations, _ in wanted.values() for name in operations.text}
    for path, (document, diagnostics, import_seconds) in imported.items():
        operations, sections = wanted[path]
        own = _operation_ids(document)
        results[path] = FileRoundTrip(
            path,
            _compare_blocks(path, operations, got_operations),
            tuple(name for name in got_operations.order if name in own and name not in claimed),
            _compare_blocks(path, sections, got_sections),
            diagnostics,
            import_seconds,
            render_seconds,
        )


def _failed(path: Path, text: str, reason: str) -> FileRoundTrip:
    """A file that did not go round: each of its operations counts as not rebuilt."""
    operations, sections = split_blocks(text)
    return FileRoundTrip(
        path,
        tuple(OperationComparison(name, identical=False, rebuilt=False) for name in operations.order),
        sections=tuple(OperationComparison(name, identical=False, rebuilt=False) for name in sections.order),
        error=reason,
    )


def _operation_ids(document: Mapping[str, Any]) -> set[str]:
    return {
        str(operation.get("operationId"))
        for item in (document.get("paths") or {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def _check_widdershins(widdershins_bin: Path) -> None:
    if not widdershins_bin.is_file():
        raise SpecFoundryError(
            f"Widdershins is not installed ({widdershins_bin} is missing)",
            file=widdershins_bin,
            fix="run `npm ci` in the repository root",
        )


def render(spec: Path, widdershins_bin: Path) -> str:
    """The markdown Widdershins renders for `spec` with Simpro's flags."""
    output = spec.with_suffix(".md")
    try:
        completed = subprocess.run(
            [str(widdershins_bin), str(spec), "-o", str(output), *RENDER_FLAGS],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    except OSError as error:
        raise SpecFoundryError(
            f"cannot run Widdershins: {error.strerror}",
            file=widdershins_bin,
            fix="install Node.js and run `npm ci` in the repository root",
        ) from None
    # Widdershins reports conversion errors on stderr and still exits 0: the missing file tells.
    if completed.returncode != 0 or not output.is_file():
        detail = (completed.stderr or completed.stdout).strip().splitlines()
        raise SpecFoundryError(
            f"Widdershins failed on the rebuilt spec: {detail[-1] if detail else 'no output'}",
            file=spec,
            fix="run `npm ci`; if it persists the rebuilt spec is invalid: check the importer's diagnostics",
        )
    return output.read_text(encoding="utf-8")


def renderable(document: Mapping[str, Any], keep: Collection[str] = ()) -> dict[str, Any]:
    """The spec as the vendor's generator saw it: component schemas expanded in place (see module doc),
    except those in `keep`, the vendor's own (listed in a `# Schemas` section), which stay references."""
    result = copy.deepcopy(dict(document))
    components = dict(result.get("components") or {})
    every: dict[str, Any] = dict(components.pop("schemas", None) or {})
    schemas = {name: schema for name, schema in every.items() if name not in keep}
    if any(name in keep for name in every):
        components["schemas"] = {name: schema for name, schema in every.items() if name in keep}

    def expand(node: Any, trail: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [expand(item, trail) for item in node]
        if not isinstance(node, dict):
            return node
        target = _local_ref(node)
        wrapped = node.get("allOf")
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        if target is None and isinstance(wrapped, list) and len(wrapped) == 1 and isinstance(wrapped[0], dict):
            target = _local_ref(wrapped[0])
            siblings = {key: value for key, value in node.items() if key != "allOf"}
        if isinstance(node.get(VENDOR_TYPE), str):  # the vendor's own type word, as the page printed it
            restored = {key: value for key, value in node.items() if key not in (VENDOR_TYPE, "format")}
            return {**restored, "type": node[VENDOR_TYPE]}
        if target is not None:
            if target not in schemas or target in trail:
                return {key: expand(value, trail) for key, value in node.items()}  # left for Widdershins
            expanded = expand(schemas[target], (*trail, target))
            return {**expanded, **{key: expand(value, trail) for key, value in siblings.items()}}
        return {key: expand(value, trail) for key, value in node.items()}

    result = {key: expand(value, ()) for key, value in result.items() if key != "components"}
    if components:
        result["components"] = components
    result.setdefault("info", dict(PLACEHOLDER_INFO))
    return result


def _local_ref(node: Mapping[str, Any]) -> str | None:
    ref = node.get("$ref")
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None


def normalise(text: str) -> list[str]:
    """Lines, with page-title and tag headings written `# Name` whichever form the page used."""
    lines = text.split("\n")
    in_fence = False
    for index, line in enumerate(lines):
        if line.startswith("```"):
            in_fence = not in_fence
            continue
        match = None if in_fence else _H1.match(line)
        if match:
            lines[index] = "# " + (match.group("html") if match.group("html") is not None else match.group("md"))
    return lines


def split_blocks(text: str) -> tuple[_Blocks, _Blocks]:
    """(operation blocks by `## name`, section blocks by `# Name`); see the module doc for the bounds.

    A section block is a heading and its introduction up to the first operation: the page title with its
    blurb, "Authentication", or a tag with its description and external-docs link.
    """
    operations, sections = _Blocks(), _Blocks()
    target: _Blocks | None = None
    name = ""
    collected: list[str] = []
    in_fence = False
    for line in normalise(text):
        if line.startswith("```"):
            in_fence = not in_fence
        operation = None if in_fence else _H2.match(line)
        if operation or (not in_fence and line.startswith("# ")):
            if target is not None:
                target.add(name, collected)
            target, name = (operations, operation.group("name")) if operation else (sections, line)
            collected = [line]
        elif target is not None:
            collected.append(line)
    if target is not None:
        target.add(name, collected)
    return operations, sections


def compare(
    path: Path,
    source: str,
    rendered: str,
    diagnostics: tuple[Diagnostic, ...] = (),
    import_seconds: float = 0.0,
    render_seconds: float = 0.0,
) -> FileRoundTrip:
    wanted_operations, wanted_sections = split_blocks(source)
    got_operations, got_sections = split_blocks(rendered)
    return FileRoundTrip(
        path,
        _compare_blocks(path, wanted_operations, got_operations),
        tuple(name for name in got_operations.order if name not in wanted_operations.text),
        _compare_blocks(path, wanted_sections, got_sections),
        diagnostics,
        import_seconds,
        render_seconds,
    )


def _compare_blocks(path: Path, wanted: _Blocks, got: _Blocks) -> tuple[OperationComparison, ...]:
    comparisons: list[OperationComparison] = []
    for name in wanted.order:
        expected = wanted.text[name]
        actual = got.text.get(name)
        if actual == expected:
            comparisons.append(OperationComparison(name, identical=True, rebuilt=True))
            continue
        diff = "\n".join(
            difflib.unified_diff(
                expected.split("\n"),
                (actual or "").split("\n"),
                fromfile=f"{path.name} (vendor)",
                tofile=f"{path.name} (rebuilt)",
                lineterm="",
            )
        )
        comparisons.append(OperationComparison(name, identical=False, rebuilt=actual is not None, diff=diff))
    return tuple(comparisons)


def format_report(results: Sequence[FileRoundTrip], *, diffs: bool = False) -> str:
    """A per-file table of operations rebuilt / identical / different (and section intros); diffs on request."""
    header = ("file", "operations", "rebuilt", "identical", "different", "sections same", "import ms")
    rows = [
        (
            result.path.name,
            str(result.total),
            str(result.rebuilt),
            str(result.identical),
            str(result.different),
            f"{sum(1 for s in result.sections if s.identical)}/{len(result.sections)}",
            f"{result.import_seconds * 1000:.1f}",
        )
        for result in results
    ]
    sections = [(sum(1 for s in r.sections if s.identical), len(r.sections)) for r in results]
    totals = (
        "total",
        *(str(sum(int(row[column]) for row in rows)) for column in range(1, 5)),
        f"{sum(same for same, _ in sections)}/{sum(count for _, count in sections)}",
        f"{sum(result.import_seconds for result in results) * 1000:.1f}",
    )
    table = [header, *rows, totals]
    widths = [max(len(row[column]) for row in table) for column in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(
            cell.ljust(widths[0]) if column == 0 else cell.rjust(widths[column]) for column, cell in enumerate(row)
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    out = [line(header), rule, *(line(row) for row in rows), rule, line(totals)]
    for result in results:
        if result.error:
            out.append(f"{result.path.name}: FAILED, {result.error}")
        for name in result.unexpected:
            out.append(f"{result.path.name}: the rebuilt spec renders an operation the page does not have: {name}")
        for kind, blocks in (("operation", result.operations), ("section", result.sections)):
            for block in blocks:
                if not block.identical and not result.error:
                    state = "differs" if block.rebuilt else "was not rebuilt"
                    out.append(f"{result.path.name}: {kind} {block.name} {state}")
                    if diffs and block.diff:
                        out.append(block.diff)
    return "\n".join(out) + "\n"
