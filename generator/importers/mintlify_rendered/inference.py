"""Schemas inferred from example JSON: walk the examples into instances, detect discriminated unions,
and type each inferred component from every value its instances show.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from generator.errors import Level
from generator.importers.mintlify_rendered.descriptions import _UNION, _split_description
from generator.importers.mintlify_rendered.known import _absolute
from generator.importers.mintlify_rendered.naming import _SHAPE_PROPERTY_TYPES, _kebab, _Naming
from generator.importers.mintlify_rendered.notation import _nullable, _ref
from generator.importers.mintlify_rendered.page import JsonExample, PageField, _escape
from generator.importers.mintlify_rendered.state import _Instance, _Root, _Union

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_TEMPLATE_VAR = re.compile(r"\{[A-Za-z_][\w.-]*\}")


class _Inference(_Naming):
    # -- examples → instances
    def _walk(self, example: JsonExample, label: str, root: _Root) -> None:
        fields = {f.name: f for f in [*(root.body_fields or []), *(root.response_fields or [])]}
        for pointer, line in example.lines.items():
            self.lines[f"{label}#{pointer}"] = line

        def visit(
            value: Any, pointer: str, key: str, page_field: PageField | None, parent: str | None, in_array: bool
        ) -> None:
            full = f"{label}#{pointer}"
            if isinstance(value, dict):
                line = self.lines.get(full, example.line)
                self.instances.append(_Instance(full, value, key, line, page_field, parent, in_array))
                for child_key, child in value.items():
                    child_field = fields.get(child_key) if pointer == "" else None
                    visit(child, f"{pointer}/{_escape(child_key)}", child_key, child_field, full, False)
            elif isinstance(value, list):
                for position, item in enumerate(value):
                    visit(item, f"{pointer}/{position}", key, page_field, parent, True)

        if not isinstance(example.value, dict):
            self.note(
                Level.WARNING, f"the {label} example is not a JSON object; not used", example.line, "example-not-object"
            )
            return
        visit(example.value, "", root.name, None, None, False)
        self.names[f"{label}#"] = root.name
        unknown = [key for key in example.value if key not in fields]
        for key in unknown:
            self.note(
                Level.WARNING,
                f"{label} example has {key!r}, which the field lists do not show; typed from the example",
                self.lines.get(f"{label}#/{_escape(key)}"),
                "example-only-field",
            )

    def _prepare_unions(self, root: _Root) -> None:
        """A field described as 'one of N types: A or B' is a oneOf with a discriminator."""
        for page_field in [*(root.body_fields or []), *(root.response_fields or [])]:
            match = _UNION.search(page_field.description)
            if not match or page_field.name in self.unions:
                continue
            labels = [part for part in re.split(r",\s*|\s+or\s+|\s+and\s+", match.group("labels").strip()) if part]
            described = _split_description(page_field.description, page_field.name, labels)
            values = [
                example.value[page_field.name]
                for _, example in root.examples
                if isinstance(example.value, dict) and isinstance(example.value.get(page_field.name), dict)
            ]
            prop, suffix = "type", ""
            for key in dict.fromkeys(key for value in values for key in value):
                seen = [value.get(key) for value in values]
                starts = [next((lb for lb in labels if isinstance(s, str) and s.startswith(lb)), None) for s in seen]
                if seen and all(starts):
                    prop = key
                    first = seen[0]
                    start = starts[0]
                    assert isinstance(first, str) and start is not None
                    suffix = first[len(start) :]
                    break
            else:
                self.note(
                    Level.WARNING,
                    f"{page_field.name}: no example shows which property tells the "
                    f"{len(labels)} types apart; assuming 'type'",
                    page_field.line,
                    "union-discriminator",
                )
            self.unions[page_field.name] = _Union(
                name=_kebab(page_field.name),
                line=page_field.line,
                labels=labels,
                prop=prop,
                values={label: label + suffix for label in labels},
                descriptions=described,
            )

    # -- inferred components
    def _component(self, name: str, line: int | None = None) -> dict[str, Any]:
        instances = [(i.pointer, i.value) for i in self.instances if self.names.get(i.pointer) == name]
        schema: dict[str, Any] = {}
        if name in self.component_titles:
            schema["title"] = self.component_titles[name]
        if name in self.component_descriptions:
            schema["description"] = self.component_descriptions[name]
        schema.update(self._object_schema(instances))
        for prop, kind in _SHAPE_PROPERTY_TYPES.get(name, {}).items():
            if name in self.shape_named and prop in schema.get("properties", {}):
                schema["properties"][prop] = _with_type(schema["properties"][prop], kind)
        if not instances:
            schema["type"] = "object"
            self.note(
                Level.WARNING,
                f"no example shows a {name!r}: its properties are unknown",
                line or self.page.title_line,
                "no-example",
                f"complete components/schemas/{name} with an overlay",
            )
        return schema

    def _object_schema(self, instances: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, Any]:
        keys = list(dict.fromkeys(key for _, value in instances for key in value))
        properties = {
            key: self._value_schema(
                [(f"{pointer}/{_escape(key)}", value[key]) for pointer, value in instances if key in value], key
            )
            for key in keys
        }
        return {"type": "object", "properties": properties} if properties else {"type": "object"}

    def _value_schema(self, values: Sequence[tuple[str, Any]], key: str) -> dict[str, Any]:
        present = [(pointer, value) for pointer, value in values if value is not None]
        nullable = len(present) < len(values)
        line = self.lines.get(values[0][0]) if values else None
        if not present:
            schema = self._null_only(key, values[0][0] if values else key, line)
        elif all(isinstance(value, dict) for _, value in present):
            names = {self.names.get(pointer) for pointer, _ in present}
            if names == {None}:
                schema = self._object_schema(present)
            elif len(names) == 1:
                schema = {"$ref": _ref(next(iter(names)) or "")}
            else:
                schema = {"anyOf": [{"$ref": _ref(n)} for n in sorted(n for n in names if n)]}
        elif all(isinstance(value, list) for _, value in present):
            items = [(f"{pointer}/{i}", item) for pointer, value in present for i, item in enumerate(value)]
            schema = {"type": "array", "items": self._value_schema(items, key) if items else {}}
            if not items:
                where = values[0][0].replace("#", " example at ")
                self.note(
                    Level.WARNING,
                    f"{where} is always an empty array: its item schema is left open",
                    line,
                    "empty-array",
                    "give it an item schema with an overlay",
                )
        elif all(not isinstance(value, dict | list) for _, value in present):
            schema = self._scalar_schema([value for _, value in present], key)
        else:
            schema = {"anyOf": [self._value_schema([item], key) for item in present]}
        return _nullable(schema) if nullable else schema

    def _null_only(self, key: str, pointer: str, line: int | None) -> dict[str, Any]:
        where = pointer.replace("#", " example at ")
        guess: dict[str, Any] = {}
        if key.endswith("Date"):
            guess = {"type": "string", "format": "date"}
        elif key.endswith("At"):
            guess = {"type": "string", "format": "date-time"}
        if guess:
            self.note(
                Level.INFO, f"{where} is only ever null; typed {guess['format']} from its name", line, "null-only"
            )
        else:
            self.note(
                Level.WARNING,
                f"{where} is only ever null: its type is unknown",
                line,
                "null-only",
                "type it with an overlay",
            )
        return guess

    @staticmethod
    def _scalar_schema(values: Sequence[Any], key: str) -> dict[str, Any]:
        kinds = {_json_type(value) for value in values}
        if kinds == {"integer", "number"}:
            kinds = {"number"}
        schema: dict[str, Any] = {"type": kinds.pop() if len(kinds) == 1 else sorted(kinds)}
        if schema["type"] == "string":
            fmt = _string_format([str(value) for value in values], key)
            if fmt:
                schema["format"] = fmt
        return schema

    def _union_component(self, union: _Union) -> None:
        if union.name in self.known_schemas:
            return
        mapping: dict[str, str] = {}
        for label in union.labels:
            value = union.values[label]
            name = _kebab(value)
            mapping[value] = _ref(name)
            variant = self.components.get(name)
            if variant is None:  # the page names the variant but shows none of its fields
                variant = {"type": "object"}
                self.note(
                    Level.WARNING,
                    f"the page names a {label} {union.name} but shows neither its fields "
                    f"nor an example: {name!r} only has its '{union.prop}' ({value!r}, inferred from "
                    "the other variant's value)",
                    union.line,
                    "unseen-variant",
                    f"complete components/schemas/{name} with an overlay, or import the page documenting it",
                )
            properties = variant.setdefault("properties", {})
            properties[union.prop] = {"type": "string", "enum": [value]}
            variant["properties"] = {union.prop: properties.pop(union.prop), **properties}
            variant["required"] = [union.prop]
            text = union.descriptions.variants.get(re.sub(r"[^a-z]", "", label.lower()))
            ordered = {"description": text} if text else {}
            self.components[name] = {**ordered, **{k: v for k, v in variant.items() if k != "description"}}
        schema: dict[str, Any] = {}
        if union.descriptions.component:
            schema["description"] = union.descriptions.component
        schema["oneOf"] = [{"$ref": ref} for ref in mapping.values()]
        schema["discriminator"] = {"propertyName": union.prop, "mapping": mapping}
        self.components[union.name] = schema


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _string_format(values: Sequence[str], key: str) -> str | None:
    if key.lower().endswith("template") and all(_TEMPLATE_VAR.search(v) for v in values):
        return "uri-template"
    if key.lower().endswith("href"):
        if all(_absolute(v) for v in values):
            return "uri"
        if all(not re.search(r"\s", v) for v in values):
            return "uri-reference"  # relative references ("/api/natures/1") are not URIs
    for pattern, name in ((_DATE, "date"), (_DATE_TIME, "date-time"), (_UUID, "uuid")):
        if all(pattern.match(v) for v in values):
            return name
    return None


def _with_type(schema: Mapping[str, Any], kind: str) -> dict[str, Any]:
    kinds = schema.get("type")
    nullable = isinstance(kinds, list) and "null" in kinds
    return {**schema, "type": [kind, "null"] if nullable else kind}
