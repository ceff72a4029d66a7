"""Which generated Python names each spec change touches: `ImportCostCentersResponse200.imported` for a
renamed response property, `api.cost_centers.get_cost_center` for a removed operation.

Read from the packages' surfaces (generator.drift.python_surface, parsed, never imported) by the names
openapi-python-client derives: an operation's module is its name (`x-specfoundry-name`, else its
operationId) in snake_case; a model is named after its component, or after its operation for inline
schemas (`ImportCostCenters…`); a field is its property's name in snake_case, an enum member its value in
upper snake_case. A change whose names cannot be found lists none (it is never guessed from elsewhere).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from generator.drift.model import Change
from generator.drift.python_surface import ClassSurface, Surface
from generator.drift.refs import unescape

_OPERATION = re.compile(r"^#/paths/")
_COMPONENT = re.compile(r"^#/components/schemas/([^/]+)")
_ENUM_KINDS = ("enum-value-added", "enum-value-removed")


def link_symbols(
    changes: Sequence[Change],
    old_spec: Mapping[str, Any],
    new_spec: Mapping[str, Any],
    old_surface: Surface,
    new_surface: Surface,
) -> list[Change]:
    """The changes, each with the generated names it touches (sorted, in either version of the package)."""
    linker = _Linker(old_spec, new_spec, (old_surface, new_surface))
    return [dataclasses.replace(change, symbols=linker.symbols(change)) for change in changes]


def _snake(value: str) -> str:
    from openapi_python_client.strings import snake_case  # the generator's own rule, not a copy of it

    return snake_case(value)


def _pascal(value: str) -> str:
    from openapi_python_client.strings import pascal_case

    return pascal_case(value)


class _Linker:
    def __init__(
        self, old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], surfaces: tuple[Surface, Surface]
    ) -> None:
        self.specs = (new_spec, old_spec)  # the new spec names things that exist now, the old one the removed
        self.surfaces = surfaces
        self.classes = [
            (module.name, cls)
            for surface in surfaces
            for module in surface.modules.values()
            for cls in module.classes.values()
        ]
        self.modules = {name for surface in surfaces for name in surface.modules}

    def symbols(self, change: Change) -> tuple[str, ...]:
        names = set(self._operation_modules(change)) if _is_operation_level(change) else set()
        owners = self._owners(change)
        properties = _property_names(change)
        if properties:
            attributes = {_snake(name) for name in properties}
            names |= {f"{cls.name}.{attr}" for cls in self._classes(owners) for attr in _fields(cls, attributes)}
        elif change.id.endswith(_ENUM_KINDS):
            member = _snake(str(change.new if change.id.endswith("added") else change.old)).upper()
            names |= {f"{cls.name}.{member}" for cls in self._classes(owners) if member in cls.attributes}
        elif _COMPONENT.match(change.place):
            names |= {cls.name for cls in self._classes(owners)}
        return tuple(sorted(names))

    def _operation_name(self, label: str) -> str | None:
        method, _, template = label.partition(" ")
        for spec in self.specs:
            item = (spec.get("paths") or {}).get(template)
            operation = item.get(method.lower()) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                name = operation.get("x-specfoundry-name") or operation.get("operationId")
                return str(name) if name else None
        return None

    def _operation_modules(self, change: Change) -> Iterable[str]:
        for label in change.operations:
            name = self._operation_name(label)
            if name:
                suffix = "." + _snake(name)
                yield from (module for module in self.modules if module.startswith("api.") and module.endswith(suffix))

    def _owners(self, change: Change) -> set[str]:
        """The model classes that may hold the changed field: the component reached by walking the spec the
        packages were generated from along the change's place (following `$ref`s, so an inline schema that
        normalization lifted into a component is found under its class), else by openapi-python-client's
        own rule for inline objects (`ImportCostCentersBodyItemsItem`); a request/response split of a
        component gets `Request`/`Response`, an enum class may get `Enum`."""
        tokens = [unescape(token) for token in change.place.split("/")[1:]]
        walked = {owner for spec in self.specs if (owner := _walk_to_owner(spec, tokens))}
        return walked | self._inline_owners(tokens)

    def _inline_owners(self, tokens: list[str]) -> set[str]:
        bases: list[str] = []
        if tokens[:2] == ["components", "schemas"] and len(tokens) > 2:
            bases, rest = [_pascal(tokens[2])], tokens[3:]
        elif tokens[:1] == ["paths"]:
            names = {self._operation_name(f"{tokens[2].upper()} {tokens[1]}")} if len(tokens) > 2 else set()
            rest = tokens[3:]
            if rest[:1] == ["requestBody"]:
                suffix = "Body"
            elif rest[:1] == ["responses"] and len(rest) > 1:
                suffix = f"Response{_pascal(rest[1])}"
            else:
                return set()
            bases = [_pascal(name) + suffix for name in names if name]
        else:
            return set()
        # Each property passed on the way down (not the last: that is the field) extends the class name.
        path: list[str] = []
        for index, token in enumerate(rest):
            if index > 0 and rest[index - 1] == "properties" and "properties" in rest[index + 1 :]:
                path.append(_pascal(token))
            elif token == "items" and path and "properties" in rest[index + 1 :]:
                path.append("Item")
        stem = "".join(path)
        return {base + stem + extra for base in bases for extra in ("", "Request", "Response", "Enum")}

    def _classes(self, names: set[str]) -> list[ClassSurface]:
        """Matching classes of both package versions (a class may have a field in only one of them)."""
        return [cls for _module, cls in self.classes if cls.name in names]


def _is_operation_level(change: Change) -> bool:
    """Changes to an operation's existence or signature (not inside a schema) touch its function module."""
    return (
        bool(_OPERATION.match(change.place))
        and "/properties/" not in change.place
        and (
            change.id.startswith(
                ("api-", "endpoint-", "new-", "request-parameter-", "request-body-added", "request-body-removed")
            )
        )
    )


def _property_names(change: Change) -> list[str]:
    """The wire name of the property a change is about (both names for a rename)."""
    if "/properties/" not in change.place:
        return []
    names = [unescape(change.place.rsplit("/properties/", 1)[1].split("/", 1)[0])]
    if change.id.endswith("-renamed") and change.old:
        names.append(change.old)
    return names


def _fields(cls: ClassSurface, attributes: set[str]) -> list[str]:
    # A field named like a Python keyword or a class member gets a trailing underscore (generator naming).
    return [name for name in cls.attributes if name in attributes or name.rstrip("_") in attributes]


def _walk_to_owner(spec: Mapping[str, Any], tokens: list[str]) -> str | None:
    """The class of the component whose `properties` (or enum) the place ends in, reached by walking `spec`
    along the place and through every `$ref` on the way; None when the walk leaves the document or the
    object holding the field is an inline schema (its class is named by the inline rule instead)."""
    node: Any = spec
    owner: tuple[str, Any] | None = None  # (class name, the component's schema)
    if tokens[:2] == ["components", "schemas"] and len(tokens) > 2:
        node = ((spec.get("components") or {}).get("schemas") or {}).get(tokens[2])
        owner, tokens = (_pascal(tokens[2]), node), tokens[3:]
    for index, token in enumerate(tokens):
        node, owner = _dereferenced(spec, node, owner)
        holder = node
        if isinstance(node, Mapping):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
        if token == "properties" and index == len(tokens) - 2:
            return owner[0] if owner is not None and holder is owner[1] else None
    node, owner = _dereferenced(spec, node, owner)
    return owner[0] if owner is not None and node is owner[1] and isinstance(node, Mapping) and "enum" in node else None


def _dereferenced(
    spec: Mapping[str, Any], node: Any, owner: tuple[str, Any] | None
) -> tuple[Any, tuple[str, Any] | None]:
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        match = _COMPONENT.match(node["$ref"])
        if not match or match.group(1) in seen:
            return None, owner
        seen.add(match.group(1))
        key = unescape(match.group(1))
        node = ((spec.get("components") or {}).get("schemas") or {}).get(key)
        owner = (_pascal(key), node)
    return node, owner
