"""Load one OpenAPI file (a curated spec, or a file given on the command line) as untrusted input.

Read within the budgets, parsed, checked for shape, its relative `$ref`s bundled from its own folder
(nothing outside it is read, nothing is fetched) and every reference checked: every problem is reported
at once, naming this file, before any stage sees the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from generator.curate.refs import check_refs
from generator.errors import SpecFoundryError
from generator.importers.bundle import Bundler
from generator.shape import check_shape
from generator.textfiles import read_document
from generator.yamlio import load_yaml


def load_spec(path: Path, *, label: str | None = None, folder: Path | None = None) -> dict[str, Any]:
    """The OpenAPI document in `path`; `label` names it in messages, `folder` (default: the file's own)
    bounds the files its references may name."""
    name = label or str(path)
    if not path.is_file():
        raise SpecFoundryError("no such spec file", file=name, fix="give the path of an OpenAPI YAML or JSON file")
    document = load_yaml(read_document(path, label=name), file=name)
    problems = check_shape(document, file=name)
    if not problems:
        try:
            document = Bundler(folder or path.parent).bundle(document, file=path)
        except SpecFoundryError as error:
            problems = error.as_diagnostics()
    if not problems:
        problems = check_refs(document, file=name)
    if problems:
        raise SpecFoundryError.from_diagnostics(
            "not a usable OpenAPI document", problems, file=name, fix="fix each problem below"
        )
    return cast(dict[str, Any], document)  # check_shape refused anything but a mapping
