"""Mintlify page export → OpenAPI fragment.

A Mintlify page export is markdown holding one fenced block, opened by
````` ````yaml <spec> <method> <path> `````, with a partial OpenAPI document for that one operation
(Lucca's pages use a four-backtick fence). Several pages of one API each carry such a fragment;
`generator.importers.merge` joins them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.errors import SpecFoundryError
from generator.importers.base import ImportResult, SourceDocument
from generator.shape import check_shape, describe
from generator.yamlio import load_yaml

# Opening fence: three or more backticks, `yaml`, then optionally the spec path, the method and the path.
_FENCE_OPEN = re.compile(r"^(?P<fence>`{3,})ya?ml(?:\s+(?P<info>.*))?$")


def import_mintlify_export(source: SourceDocument, known: Mapping[str, Any]) -> ImportResult:
    blocks = _openapi_blocks(source)
    if not blocks:
        raise SpecFoundryError(
            "no OpenAPI block found in this page export",
            file=source.path,
            fix="export the page with its '## OpenAPI' section (a ````yaml fenced block holding "
            "'openapi: 3.x'), or declare the file with another format in api.toml",
        )
    document: dict[str, Any] = {}
    for first_line, text in blocks:
        fragment = load_yaml(text, file=str(source.path), line_offset=first_line - 1)
        if not isinstance(fragment, dict) or "openapi" not in fragment:
            holds = "no 'openapi' key" if isinstance(fragment, dict) else f"it holds {describe(fragment)}"
            raise SpecFoundryError(
                f"fenced YAML block is not an OpenAPI document ({holds})",
                file=source.path,
                place=str(first_line),
                fix="keep the page's OpenAPI block intact when exporting it (a mapping starting with 'openapi:')",
            )
        shape = check_shape(fragment, file=str(source.path))
        if shape:  # merging several blocks indexes into them: refuse a misshapen one first
            raise SpecFoundryError.from_diagnostics(
                "the YAML block does not have the shape of an OpenAPI document", shape, file=source.path
            )
        if not document:
            document = fragment
        else:  # a page with several blocks: same rules as merging pages
            from generator.importers.merge import merge_documents

            document = merge_documents([(source.name, document), (source.name, fragment)])
    return ImportResult(document=document)


def _openapi_blocks(source: SourceDocument) -> list[tuple[int, str]]:
    """(line number of the block's first YAML line, block text) for every fenced YAML block."""
    lines = source.text.splitlines()
    blocks: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        match = _FENCE_OPEN.match(lines[index].strip())
        if not match:
            index += 1
            continue
        fence = match.group("fence")
        start = index + 1
        end = start
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        if end == len(lines):
            raise SpecFoundryError(
                f"the YAML block opened here is never closed by {fence}",
                file=source.path,
                place=str(index + 1),
                fix="the page export is truncated: export the page again",
            )
        blocks.append((start + 1, "\n".join(lines[start:end]) + "\n"))
        index = end + 1
    return blocks
