"""Where did each field of the rendered "Create a Purchase" page land? A Markdown table, from the importer.

    .venv/bin/python scripts/purchase_field_map.py [PAGE] [--known EXPORT.md ...]

PAGE defaults to specs/lucca-invoices/sources/create-purchase.txt. `--known` names the Mintlify page
exports whose OpenAPI blocks the purchase page builds on (default: the other `*.md` exports next to
PAGE), as the pipeline passes them to the importer. Every row is read back from the imported document:
a field the importer failed to place shows up as "not placed", never as a hand-written guess.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

from generator.errors import SpecFoundryError  # noqa: E402
from generator.importers.base import SourceDocument  # noqa: E402
from generator.importers.mintlify_rendered import PageField, import_mintlify_rendered, parse_page  # noqa: E402

DEFAULT_PAGE = ROOT / "specs" / "lucca-invoices" / "sources" / "create-purchase.txt"
_FENCE = re.compile(r"^(`{3,})ya?ml\b[^\n]*\n(.*?)^\1[ \t]*$", re.S | re.M)
_SECTION_NAMES = {"header": "Headers", "path": "Path", "query": "Query", "cookie": "Cookies"}


def load_known(exports: Sequence[Path]) -> dict[str, Any]:
    """The OpenAPI blocks of Mintlify page exports, merged as the pipeline merges pages."""
    fragments: list[tuple[str, dict[str, Any]]] = []
    for export in exports:
        for match in _FENCE.finditer(export.read_text(encoding="utf-8")):
            fragment = YAML(typ="safe", pure=True).load(match.group(2))
            if isinstance(fragment, dict) and "openapi" in fragment:
                fragments.append((export.name, fragment))
    if not fragments:
        return {}
    if len(fragments) == 1:
        return fragments[0][1]
    from generator.importers.merge import merge_documents

    return merge_documents(fragments)


def field_map(page_path: Path, known: Mapping[str, Any]) -> tuple[list[list[str]], dict[str, Any]]:
    """Rows (block, field, page type, lands at, schema, readOnly, writeOnly, required) and the document."""
    source = SourceDocument(page_path, page_path.read_text(encoding="utf-8"))
    document = import_mintlify_rendered(source, known).document
    page = parse_page(source)
    resolver = _Resolver(document, known)
    path_item = document["paths"][page.path]
    operation = path_item[page.method.lower()]
    rows: list[list[str]] = []
    for location, fields in page.parameters.items():
        parameters = [*path_item.get("parameters", []), *operation.get("parameters", [])]
        for page_field in fields:
            rows.append(_parameter_row(_SECTION_NAMES[location], page_field, parameters, location, resolver))
    if page.body is not None:
        schema = operation["requestBody"]["content"][page.body.media_type]["schema"]
        for page_field in page.body.fields:
            rows.append(_property_row("Body", page_field, schema, resolver))
    for block in page.responses:
        schema = operation["responses"][block.status]["content"][block.media_type]["schema"]
        for page_field in block.fields:
            rows.append(_property_row(f"Response {block.status}", page_field, schema, resolver))
    return rows, document


class _Resolver:
    """Look up `#/components/...` in the page's document first, then in what the earlier pages define."""

    def __init__(self, document: Mapping[str, Any], known: Mapping[str, Any]) -> None:
        self.document = document
        self.known = known

    def get(self, ref: str) -> tuple[Any, bool]:
        """(target, whether it comes from the known document)."""
        for source, is_known in ((self.document, False), (self.known, True)):
            node: Any = source
            for part in ref.removeprefix("#/").split("/"):
                node = node.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(node, Mapping) else None
            if node is not None:
                return node, is_known
        return None, False

    def name(self, ref: str) -> str:
        _, is_known = self.get(ref)
        return f"`{ref.rsplit('/', 1)[-1]}`" + (" (known)" if is_known else "")

    def describe(self, schema: Mapping[str, Any]) -> str:
        if "$ref" in schema:
            target, _ = self.get(str(schema["$ref"]))
            text = self.name(str(schema["$ref"]))
            if isinstance(target, Mapping) and "oneOf" in target:
                variants = " \\| ".join(self.name(str(v["$ref"])) for v in target["oneOf"] if "$ref" in v)
                by = target.get("discriminator", {}).get("propertyName")
                text += f": oneOf {variants}" + (f", discriminator `{by}`" if by else "")
            return text
        for combinator in ("allOf", "anyOf", "oneOf"):
            if combinator in schema:
                parts = [self.describe(part) for part in schema[combinator] if _is_typed(part)]
                return " \\| ".join(parts) if combinator != "allOf" else " & ".join(parts)
        kinds = schema.get("type", "any")
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        words = []
        for kind in kinds:
            if kind == "array":
                words.append(f"array of {self.describe(schema.get('items', {}))}")
            elif kind == "null":
                words.append("null")
            else:
                word = kind
                if "format" in schema:
                    word += f" ({schema['format']})"
                if "enum" in schema:
                    word += " enum: " + ", ".join(str(value) for value in schema["enum"])
                words.append(word)
        return " \\| ".join(words)


def _is_typed(schema: Mapping[str, Any]) -> bool:
    """allOf parts that only add description/readOnly say nothing about the type."""
    return bool({"$ref", "type", "allOf", "anyOf", "oneOf", "enum"} & set(schema))


def _flag(schema: Mapping[str, Any], flag: str) -> bool:
    return bool(schema.get(flag)) or any(_flag(part, flag) for part in schema.get("allOf", []))


def _yes(value: bool) -> str:
    return "yes" if value else ""


def _parameter_row(
    block: str, page_field: PageField, parameters: Sequence[Mapping[str, Any]], location: str, resolver: _Resolver
) -> list[str]:
    for position, parameter in enumerate(parameters):
        target, _ = resolver.get(str(parameter["$ref"])) if "$ref" in parameter else (parameter, False)
        if isinstance(target, Mapping) and target.get("in") == location and target.get("name") == page_field.name:
            where = (
                f"{resolver.name(str(parameter['$ref']))} `{parameter['$ref']}`"
                if "$ref" in parameter
                else f"path item `parameters/{position}`"
            )
            schema = target.get("schema", {})
            return [
                block,
                f"`{page_field.name}` (line {page_field.line})",
                f"`{page_field.type_text}`",
                where,
                resolver.describe(schema),
                "",
                "",
                _yes(bool(target.get("required"))),
            ]
    return _unplaced(block, page_field)


def _property_row(block: str, page_field: PageField, schema: Mapping[str, Any], resolver: _Resolver) -> list[str]:
    ref = str(schema.get("$ref", ""))
    target, _ = resolver.get(ref) if ref else (schema, False)
    properties = target.get("properties", {}) if isinstance(target, Mapping) else {}
    if page_field.name not in properties:
        return _unplaced(block, page_field)
    prop = properties[page_field.name]
    pointer = f"{ref or '#'}/properties/{page_field.name}"
    return [
        block,
        f"`{page_field.name}` (line {page_field.line})",
        f"`{page_field.type_text}`",
        f"{resolver.name(ref) if ref else 'inline'} `{pointer}`",
        resolver.describe(prop),
        _access(prop, "readOnly", "Read-only.", page_field, "Response"),
        _access(prop, "writeOnly", "Write-only.", page_field, "Body"),
        _yes(page_field.name in target.get("required", [])),
    ]


def _access(prop: Mapping[str, Any], flag: str, words: str, page_field: PageField, block: str) -> str:
    """'yes' when the page says so; otherwise the importer inferred it from where the field is listed."""
    if not _flag(prop, flag):
        return ""
    return "yes" if words in page_field.description else f"yes (listed only under {block})"


def _unplaced(block: str, page_field: PageField) -> list[str]:
    return [block, f"`{page_field.name}` (line {page_field.line})", f"`{page_field.type_text}`", "**not placed**"]


def render(rows: Sequence[Sequence[str]], document: Mapping[str, Any], known: Mapping[str, Any]) -> str:
    header = ["Block", "Field (page line)", "Page type", "Lands at", "Schema", "readOnly", "writeOnly", "required"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join([*row, *[""] * (len(header) - len(row))]) + " |" for row in rows]
    produced = sorted(document.get("components", {}).get("schemas", {}))
    known_names = set(known.get("components", {}).get("schemas", {}) or {})
    used = set(re.findall(r"#/components/schemas/([\w.-]+)", repr(document)))
    lines += [
        "",
        "Components produced: " + ", ".join(f"`{name}`" for name in produced),
        "",
        "Known components reused: " + (", ".join(f"`{name}`" for name in sorted(used & known_names)) or "none"),
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("page", nargs="?", type=Path, default=DEFAULT_PAGE)
    parser.add_argument("--known", type=Path, action="append", help="Mintlify page export (repeatable)")
    args = parser.parse_args(argv)
    exports = args.known if args.known is not None else sorted(args.page.parent.glob("*.md"))
    try:
        known = load_known(exports)
        rows, document = field_map(args.page, known)
    except SpecFoundryError as error:
        print(error.render(), file=sys.stderr)
        return 1
    sys.stdout.write(render(rows, document, known))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
