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

Names (chosen in `naming`, the same whatever the order of the pages):
- models: the resource in singular PascalCase plus a role. The resource is the tag
  (`Invoice Cost Centers` → `InvoiceCostCenter`), or the summary's words where they name one of the
  tag's resources more precisely (`CompanyCustomer` under Customers; operation_names.resource_words).
  GET response `InvoiceCostCenter`; POST/PUT/PATCH response the same or, if that shape differs,
  `…Created`/`…Replaced`/`…Updated`; list items `…ListItem`; request bodies `…Create`/`…Replace`/
  `…Update`; error responses `Error`, then `…Error`.
- values: the property name in PascalCase, singular for array items (`Items` → `Item`); the most frequent
  one when a shape is used under several names. An object with an `ID` and only a few scalar fields is a
  reference to another resource and gets `Ref` (`CostCenterRef`), which keeps the resource's own name
  free.
- a whole import (`ShapePlan`) names the shapes of every page together; a page imported alone reuses a
  component of `known` (earlier pages) with the same shape and a name this page would also derive, and
  never a known name held by a different shape.
- last resort: a number suffix. `schema_names` (derived name → chosen name) renames afterwards.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers.widdershins.naming import Group, Names, Occurrence, name_groups
from generator.normalize.operation_names import resource_words

SCHEMA_PREFIX = "#/components/schemas/"
USE_SITE_KEYS = ("description", "nullable", "readOnly", "writeOnly", "example")
_ALTERNATIVES = ("oneOf", "anyOf", "allOf")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_RESPONSE_ROLE = {"post": "Created", "put": "Replaced", "patch": "Updated", "delete": "Deleted"}
_BODY_ROLE = {"post": "Create", "put": "Replace", "patch": "Update", "delete": "Delete"}


def extract_components(
    document: dict[str, Any],
    known: Mapping[str, Any],
    overrides: Mapping[str, str],
    file: Path,
    diagnostics: list[Diagnostic],
    *,
    reserved: Collection[str] = (),
) -> None:
    """Replace one page's inline object schemas by references to named components (in place), reusing
    components of `known` (earlier pages) where the shape and the name agree.

    A whole import names every page at once instead (`ShapePlan`), so names do not depend on page order.
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
    fixed = own | set(reserved)
    taken = _Taken(known_schemas, keys)
    for name in fixed:  # the vendor's own components: their names are theirs, whatever the order
        taken[name] = "vendor:" + name
    name_groups(groups, Names(taken, fixed), keys.known_named)
    _report(groups, keys, diagnostics, file)
    _apply_overrides(groups, overrides, known_schemas, keys, file, diagnostics)
    _materialise(document, occurrences, known_schemas)


class ShapePlan:
    """The names of every page's shapes, chosen together: pages are added first, then named once.

    Shapes are keyed against the vendor's own components of every page (`vendor`), so a page's keys do
    not depend on which pages came before it; the names do not either (see `naming`).
    """

    def __init__(self, vendor: Mapping[str, Any], reserved: Collection[str]) -> None:
        self.keys = _Keys(vendor)
        self.reserved = set(reserved) | set(vendor)
        self.pages: dict[Path, tuple[dict[str, Any], list[Occurrence]]] = {}
        self.groups: dict[tuple[bool, str], Group] = {}
        self._first_use: dict[int, int] = {}  # id(group) → id(its first occurrence), once all pages are in

    def add(self, file: Path, document: dict[str, Any]) -> None:
        occurrences = _collect(document)
        for occurrence in occurrences:
            occurrence.key = self.keys.of(occurrence.schema, top=True)
            model = bool(occurrence.candidates)
            group = self.groups.setdefault((model, occurrence.key), Group(occurrence.key, model))
            group.occurrences.append(occurrence)
            occurrence.group = group
        self.pages[file] = (document, occurrences)

    def name(self, overrides: Mapping[Path, Mapping[str, str]], diagnostics: list[Diagnostic]) -> None:
        """Name every shape, then apply each page's `schema_names` (derived → chosen) wherever the
        shape is used. Raises SpecFoundryError for a rename that cannot hold."""
        groups = list(self.groups.values())
        taken: dict[str, str] = {name: "vendor:" + name for name in self.reserved}
        name_groups(groups, Names(taken, self.reserved))
        derived = {group.derived for group in groups}
        chosen: dict[str, tuple[str, Path]] = {}
        for file, renames in overrides.items():
            for name, new in renames.items():
                if name in chosen and chosen[name][0] != new:
                    raise SpecFoundryError(
                        f"schema_names renames '{name}' to '{new}' here and to '{chosen[name][0]}' in "
                        f"{chosen[name][1].name}",
                        file=file,
                        place=f"schema_names.{name}",
                        fix="rename it the same way everywhere",
                    )
                chosen.setdefault(name, (new, file))
        for name, (_, file) in sorted(chosen.items()):
            if name not in derived:
                _unknown_override(name, file, diagnostics)
        for file in {file for _, file in chosen.values()}:
            mine = {name: new for name, (new, origin) in chosen.items() if origin == file}
            _rename(groups, mine, {}, self.keys, file)

    def _first(self, group: Group) -> int:
        """The first use of a shape, found once: a shape on hundreds of pages is asked for by each of them."""
        if id(group) not in self._first_use:
            self._first_use[id(group)] = id(min(group.occurrences, key=lambda o: o.site))
        return self._first_use[id(group)]

    def materialise(self, file: Path, diagnostics: list[Diagnostic]) -> dict[str, Any]:
        """The page's document with its shapes replaced by references to their planned names."""
        document, occurrences = self.pages.pop(file)
        here = {id(o) for o in occurrences}
        groups = {id(o.group): o.group for o in occurrences if o.group is not None}.values()
        # A shape used on several pages is reported once, by the page of its first use.
        _report([g for g in groups if self._first(g) in here], None, diagnostics, file)
        if occurrences:
            _materialise(document, occurrences, {})
        return document


# -- collecting ------------------------------------------------------------------------------------------
Candidates = tuple[tuple[int, str], ...]  # (rank, name), a lower rank picks first


def _collect(document: dict[str, Any]) -> list[Occurrence]:
    """Every object schema with properties in request and response bodies, in pre-order."""
    found: list[Occurrence] = []

    def visit(
        holder: dict[str, Any] | list[Any],
        slot: str | int,
        base: str,
        parent: Occurrence | None,
        resource: str,
        site: tuple[str, str],
        candidates: Candidates = (),
        item_candidates: Candidates = (),
    ) -> None:
        node = holder[slot]  # type: ignore[index]
        if not isinstance(node, dict) or "$ref" in node:
            return
        current = parent
        if _is_object(node):
            current = Occurrence(holder, slot, base, parent, resource, (*site, len(found)), candidates)
            found.append(current)
            for name in node["properties"]:
                visit(node["properties"], name, _pascal(name), current, resource, site)
        elif node.get("type") == "array" and "items" in node:
            visit(node, "items", _singular(base), current, resource, site, item_candidates)
        if isinstance(node.get("additionalProperties"), dict):
            visit(node, "additionalProperties", base + "Value", current, resource, site)
        for kind in _ALTERNATIVES:
            for index in range(len(node.get(kind) or [])):
                visit(node[kind], index, f"{base}Option{index + 1}", current, resource, site)
        if isinstance(node.get("not"), dict):
            visit(node, "not", base + "Not", current, resource, site)

    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if method not in _METHODS or not isinstance(operation, dict):
                continue
            resource = _resource(path, method, operation)
            body = operation.get("requestBody")
            site = (path, method)
            for media in _media(body):
                names = ((3, resource + _BODY_ROLE.get(method, "Body")),)
                visit(media, "schema", resource, None, resource, site, names, names)
            for status, response in (operation.get("responses") or {}).items():
                for media in _media(response):
                    candidates = _response_candidates(resource, method, status)
                    visit(media, "schema", resource, None, resource, site, *candidates)
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
        return ((0, resource), (0, resource + "Details")), items
    return ((1, resource), (1, resource + _RESPONSE_ROLE.get(method, "Result"))), items


def _resource(path: str, method: str, operation: dict[str, Any]) -> str:
    """The tag in singular PascalCase, or the summary's words where they name a resource of the tag
    more precisely (`CompanyCustomer` under Customers; see operation_names.resource_words)."""
    tags = operation.get("tags") or ["Default"]
    tag = _singular(_pascal(str(tags[0])))
    words = resource_words(path, method, operation)
    said = "".join(word[:1].upper() + word[1:] for word in words)
    return tag if said.lower() == tag.lower() or not said.lower().endswith(tag.lower()) else said


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


def _group(occurrences: list[Occurrence]) -> list[Group]:
    groups: dict[tuple[bool, str], Group] = {}
    for occurrence in occurrences:
        model = bool(occurrence.candidates)
        group = groups.setdefault((model, occurrence.key), Group(occurrence.key, model))
        group.occurrences.append(occurrence)
        occurrence.group = group
    return list(groups.values())


# -- naming ----------------------------------------------------------------------------------------------
def _report(groups: Iterable[Group], keys: _Keys | None, diagnostics: list[Diagnostic], file: Path) -> None:
    """What a reader may want to curate: a shape kept apart from an earlier page's component of the
    same shape (page by page only), a shape used under several property names."""
    for group in groups:
        twins = [] if group.known or keys is None else keys.known_named(group.key)
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
        if group.shared is not None and group.name == group.derived and not group.model:
            base, others = group.shared
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


class _Taken(dict[str, str]):
    """Names in use: the known components' (keyed on demand) and those this page claimed."""

    def __init__(self, known_schemas: Mapping[str, Any], keys: _Keys) -> None:
        super().__init__()
        self.known_schemas = known_schemas
        self.keying = keys

    def __contains__(self, name: object) -> bool:
        return super().__contains__(name) or name in self.known_schemas

    def __getitem__(self, name: str) -> str:
        if super().__contains__(name):
            return super().__getitem__(name)
        return self.keying.known(name) or ""


def _unknown_override(name: str, file: Path, diagnostics: list[Diagnostic]) -> None:
    diagnostics.append(
        Diagnostic(
            Level.WARNING,
            f"schema_names renames '{name}', which is not a derived name",
            file=str(file),
            place=f"schema_names.{name}",
            code="widdershins-schema-names",
            fix="check the spelling against the derived names, or drop the entry",
        )
    )


def _apply_overrides(
    groups: list[Group],
    overrides: Mapping[str, str],
    known_schemas: Mapping[str, Any],
    keys: _Keys,
    file: Path,
    diagnostics: list[Diagnostic],
) -> None:
    derived = {group.derived for group in groups}
    for name in overrides:
        if name not in derived:
            _unknown_override(name, file, diagnostics)
    _rename(groups, overrides, known_schemas, keys, file)


def _rename(
    groups: list[Group], overrides: Mapping[str, str], known_schemas: Mapping[str, Any], keys: _Keys, file: Path
) -> None:
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
    by_name: dict[str, Group] = {}
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
def _materialise(document: dict[str, Any], occurrences: list[Occurrence], known_schemas: Mapping[str, Any]) -> None:
    definitions: dict[str, Any] = {}
    # Reverse pre-order: children are references already when their parent's definition is taken.
    for occurrence in sorted(occurrences, key=lambda o: -o.site[2]):
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
