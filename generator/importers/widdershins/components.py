"""Name the schemas Widdershins inlined: identical shapes become one component under components/schemas.

Simpro's reference prints every schema inline ("Inline" in every responses table), so the importer gets
the same `{ID, Name}` cost-center reference or `{ExTax, IncTax}` amount dozens of times. This pass
collects every object schema with properties, groups identical ones and replaces each with a `$ref`.

Identity. Two object schemas are the same shape when everything inside them is equal: property names
and order, types, formats, enums, `required`, and the vendor's property descriptions (merging shapes
whose descriptions differ would drop the vendor's words). What the page says about one *use* of the
shape stays at the use: the object's own description, `nullable`, readOnly/writeOnly and an example
sit next to the reference, as `{"allOf": [{"$ref": …}], "description": …}` (OpenAPI 3.0 ignores
siblings of a bare `$ref`; openapi-python-client reads a one-element allOf as the referenced model).

Two families are named apart even when they match: the request and response bodies of operations
("models", named after the resource) and the objects nested in them ("values", named after the property
that holds them). Otherwise the companies list `[{ID, Name}]` and every nested `{ID, Name}` reference
would share whichever name came first.

Names, deterministic for a given page (and `known` document):
- models: the tag in singular PascalCase (`Invoice Cost Centers` → `InvoiceCostCenter`) plus a role:
  GET response `InvoiceCostCenter`; POST/PUT/PATCH response the same or, if that one differs,
  `…Created`/`…Replaced`/`…Updated`; list items `…ListItem`; request bodies `…Create`/`…Replace`/
  `…Update`; error responses `Error`, then `…Error`. Better-ranked roles pick first.
- values: the property name in PascalCase, singular for array items (`Items` → `Item`); the most frequent
  one when a shape is used under several names. An object with an `ID` and only a few scalar fields is a
  reference to another resource and gets `Ref` (`CostCenterRef`), which keeps the resource's own name
  free. A name several different shapes want is prefixed with the parent's name (`InvoiceCostCenterTotal`).
- a component of `known` (earlier pages) with the same shape and a name this page would also derive is
  reused, so pages agree; a known name held by a different shape is never reused.
- last resort: a number suffix. `schema_names` (derived name → chosen name) renames afterwards.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError

SCHEMA_PREFIX = "#/components/schemas/"
USE_SITE_KEYS = ("description", "nullable", "readOnly", "writeOnly", "example")
_ALTERNATIVES = ("oneOf", "anyOf", "allOf")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_RESPONSE_ROLE = {"post": "Created", "put": "Replaced", "patch": "Updated", "delete": "Deleted"}
_BODY_ROLE = {"post": "Create", "put": "Replace", "patch": "Update", "delete": "Delete"}
_REF_MAX_PROPERTIES = 5


@dataclass
class _Occurrence:
    holder: dict[str, Any] | list[Any]
    slot: str | int
    base: str  # name derived from where it sits (property, resource + role)
    parent: _Occurrence | None
    resource: str
    order: int
    candidates: tuple[tuple[int, str], ...] = ()  # models: (rank, name), best first
    key: str = ""
    group: _Group | None = None

    @property
    def schema(self) -> dict[str, Any]:
        node = self.holder[self.slot]  # type: ignore[index]
        assert isinstance(node, dict)
        return node


@dataclass
class _Group:
    key: str
    model: bool
    occurrences: list[_Occurrence] = field(default_factory=list)
    derived: str = ""
    name: str = ""
    known: bool = False  # reuses a component of the known document as it is


def extract_components(
    document: dict[str, Any],
    known: Mapping[str, Any],
    overrides: Mapping[str, str],
    file: Path,
    diagnostics: list[Diagnostic],
    *,
    reserved: Collection[str] = (),
) -> None:
    """Replace the document's inline object schemas by references to named components (in place).

    `reserved` names (the vendor's own components, on this page or another) are never derived or reused.
    """
    known_schemas: Mapping[str, Any] = ((known.get("components") or {}).get("schemas")) or {}
    occurrences = _collect(document)
    if not occurrences:
        return
    keys = _Keys(known_schemas)
    keys.refresh()
    for occurrence in occurrences:
        occurrence.key = keys.of(occurrence.schema, top=True)
    groups = _group(occurrences)
    own = set((document.get("components") or {}).get("schemas") or {})
    _name(groups, known_schemas, own | set(reserved), keys, diagnostics, file)
    _apply_overrides(groups, overrides, known_schemas, keys, file, diagnostics)
    _materialise(document, occurrences, groups, known_schemas)


# -- collecting ------------------------------------------------------------------------------------------
Candidates = tuple[tuple[int, str], ...]  # (rank, name), a lower rank picks first


def _collect(document: dict[str, Any]) -> list[_Occurrence]:
    """Every object schema with properties in request and response bodies, in pre-order."""
    found: list[_Occurrence] = []

    def visit(
        holder: dict[str, Any] | list[Any],
        slot: str | int,
        base: str,
        parent: _Occurrence | None,
        resource: str,
        candidates: Candidates = (),
        item_candidates: Candidates = (),
    ) -> None:
        node = holder[slot]  # type: ignore[index]
        if not isinstance(node, dict) or "$ref" in node:
            return
        current = parent
        if _is_object(node):
            current = _Occurrence(holder, slot, base, parent, resource, len(found), candidates)
            found.append(current)
            for name in node["properties"]:
                visit(node["properties"], name, _pascal(name), current, resource)
        elif node.get("type") == "array" and "items" in node:
            visit(node, "items", _singular(base), current, resource, item_candidates)
        if isinstance(node.get("additionalProperties"), dict):
            visit(node, "additionalProperties", base + "Value", current, resource)
        for kind in _ALTERNATIVES:
            for index in range(len(node.get(kind) or [])):
                visit(node[kind], index, f"{base}Option{index + 1}", current, resource)
        if isinstance(node.get("not"), dict):
            visit(node, "not", base + "Not", current, resource)

    for item in (document.get("paths") or {}).values():
        for method, operation in item.items():
            if method not in _METHODS or not isinstance(operation, dict):
                continue
            resource = _resource(operation)
            body = operation.get("requestBody")
            for media in _media(body):
                names = ((3, resource + _BODY_ROLE.get(method, "Body")),)
                visit(media, "schema", resource, None, resource, names, names)
            for status, response in (operation.get("responses") or {}).items():
                for media in _media(response):
                    visit(media, "schema", resource, None, resource, *_response_candidates(resource, method, status))
    return found


def _media(holder: Any) -> list[dict[str, Any]]:
    if not isinstance(holder, dict):
        return []
    return [media for media in (holder.get("content") or {}).values() if isinstance(media, dict) and "schema" in media]


def _response_candidates(resource: str, method: str, status: str) -> tuple[Candidates, Candidates]:
    """(names for an object response, names for the items of an array response)."""
    if not status.startswith("2"):
        errors = ((5, "Error"), (5, resource + "Error"))
        return errors, errors
    items = ((2, resource + "ListItem"),)
    if method == "get":
        return ((0, resource),), items
    return ((1, resource), (1, resource + _RESPONSE_ROLE.get(method, "Result"))), items


def _resource(operation: Mapping[str, Any]) -> str:
    tags = operation.get("tags") or ["Default"]
    return _singular(_pascal(str(tags[0])))


def _pascal(text: str) -> str:
    """'Invoice Cost Centers' → 'InvoiceCostCenters', 'costCenters' → 'CostCenters', 'One-off' → 'OneOff'."""
    parts = [part for part in re.split(r"[^0-9A-Za-z]+", text) if part]
    name = "".join(part[0].upper() + part[1:] for part in parts)
    if not name:
        return "Schema"
    return name if name[0].isalpha() else "Schema" + name


def _singular(name: str) -> str:
    if name.endswith("ies") and len(name) > 3:
        return name[:-3] + "y"
    if re.search(r"(ss|x|ch|sh)es$", name):
        return name[:-2]
    if name.endswith("s") and not name.endswith("ss") and len(name) > 1:
        return name[:-1]
    return name


# -- identity --------------------------------------------------------------------------------------------
@dataclass
class _KnownIndex:
    """Shape keys of the known document's components, kept from one page to the next.

    An import reads the API's pages one after another against one growing merge (importers.merge.Merger),
    which adds components but never changes one: a key computed for a component stays true, so each is
    computed once per import instead of once per page (which made the import quadratic). A definition
    that is no longer the same object is keyed again.
    """

    schemas: Mapping[str, Any]
    keys: dict[str, tuple[Any, str]] = field(default_factory=dict)  # name → (definition keyed, key)
    by_key: dict[str, list[str]] = field(default_factory=dict)  # key → names of that shape, in document order
    listed: int = 0  # how many components (in document order) by_key lists


# The index of the last known document seen: the next page of the same import reuses it.
_LAST_INDEX: list[_KnownIndex] = []


def _index_for(schemas: Mapping[str, Any]) -> _KnownIndex:
    if _LAST_INDEX and _LAST_INDEX[0].schemas is schemas:
        return _LAST_INDEX[0]
    index = _KnownIndex(schemas)
    _LAST_INDEX[:] = [index]
    return index


class _Keys:
    """Shape keys: canonical JSON in which nested objects (inline or referenced) are their own keys."""

    def __init__(self, known_schemas: Mapping[str, Any]) -> None:
        self.known_schemas = known_schemas
        self.index = _index_for(known_schemas)
        self.computing: set[str] = set()  # guards against reference cycles

    def of(self, schema: Mapping[str, Any], *, top: bool = False) -> str:
        """The key of an object schema; `top` leaves out what belongs to its use (description, …)."""
        body = {key: value for key, value in schema.items() if not (top and key in USE_SITE_KEYS)}
        return json.dumps(self._fields(body), ensure_ascii=False, separators=(",", ":"))

    def known(self, name: str) -> str | None:
        target = self.known_schemas.get(name)
        if target is None or name in self.computing:
            return None
        cached = self.index.keys.get(name)
        if cached is not None and cached[0] is target:
            return cached[1] or None
        self.computing.add(name)
        try:
            key = self.of(target, top=True) if isinstance(target, dict) else ""
        finally:
            self.computing.discard(name)
        self.index.keys[name] = (target, key)
        return key or None

    def refresh(self) -> None:
        """Key the components added since the last page (all of them the first time).

        The merge only appends components, so the new ones are those past the count already listed.
        """
        index = self.index
        for name in itertools.islice(self.known_schemas, index.listed, None):
            index.listed += 1
            key = self.known(name)
            if key:
                index.by_key.setdefault(key, []).append(name)

    def known_named(self, key: str) -> list[str]:
        """Known components with this shape, in document order."""
        return self.index.by_key.get(key, [])

    def _fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in sorted(value):
            if key == "properties" and isinstance(value[key], dict):
                out[key] = [[name, self._canonical(item)] for name, item in value[key].items()]  # order matters
            else:
                out[key] = self._canonical(value[key])
        return out

    def _canonical(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self._canonical(item) for item in value]
        if not isinstance(value, dict):
            return value
        use = {key: self._canonical(value[key]) for key in USE_SITE_KEYS if key in value}
        reference = _reference(value)
        if reference is not None:
            return {"$shape": self.known(reference) or "ref:" + reference, **use}
        if _is_object(value):
            return {"$shape": self.of(value, top=True), **use}
        return self._fields(value)


def _is_object(schema: Mapping[str, Any]) -> bool:
    return isinstance(schema.get("properties"), dict) and bool(schema["properties"])


def _reference(schema: Mapping[str, Any]) -> str | None:
    """The component a `$ref` or a one-element `allOf` wrapper points to."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        return ref[len(SCHEMA_PREFIX) :]
    wrapped = schema.get("allOf")
    if not isinstance(wrapped, list) or len(wrapped) != 1 or not isinstance(wrapped[0], dict):
        return None
    if set(wrapped[0]) == {"$ref"} and all(key in USE_SITE_KEYS or key == "allOf" for key in schema):
        return _reference(wrapped[0])
    return None


def _group(occurrences: list[_Occurrence]) -> list[_Group]:
    groups: dict[tuple[bool, str], _Group] = {}
    for occurrence in occurrences:
        model = bool(occurrence.candidates)
        group = groups.setdefault((model, occurrence.key), _Group(occurrence.key, model))
        group.occurrences.append(occurrence)
        occurrence.group = group
    return list(groups.values())


# -- naming ----------------------------------------------------------------------------------------------
def _name(
    groups: list[_Group],
    known_schemas: Mapping[str, Any],
    reserved: set[str],
    keys: _Keys,
    diagnostics: list[Diagnostic],
    file: Path,
) -> None:
    taken = _Taken(known_schemas, keys)  # name → key, for known names and those this page claims
    for name in reserved:  # the vendor's own components: their names are theirs, whatever the order
        taken[name] = "vendor:" + name

    def reuse(group: _Group, acceptable: list[str]) -> bool:
        """A known component of this shape whose name this page would derive too, maybe with a parent's
        prefix (`InvoiceCostCenterTotal` for `Total`); never one whose name says something else."""
        for name in keys.known_named(group.key):
            if name not in reserved and any(name == c or name.endswith(c) for c in acceptable):
                group.name = group.derived = name
                group.known = True
                return True
        return False

    def free(name: str, key: str) -> bool:
        return name not in taken or (taken[name] == key and name not in known_schemas)

    def claim(group: _Group, wanted: str) -> None:
        name = wanted if free(wanted, group.key) else _numbered(wanted, group.key, taken)
        group.name = group.derived = name
        taken[name] = group.key

    # Models: best-ranked role first, then page order.
    models = [group for group in groups if group.model]
    models.sort(key=lambda g: (min(rank for o in g.occurrences for rank, _ in o.candidates), g.occurrences[0].order))
    for group in models:
        ranked = sorted({(rank, o.order, name) for o in group.occurrences for rank, name in o.candidates})
        names = list(dict.fromkeys(name for _, _, name in ranked))
        if not reuse(group, names):
            claim(group, next((name for name in names if free(name, group.key)), names[0]))

    # Values: the most frequent property name (earliest on ties), + "Ref" for references.
    values = [group for group in groups if not group.model]
    preferred: dict[int, tuple[str, _Occurrence]] = {}
    shared: list[tuple[_Group, str, list[str]]] = []  # groups used under several property names
    for group in values:
        counts = Counter(o.base for o in group.occurrences)
        base = min(counts, key=lambda b: (-counts[b], min(o.order for o in group.occurrences if o.base == b)))
        holder = next(o for o in group.occurrences if o.base == base)
        name = base + "Ref" if _is_reference(holder.schema) and not base.endswith("Ref") else base
        preferred[id(group)] = (name, holder)
        if len(counts) > 1:
            shared.append((group, base, sorted(b for b in counts if b != base)))
    wanted = Counter(name for name, _ in preferred.values())
    contested: list[_Group] = []
    for group in values:
        name, _ = preferred[id(group)]
        if reuse(group, [name]):
            continue
        if wanted[name] > 1 or not free(name, group.key):
            contested.append(group)
        else:
            claim(group, name)
    # A name several shapes want goes to none of them: each takes its parent's name in front, so a parent
    # that is contested too is named first.
    pending = sorted(contested, key=lambda g: g.occurrences[0].order)
    while pending:
        waiting: list[_Group] = []
        for group in pending:
            name, holder = preferred[id(group)]
            parent_group = holder.parent.group if holder.parent else None
            if parent_group is not None and not parent_group.name:
                waiting.append(group)  # its parent is contested too and not named yet
                continue
            parent = parent_group.name if parent_group is not None else holder.resource
            claim(group, name if name.startswith(parent) else parent + name)
        if len(waiting) == len(pending):  # a parent waits on its own child: cannot happen in a tree
            for group in waiting:
                claim(group, preferred[id(group)][0])
            waiting = []
        pending = waiting
    for group in groups:
        twins = [] if group.known else keys.known_named(group.key)
        if twins:
            diagnostics.append(
                Diagnostic(
                    Level.INFO,
                    f"schema {group.derived} has the shape of {', '.join(twins)} from an earlier page; kept apart "
                    "because the names say different things",
                    file=str(file),
                    place=SCHEMA_PREFIX + group.derived,
                    fix=f"map {group.derived} to {twins[0]} in the source option schema_names to merge them",
                    code="widdershins-known-shape",
                )
            )
    for group, base, others in shared:
        diagnostics.append(
            Diagnostic(
                Level.INFO,
                f"schema {group.derived}: one shape is used as {base} and as {', '.join(others)}; it is named "
                "after its most frequent use",
                file=str(file),
                place=SCHEMA_PREFIX + group.derived,
                fix="rename it with the source option schema_names if a neutral name fits better",
                code="widdershins-shared-shape",
            )
        )


def _is_reference(schema: Mapping[str, Any]) -> bool:
    """`{ID, Name}`-like: an ID and a few scalar fields, the way Simpro points at another resource."""
    properties = schema.get("properties") or {}
    if "ID" not in properties or len(properties) > _REF_MAX_PROPERTIES:
        return False
    return all(
        isinstance(p, dict)
        and p.get("type") not in ("object", "array")
        and "properties" not in p
        and "$ref" not in p
        and "allOf" not in p
        for p in properties.values()
    )


class _Taken:
    """Names in use: the known components' (keyed on demand) and those this page claimed."""

    def __init__(self, known_schemas: Mapping[str, Any], keys: _Keys) -> None:
        self.known_schemas = known_schemas
        self.keys = keys
        self.claimed: dict[str, str] = {}

    def __contains__(self, name: str) -> bool:
        return name in self.claimed or name in self.known_schemas

    def __getitem__(self, name: str) -> str:
        if name in self.claimed:
            return self.claimed[name]
        return self.keys.known(name) or ""

    def __setitem__(self, name: str, key: str) -> None:
        self.claimed[name] = key


def _numbered(name: str, key: str, taken: _Taken) -> str:
    number = 2
    while f"{name}{number}" in taken and taken[f"{name}{number}"] != key:
        number += 1
    return f"{name}{number}"


def _apply_overrides(
    groups: list[_Group],
    overrides: Mapping[str, str],
    known_schemas: Mapping[str, Any],
    keys: _Keys,
    file: Path,
    diagnostics: list[Diagnostic],
) -> None:
    derived = {group.derived for group in groups}
    for name in overrides:
        if name not in derived:
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    f"schema_names renames '{name}', which this page does not derive",
                    file=str(file),
                    place=f"schema_names.{name}",
                    code="widdershins-schema-names",
                    fix="check the spelling against the derived names, or drop the entry",
                )
            )
    for group in groups:
        chosen = overrides.get(group.derived)
        if chosen is None or group.known:
            continue
        if not re.fullmatch(r"[A-Za-z0-9._-]+", chosen):
            raise SpecFoundryError(
                f"schema_names maps '{group.derived}' to '{chosen}', not a valid component name",
                file=file,
                place=f"schema_names.{group.derived}",
                fix="use letters, digits, '.', '-' and '_' only",
            )
        group.name = chosen
    by_name: dict[str, _Group] = {}
    for group in groups:
        other = by_name.setdefault(group.name, group)
        if other is not group and other.key != group.key:
            raise SpecFoundryError(
                f"two different schemas would both be named '{group.name}' ('{other.derived}' and '{group.derived}')",
                file=file,
                place=f"schema_names.{group.derived}",
                fix="give them different names in schema_names",
            )
        known_key = keys.known(group.name) if group.name in known_schemas else None
        if known_key == group.key:
            group.known = True  # curation merged it with an earlier page's component: take that one as is
        elif known_key is not None:
            raise SpecFoundryError(
                f"schema '{group.derived}' would be named '{group.name}', which an earlier page defines differently",
                file=file,
                place=f"schema_names.{group.derived}",
                fix="choose another name in schema_names",
            )


# -- rewriting -------------------------------------------------------------------------------------------
def _materialise(
    document: dict[str, Any], occurrences: list[_Occurrence], groups: list[_Group], known_schemas: Mapping[str, Any]
) -> None:
    definitions: dict[str, Any] = {}
    # Reverse pre-order: children are references already when their parent's definition is taken.
    for occurrence in sorted(occurrences, key=lambda o: -o.order):
        group = occurrence.group
        assert group is not None
        node = occurrence.schema
        if group.name not in definitions:
            if group.known:
                _copy_known(group.name, known_schemas, definitions)
            else:
                definitions[group.name] = {key: value for key, value in node.items() if key not in USE_SITE_KEYS}
        use = {key: node[key] for key in USE_SITE_KEYS if key in node}
        reference = {"$ref": SCHEMA_PREFIX + group.name}
        occurrence.holder[occurrence.slot] = {**use, "allOf": [reference]} if use else reference  # type: ignore[index]
    # A shape found only inside a reused known component is not referenced by anything: leave it out.
    used: set[str] = set()
    pending = _references(document.get("paths"))
    while pending:
        name = pending.pop()
        if name not in used and name in definitions:
            used.add(name)
            pending |= _references(definitions[name])
    components = document.get("components") or {}
    schemas = {**(components.get("schemas") or {}), **{name: definitions[name] for name in sorted(used)}}
    document["components"] = {"schemas": schemas, **{k: v for k, v in components.items() if k != "schemas"}}


def _references(value: Any) -> set[str]:
    return set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(value, ensure_ascii=False)))


def _copy_known(name: str, known_schemas: Mapping[str, Any], into: dict[str, Any]) -> None:
    """A reused known component and every component it refers to, verbatim, so the page stands alone."""
    if name in into or name not in known_schemas:
        return
    into[name] = copy.deepcopy(known_schemas[name])
    for ref in _references(known_schemas[name]):
        _copy_known(ref, known_schemas, into)
