"""The page's own schemas (one per body/response schema): field lists merged with the examples,
readOnly/writeOnly inferred, and every example checked against what was built.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.errors import Level
from generator.importers.mintlify_rendered.descriptions import _Description, _split_description
from generator.importers.mintlify_rendered.inference import _Inference
from generator.importers.mintlify_rendered.notation import _notation_schema, _nullable, _ref
from generator.importers.mintlify_rendered.page import PageField, _escape
from generator.importers.mintlify_rendered.state import _Root, _Union


class _Schemas(_Inference):
    # -- the page's own schemas
    def _root_schema(self, root: _Root) -> dict[str, Any]:
        body = {f.name: f for f in root.body_fields or []}
        response = {f.name: f for f in root.response_fields or []}
        both = root.body_fields is not None and root.response_fields is not None
        inferred: dict[str, list[str]] = {"readOnly": [], "writeOnly": []}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for name in _merge_order(list(body), list(response)):
            listed = [f for f in (response.get(name), body.get(name)) if f is not None]
            page_field = listed[0]
            if len(listed) == 2 and (listed[0].type_text, listed[0].description) != (
                listed[1].type_text,
                listed[1].description,
            ):
                self.note(
                    Level.WARNING,
                    f"{name} is shown differently under Body and Response; using the Response one",
                    page_field.line,
                    "field-differs",
                )
            schema, described = self._field_schema(page_field, root)
            read_only, write_only = described.read_only, described.write_only
            if both and not read_only and not write_only:
                # Mintlify hides readOnly fields from Body and writeOnly ones from Response.
                if name not in body:
                    read_only = True
                    inferred["readOnly"].append(name)
                elif name not in response:
                    write_only = True
                    inferred["writeOnly"].append(name)
            extra: dict[str, Any] = {}
            if described.prop:
                extra["description"] = described.prop
            if page_field.deprecated:
                extra["deprecated"] = True
            if page_field.has_default:
                extra["default"] = page_field.default
            if page_field.examples:
                extra["examples"] = page_field.examples
            if read_only:
                extra["readOnly"] = True
            if write_only:
                extra["writeOnly"] = True
            properties[name] = _attach(schema, extra)
            if any(f.required for f in listed):
                required.append(name)
        for flag, names in inferred.items():
            if names:
                where = "Response" if flag == "readOnly" else "Body"
                self.note(
                    Level.INFO,
                    f"{root.name}: {flag} inferred for {', '.join(names)} (listed only under {where})",
                    self.page.title_line,
                    "inferred-access",
                )
        result: dict[str, Any] = {}
        if root.description:
            result["description"] = root.description
        result["type"] = "object"
        if required:
            result["required"] = required
        result["properties"] = properties
        for label, example in root.examples:  # example keys no field list shows are kept, typed
            if isinstance(example.value, dict):
                for key, value in example.value.items():
                    if key not in properties:
                        properties[key] = self._value_schema([(f"{label}#/{_escape(key)}", value)], key)
        self._check_examples(root, result)
        return result

    def _field_schema(self, page_field: PageField, root: _Root) -> tuple[dict[str, Any], _Description]:
        union = self.unions.get(page_field.name)
        labels = union.labels if union else ()
        described = _split_description(page_field.description, page_field.name, labels)
        values = [
            (f"{label}#/{_escape(page_field.name)}", example.value[page_field.name])
            for label, example in root.examples
            if isinstance(example.value, dict) and page_field.name in example.value
        ]
        inner = page_field.notation.innermost()
        if union is not None:
            schema: dict[str, Any] = {"$ref": _ref(union.name)}
        elif inner.kind == "object" and any(v is not None and v != [] for _, v in values):
            schema = self._value_schema(values, page_field.name)
        elif inner.kind == "object":
            reference = self._page_reference(page_field)
            target: dict[str, Any] = {"$ref": _ref(reference)} if reference else {"type": "object"}
            if reference and reference not in self.known_schemas and reference not in self.components:
                self.components[reference] = self._component(reference, page_field.line)
            if not reference:
                self.note(
                    Level.WARNING,
                    f"{page_field.name}: no example shows this object's properties",
                    page_field.line,
                    "no-example",
                )
            schema = _notation_schema(page_field.notation, page_field.options, target)
        else:
            schema = _notation_schema(page_field.notation, page_field.options, {"type": "object"})
            self._cross_check(page_field, schema, values)
        if described.component and not self._place_component_text(schema, described, union):
            described.prop = "\n\n".join(p for p in (described.component, described.prop) if p)
        if _mentions_null(page_field.description) and "null" not in str(schema.get("type")):
            schema = _nullable(schema)
        return schema, described

    def _place_component_text(self, schema: Mapping[str, Any], described: _Description, union: _Union | None) -> bool:
        """Give the referenced schema its share of a description; False when it has no home there."""
        if union is not None:
            return True  # the union component carries it
        target = schema.get("items", schema)
        ref = target.get("$ref") if isinstance(target, Mapping) else None
        if not isinstance(ref, str):
            return False
        name = ref.rsplit("/", 1)[-1]
        if name in self.known_schemas:  # said already by the known component, or kept on the property
            return str(self.known_schemas[name].get("description", "")) == described.component
        current = self.component_descriptions.setdefault(name, described.component)
        if name in self.components and "description" not in self.components[name]:
            self.components[name] = {"description": current, **self.components[name]}
        return current == described.component

    def _cross_check(self, page_field: PageField, schema: Mapping[str, Any], values: Sequence[tuple[str, Any]]) -> None:
        validator = Draft202012Validator(schema)
        for pointer, value in values:
            for error in validator.iter_errors(value):
                self.note(
                    Level.WARNING,
                    f"{page_field.name} is `{page_field.type_text}` but the "
                    f"{pointer.split('#')[0]} example has {value!r}: {error.message}",
                    self.lines.get(pointer, page_field.line),
                    "example-mismatch",
                )

    def _check_examples(self, root: _Root, schema: Mapping[str, Any]) -> None:
        """The page's own examples must fit what was built (refs resolve in known + this page)."""
        document = {"components": {"schemas": {**self.known_schemas, **self.components, root.name: schema}}}
        registry: Registry[Any] = Registry().with_resource(
            "urn:specfoundry:page", DRAFT202012.create_resource(document)
        )
        validator = Draft202012Validator(
            {"$ref": f"urn:specfoundry:page#/components/schemas/{root.name}"}, registry=registry
        )
        for label, example in root.examples:
            for error in validator.iter_errors(example.value):
                if _exempt(error, schema, label):
                    continue
                pointer = "/" + "/".join(_escape(str(p)) for p in error.absolute_path)
                self.note(
                    Level.ERROR,
                    f"the {label} example does not fit the built schema at {pointer}: {error.message}",
                    self.lines.get(f"{label}#{pointer.rstrip('/')}", example.line),
                    "example-invalid",
                )


def _exempt(error: Any, root: Mapping[str, Any], label: str) -> bool:
    """OpenAPI: a required writeOnly property is required in requests only (readOnly: responses only)."""
    if error.validator != "required" or list(error.absolute_path):
        return False
    flag = "writeOnly" if label == "response" else "readOnly"
    missing = [name for name in error.validator_value if name not in error.instance]
    properties = root.get("properties", {})
    return all(_flag(properties.get(name, {}), flag) for name in missing)


def _flag(schema: Mapping[str, Any], flag: str) -> bool:
    return bool(schema.get(flag)) or any(_flag(part, flag) for part in schema.get("allOf", []))


def _mentions_null(description: str) -> bool:
    return bool(re.search(r"\b(?:null|nullable)\b", description))


def _attach(schema: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Property-level keywords next to a $ref go in an allOf wrapper, as Lucca's own spec writes them."""
    if not extra:
        return schema
    if "$ref" in schema:
        return {"allOf": [schema, dict(extra)]}
    description = {"description": extra["description"]} if "description" in extra else {}
    return {**description, **schema, **extra}


def _merge_order(body: list[str], response: list[str]) -> list[str]:
    """Body and Response show the same schema filtered; rebuild one order (`ownerId` before `owner`)."""
    order = list(response)
    for position, name in enumerate(body):
        if name in order:
            continue
        partner = re.sub(r"Ids$", "s", name) if name.endswith("Ids") else re.sub(r"Id$", "", name)
        successor = next((n for n in body[position + 1 :] if n in response), None)
        target = partner if partner != name and partner in order else successor
        order.insert(order.index(target) if target else len(order), name)
    return order
