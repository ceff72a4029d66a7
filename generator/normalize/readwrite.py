"""Split schemas on readOnly/writeOnly, because openapi-python-client ignores both keywords.

Without this, request models carry server-owned fields (`id`, `owner`) and response models carry fields
the server never returns (`ownerId`). A component that holds (directly or through its references) a
read-only or write-only property becomes two components: `<name>-request` without the read-only
properties, `<name>-response` without the write-only ones. Only variants that an operation reaches are
kept, and components without such properties are left untouched (so their class names stay stable).
"""

from __future__ import annotations

from typing import Any, Literal

from generator.tree import copy_tree

Mode = Literal["request", "response"]
_REF_PREFIX = "#/components/schemas/"
# Keywords that only annotate; an allOf member made of these alone adds no shape.
_ANNOTATIONS = {
    "readOnly",
    "writeOnly",
    "description",
    "title",
    "deprecated",
    "example",
    "examples",
    "default",
    "nullable",
}


def split_read_write(document: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
    result = document if in_place else copy_tree(document)
    schemas: dict[str, Any] = result.get("components", {}).get("schemas", {})
    splitter = _Splitter(schemas)
    for item in (result.get("paths") or {}).values():
        for key, operation in item.items():
            if key == "parameters":
                item[key] = [splitter.rewrite(param, "request") for param in operation]
                continue
            if not isinstance(operation, dict):
                continue
            if "requestBody" in operation:
                operation["requestBody"] = splitter.rewrite(operation["requestBody"], "request")
            if "parameters" in operation:
                operation["parameters"] = [splitter.rewrite(p, "request") for p in operation["parameters"]]
            for status, response in (operation.get("responses") or {}).items():
                operation["responses"][status] = splitter.rewrite(response, "response")
    for section in ("requestBodies", "parameters"):
        for name, value in result.get("components", {}).get(section, {}).items():
            result["components"][section][name] = splitter.rewrite(value, "request")
    for name, value in result.get("components", {}).get("responses", {}).items():
        result["components"]["responses"][name] = splitter.rewrite(value, "response")
    if schemas:
        result["components"]["schemas"] = splitter.components()
    return result


class _Splitter:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.variants: dict[str, Any] = {}
        self._split_cache: dict[str, bool] = {}

    def components(self) -> dict[str, Any]:
        """Untouched components, then the reached variants, in a stable order."""
        kept = {name: schema for name, schema in self.schemas.items() if not self.needs_split(name)}
        return {**kept, **dict(sorted(self.variants.items()))}

    def needs_split(self, name: str) -> bool:
        if name not in self._split_cache:
            self._split_cache[name] = False  # cycles: assume no until proven
            self._split_cache[name] = _holds_read_write(self.schemas.get(name, {}), self.needs_split)
        return self._split_cache[name]

    def reference(self, ref: str, mode: Mode) -> str:
        """The $ref to use in `mode`: the variant (materialized on first use) when the target splits."""
        name = ref[len(_REF_PREFIX) :] if ref.startswith(_REF_PREFIX) else None
        if name is None or not self.needs_split(name):
            return ref
        variant = f"{name}-{mode}"
        if variant not in self.variants:
            self.variants[variant] = {}  # placeholder first: recursive schemas terminate
            self.variants[variant] = self.rewrite(self.schemas[name], mode)
        return f"{_REF_PREFIX}{variant}"

    def rewrite(self, node: Any, mode: Mode) -> Any:
        """Copy of `node` (any OpenAPI object holding schemas) shaped for one direction."""
        if isinstance(node, list):
            return [self.rewrite(item, mode) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            return {**node, "$ref": self.reference(ref, mode)}
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict):
                mapping = {tag: self.reference(str(target), mode) for tag, target in value["mapping"].items()}
                result[key] = {**value, "mapping": mapping}
            elif key == "properties" and isinstance(value, dict):
                kept = {prop: schema for prop, schema in value.items() if not _excluded(schema, mode)}
                result[key] = {
                    prop: self.rewrite(_collapse_annotated_ref(schema), mode) for prop, schema in kept.items()
                }
            elif key in ("example", "examples"):
                result[key] = value
            else:
                result[key] = self.rewrite(value, mode)
        if "required" in result and isinstance(result.get("properties"), dict):
            result["required"] = [name for name in result["required"] if name in result["properties"]]
        return result


def _excluded(schema: Any, mode: Mode) -> bool:
    """A read-only property has no place in a request, a write-only one none in a response."""
    flag = "readOnly" if mode == "request" else "writeOnly"
    if not isinstance(schema, dict):
        return False
    if schema.get(flag) is True:
        return True
    return any(
        isinstance(member, dict) and "$ref" not in member and member.get(flag) is True
        for member in schema.get("allOf", [])
    )


def _collapse_annotated_ref(schema: Any) -> Any:
    """`allOf: [$ref, {readOnly, description}]` is how 3.0 annotates a reference; it is just the $ref,
    and keeping the allOf would make openapi-python-client generate a duplicate model."""
    if not isinstance(schema, dict) or set(schema) - {"allOf", *_ANNOTATIONS}:
        return schema
    members = schema.get("allOf", [])
    refs = [member for member in members if isinstance(member, dict) and "$ref" in member]
    others = [member for member in members if member not in refs]
    if len(refs) != 1 or any(set(member) - _ANNOTATIONS for member in others):
        return schema
    description = schema.get("description") or next(
        (member["description"] for member in others if "description" in member), None
    )
    collapsed: dict[str, Any] = {"$ref": refs[0]["$ref"]}
    if description:
        collapsed["description"] = description
    return collapsed


def _holds_read_write(node: Any, component_splits: Any) -> bool:
    if isinstance(node, list):
        return any(_holds_read_write(item, component_splits) for item in node)
    if not isinstance(node, dict):
        return False
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX) and component_splits(ref[len(_REF_PREFIX) :]):
        return True
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            for schema in value.values():
                if _excluded(schema, "request") or _excluded(schema, "response"):
                    return True
        if key not in ("example", "examples", "enum", "default") and _holds_read_write(value, component_splits):
            return True
    return False
