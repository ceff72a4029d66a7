"""What the schema builder works on: example objects (instances), unions, roots, and the builder's
shared state (known components, names given so far, diagnostics).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.errors import Diagnostic, Level
from generator.importers.base import SourceDocument
from generator.importers.mintlify_rendered.descriptions import _Description
from generator.importers.mintlify_rendered.page import JsonExample, PageField, RenderedPage


@dataclass
class _Instance:
    """One object of an example, where it sits and which page field (if any) describes it."""

    pointer: str  # "response#/commitment/owner"
    value: dict[str, Any]
    key: str  # the property it is the value of (for array items: the array's property)
    line: int
    page_field: PageField | None
    parent: str | None  # pointer of the enclosing object
    in_array: bool


@dataclass
class _Union:
    name: str
    line: int  # the field's
    labels: list[str]
    prop: str
    values: dict[str, str]  # label → discriminator value
    descriptions: _Description


@dataclass
class _Root:
    """The schema of a body or response, built from its field list(s) plus its examples."""

    name: str
    description: str
    body_fields: list[PageField] | None = None
    response_fields: list[PageField] | None = None
    examples: list[tuple[str, JsonExample]] = field(default_factory=list)  # (label, example)


class _State:
    def __init__(self, source: SourceDocument, page: RenderedPage, known: Mapping[str, Any]) -> None:
        self.source = source
        self.file = str(source.path)
        self.page = page
        self.known: dict[str, Any] = json.loads(json.dumps(known, default=str))  # plain, detached
        self.known_schemas: dict[str, Any] = self.known.get("components", {}).get("schemas", {}) or {}
        self.diagnostics: list[Diagnostic] = list(page.diagnostics)
        self.instances: list[_Instance] = []
        self.names: dict[str, str] = {}  # instance pointer → component name
        self.component_descriptions: dict[str, str] = {}
        self.component_titles: dict[str, str] = {}
        self.shape_named: set[str] = set()
        self.unions: dict[str, _Union] = {}
        self.components: dict[str, Any] = {}
        self.lines: dict[str, int] = {}
        self.param_components: dict[str, Any] = {}
        overrides = source.options.get("schema_names", {})
        self.overrides: dict[str, str] = dict(overrides) if isinstance(overrides, Mapping) else {}
        self.registry: Registry[Any] = Registry().with_resource(
            "urn:specfoundry:known", DRAFT202012.create_resource(self.known)
        )

    def note(self, level: Level, message: str, line: int | None, code: str, fix: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(level, message, self.file, str(line) if line else None, fix, code))
