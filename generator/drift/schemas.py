"""Schema comparison: types, formats, enums, nullability, constraints, properties, arrays, composition.

Each schema position is first flattened: its own keywords plus its inline `allOf` parts, `const` read as
a one-value enum, and a `null` branch of `oneOf`/`anyOf` read as nullability (the 3.1 spelling of 3.0's
`nullable: true`). `$ref`s at the position are kept apart: when old and new reference the same
components, those components are compared once on their own (see walk.py) and only the local keywords
are compared here; when the references differ, both sides are resolved and compared inline.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from generator.drift.catalogue import schema_kind_id
from generator.drift.model import Direction, Location
from generator.drift.refs import Resolver, child, ref_name
from generator.drift.walk import MISSING, ComponentKey, Scope, Walk

# The OpenAPI Format Registry (spec.openapis.org/registry/format) with JSON Schema's own formats.
REGISTERED_FORMATS = frozenset(
    {
        "base64url",
        "binary",
        "byte",
        "char",
        "commonmark",
        "date",
        "date-time",
        "decimal",
        "decimal128",
        "double",
        "duration",
        "email",
        "float",
        "hostname",
        "html",
        "http-date",
        "idn-email",
        "idn-hostname",
        "int8",
        "int16",
        "int32",
        "int64",
        "ipv4",
        "ipv6",
        "iri",
        "iri-reference",
        "json-pointer",
        "media-range",
        "password",
        "regex",
        "relative-json-pointer",
        "sf-binary",
        "sf-boolean",
        "sf-decimal",
        "sf-integer",
        "sf-string",
        "sf-token",
        "time",
        "uint8",
        "uri",
        "uri-reference",
        "uri-template",
        "uuid",
    }
)

# Formats whose values are all valid values of a wider format.
_WIDER_FORMATS: dict[str, frozenset[str]] = {
    "int8": frozenset({"int16", "int32", "int64"}),
    "uint8": frozenset({"int16", "int32", "int64"}),
    "int16": frozenset({"int32", "int64"}),
    "int32": frozenset({"int64"}),
    "float": frozenset({"double"}),
    "uri": frozenset({"uri-reference", "iri", "iri-reference"}),
    "uri-reference": frozenset({"iri-reference"}),
    "iri": frozenset({"iri-reference"}),
    "email": frozenset({"idn-email"}),
    "hostname": frozenset({"idn-hostname"}),
}

_ANNOTATIONS = ("description", "title", "example", "examples", "externalDocs")


@dataclass
class Flat:
    own: dict[str, Any] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)
    nullable: bool = False


@dataclass(frozen=True)
class SchemaCtx:
    """Where a schema comparison stands: who reaches it, where it is, and how to name it."""

    scope: Scope
    location: Location
    place: str  # JSON pointer of the schema in the new document
    old_place: str  # the same in the old document (for removed things)
    root_label: str  # how to name the schema itself, e.g. "request body (application/json)"
    path: str = ""  # property path below the root, e.g. ".items[].ownerId"
    prefix: str = ""  # prepended to `path` when naming nested positions (a component or parameter name)
    inlined: frozenset[tuple[tuple[str, ...], tuple[str, ...]]] = frozenset()

    @property
    def at_root(self) -> bool:
        return self.path == ""

    def subject(self) -> str:
        if self.at_root:
            return self.root_label
        name = (self.prefix + self.path).lstrip(".")
        return f"{self.location.noun} `{name}`"

    def down(self, *tokens: str | int, path: str = "", location: Location | None = None) -> SchemaCtx:
        """The context of a position below this one (`tokens` extend both pointers, `path` the name)."""
        return replace(
            self,
            place=child(self.place, *tokens),
            old_place=child(self.old_place, *tokens),
            path=self.path + path,
            location=location or self.location,
        )


def _is_null_schema(schema: Any) -> bool:
    if not isinstance(schema, Mapping):
        return False
    kind = schema.get("type")
    return (
        kind == "null"
        or kind == ["null"]
        or schema.get("enum") == [None]
        or ("const" in schema and schema["const"] is None)
    )


def flatten(schema: Any, resolver: Resolver, *, inline: bool) -> Flat:
    flat = Flat()
    _absorb(flat, schema, resolver, inline, frozenset())
    for combinator in ("oneOf", "anyOf"):
        branches = flat.own.get(combinator)
        if not isinstance(branches, list):
            continue
        kept = [branch for branch in branches if not _is_null_schema(branch)]
        if len(kept) < len(branches):
            flat.nullable = True
        others = "anyOf" if combinator == "oneOf" else "oneOf"
        if len(kept) == 1 and len(branches) > 1 and others not in flat.own:
            # `anyOf: [X, {type: 'null'}]` is X made nullable: compare X itself.
            del flat.own[combinator]
            _absorb(flat, kept[0], resolver, inline, frozenset())
        else:
            flat.own[combinator] = kept
    return flat


def _absorb(flat: Flat, schema: Any, resolver: Resolver, inline: bool, seen: frozenset[str]) -> None:
    if not isinstance(schema, Mapping):
        return  # `true` / `false` schemas carry no keywords to compare
    # Local keywords first, then inline allOf parts, then references: the most specific value wins.
    for key, value in schema.items():
        if key in ("$ref", "allOf") or not _well_typed(key, value):
            continue
        if key == "properties" and isinstance(value, Mapping):
            merged = flat.own.setdefault("properties", {})
            for name, prop in value.items():
                merged.setdefault(name, prop)
        elif key == "required" and isinstance(value, list):
            required = flat.own.setdefault("required", [])
            required.extend(name for name in value if name not in required)
        else:
            flat.own.setdefault(key, value)
    parts = schema.get("allOf")
    refs: list[str] = [schema["$ref"]] if isinstance(schema.get("$ref"), str) else []
    if isinstance(parts, list):
        for part in parts:
            if isinstance(part, Mapping) and isinstance(part.get("$ref"), str) and len(part) == 1:
                refs.append(part["$ref"])
            else:
                _absorb(flat, part, resolver, inline, seen)
    for ref in refs:
        if not inline:
            flat.refs.append(ref)
        elif ref not in seen:  # a schema that includes itself adds nothing new
            _absorb(flat, resolver.resolve(ref), resolver, inline, seen | {ref})


_NUMBER = (int, float)
# What each compared keyword must hold. A keyword of another type is invalid (the spec's lint reports it):
# the comparison skips it, as validators skip what they cannot apply, rather than fail on it.
_KEYWORD_TYPES: dict[str, tuple[type, ...]] = {
    **dict.fromkeys(("format", "pattern", "description", "title"), (str,)),
    **dict.fromkeys(("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"), (*_NUMBER, bool)),
    "multipleOf": _NUMBER,
    **dict.fromkeys(
        (
            "maxLength",
            "minLength",
            "maxItems",
            "minItems",
            "maxContains",
            "minContains",
            "maxProperties",
            "minProperties",
        ),
        _NUMBER,
    ),
    **dict.fromkeys(("uniqueItems", "nullable", "readOnly", "writeOnly", "deprecated"), (bool,)),
    **dict.fromkeys(("enum", "required", "oneOf", "anyOf", "prefixItems", "x-extensible-enum"), (list,)),
    **dict.fromkeys(
        ("properties", "patternProperties", "dependentSchemas", "dependentRequired", "discriminator"), (Mapping,)
    ),
    **dict.fromkeys(
        (
            "items",
            "additionalProperties",
            "unevaluatedProperties",
            "unevaluatedItems",
            "not",
            "if",
            "then",
            "else",
            "contains",
            "propertyNames",
        ),
        (Mapping, bool),
    ),
    "type": (str, list),
}


def _well_typed(key: str, value: Any) -> bool:
    expected = _KEYWORD_TYPES.get(key)
    if expected is None:  # not compared as a typed keyword (default, const, examples, extensions)
        return True
    if bool in expected or not isinstance(value, bool):
        return isinstance(value, expected)
    return False  # a boolean where a number is expected


def _flag(schema: Any, resolver: Resolver, key: str, depth: int = 0) -> bool:
    """readOnly / writeOnly / deprecated at a position, including inline allOf parts and referenced roots."""
    if not isinstance(schema, Mapping) or depth > 4:
        return False
    if schema.get(key) is True:
        return True
    if isinstance(schema.get("$ref"), str) and _flag(resolver.resolve(schema["$ref"]), resolver, key, depth + 1):
        return True
    return any(_flag(part, resolver, key, depth + 1) for part in schema.get("allOf") or [])


def visible(schema: Any, resolver: Resolver, direction: Direction) -> bool:
    """A read-only property is not part of requests; a write-only property is not part of responses."""
    if direction is Direction.REQUEST:
        return not _flag(schema, resolver, "readOnly")
    return not _flag(schema, resolver, "writeOnly")


def _types(flat: Flat) -> tuple[frozenset[str] | None, bool]:
    """The allowed JSON types (None: any) and whether null is allowed."""
    own = flat.own
    declared = own.get("type")
    types: set[str] | None
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {str(item) for item in declared}
    elif "properties" in own or "additionalProperties" in own:
        types = {"object"}
    elif "items" in own:
        types = {"array"}
    else:
        types = None
    enum = own.get("enum")
    nullable = (
        flat.nullable
        or own.get("nullable") is True
        or (types is not None and "null" in types)
        or (isinstance(enum, list) and None in enum)
    )
    if types is not None:
        types.discard("null")
    return (frozenset(types) if types is not None else None), nullable


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(kind in wide or (kind == "integer" and "number" in wide) for kind in narrow)


def _show_types(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types)) or "null"


def _enum(own: Mapping[str, Any]) -> list[Any] | None:
    if "const" in own:
        return [own["const"]] if own["const"] is not None else None
    values = own.get("enum")
    if not isinstance(values, list):
        return None
    return [value for value in values if value is not None]


def _canonical(value: Any) -> str:
    # `default=str`: YAML loaders turn unquoted dates (`default: 2024-01-01`) into date objects.
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _bound(own: Mapping[str, Any], upper: bool) -> tuple[float, bool] | None:
    """A numeric bound as (value, exclusive), reading both the 3.0 and the 3.1 spellings."""
    inclusive_key, exclusive_key = ("maximum", "exclusiveMaximum") if upper else ("minimum", "exclusiveMinimum")
    inclusive, exclusive = own.get(inclusive_key), own.get(exclusive_key)
    candidates: list[tuple[float, bool]] = []
    if isinstance(inclusive, int | float) and not isinstance(inclusive, bool):
        candidates.append((inclusive, exclusive is True))
    if isinstance(exclusive, int | float) and not isinstance(exclusive, bool):
        candidates.append((exclusive, True))
    if not candidates:
        return None
    return (
        min(candidates, key=lambda b: _bound_key(b, upper))
        if upper
        else max(candidates, key=lambda b: _bound_key(b, upper))
    )


def _bound_key(bound: tuple[float, bool], upper: bool) -> tuple[float, int]:
    # An exclusive maximum is tighter (smaller) than the same inclusive one; the reverse for minimums.
    value, exclusive = bound
    if upper:
        return (value, 0 if exclusive else 1)
    return (value, 1 if exclusive else 0)


def _show_bound(bound: tuple[float, bool]) -> str:
    value, exclusive = bound
    return f"{value} (exclusive)" if exclusive else f"{value}"


class SchemaComparer:
    def __init__(self, walk: Walk, *, probing: bool = False) -> None:
        self.walk = walk
        self.probing = probing  # a comparer asked "does A accept all of B?" does not ask again inside

    def _record(
        self,
        ctx: SchemaCtx,
        suffix: str,
        *,
        removed: bool = False,
        old: Any = MISSING,
        new: Any = MISSING,
        value: Any = MISSING,
    ) -> None:
        place = ctx.old_place if removed else ctx.place
        self.walk.record(
            ctx.scope, schema_kind_id(ctx.location, suffix), place, ctx.subject(), old=old, new=new, value=value
        )

    def compare(self, old: Any, new: Any, ctx: SchemaCtx) -> None:
        walk = self.walk
        if (old is False) != (new is False):  # the `false` schema: nothing is valid
            self._record(ctx, "schema-became-false" if new is False else "schema-became-not-false")
            return
        old_flat = flatten(old, walk.old, inline=False)
        new_flat = flatten(new, walk.new, inline=False)
        if old_flat.refs or new_flat.refs:
            if sorted(old_flat.refs) == sorted(new_flat.refs):
                for ref in sorted(set(new_flat.refs)):
                    walk.use(ctx.scope, ComponentKey(ref, ctx.location.name))
            else:
                pair = (tuple(sorted(old_flat.refs)), tuple(sorted(new_flat.refs)))
                if pair in ctx.inlined:  # recursive schemas: this pair is already being compared above
                    return
                ctx = replace(ctx, inlined=ctx.inlined | {pair})
                old_flat = flatten(old, walk.old, inline=True)
                new_flat = flatten(new, walk.new, inline=True)
        self.compare_flat(old_flat, new_flat, ctx)

    def compare_component(self, key: ComponentKey) -> None:
        walk = self.walk
        name = ref_name(key.ref)
        location = key.schema_location
        ctx = SchemaCtx(
            scope=key,
            location=location,
            place=key.ref,
            old_place=key.ref,
            root_label=f"{location.noun} schema `{name}`",
            prefix=name,
        )
        self.compare(walk.old.resolve(key.ref), walk.new.resolve(key.ref), ctx)

    def compare_flat(self, old: Flat, new: Flat, ctx: SchemaCtx) -> None:
        o, n = old.own, new.own
        if bool(_variants(o)) != bool(_variants(n)) and self._compare_wrap(old, new, ctx):
            return
        old_types, old_null = _types(old)
        new_types, new_null = _types(new)
        type_broken = self._compare_types(old_types, new_types, ctx)
        if not type_broken:
            self._compare_format(o.get("format"), n.get("format"), ctx)
        self._compare_enum(o, n, ctx)
        self._compare_extensible_enum(o, n, ctx)
        if old_null != new_null:
            self._record(ctx, "became-nullable" if new_null else "became-not-nullable")
        self._compare_constraints(_applicable(o, old_types), _applicable(n, new_types), ctx)
        self._compare_annotations(o, n, ctx)
        self._compare_discriminator(o, n, ctx)
        self._compare_variants(o, n, ctx)
        self._compare_keywords(o, n, ctx)
        self._compare_properties(o, n, ctx)
        if isinstance(o.get("items"), Mapping | bool) and isinstance(n.get("items"), Mapping | bool):
            self.compare(o["items"], n["items"], ctx.down("items", path="[]"))

    def _compare_types(self, old: frozenset[str] | None, new: frozenset[str] | None, ctx: SchemaCtx) -> bool:
        """Records a type change; True when the types are incomparable (formats then mean nothing)."""
        if old == new:
            return False
        shown_old, shown_new = _show_types(old), _show_types(new)
        if old is None or (new is not None and _covers(old, new)):
            self._record(ctx, "type-specialized", old=shown_old, new=shown_new)
        elif new is None or _covers(new, old):
            self._record(ctx, "type-generalized", old=shown_old, new=shown_new)
        else:
            self._record(ctx, "type-changed", old=shown_old, new=shown_new)
            return True
        return False

    def _compare_format(self, old: Any, new: Any, ctx: SchemaCtx) -> None:
        if old == new:
            return
        if old is None:
            self._record(ctx, "format-added", new=new)
        elif new is None:
            self._record(ctx, "format-removed", old=old)
        elif old not in REGISTERED_FORMATS and new in REGISTERED_FORMATS:
            self._record(ctx, "format-corrected", old=old, new=new)
        elif new in _WIDER_FORMATS.get(old, ()):
            self._record(ctx, "format-generalized", old=old, new=new)
        elif old in _WIDER_FORMATS.get(new, ()):
            self._record(ctx, "format-specialized", old=old, new=new)
        else:
            self._record(ctx, "format-changed", old=old, new=new)

    def _compare_enum(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        old, new = _enum(o), _enum(n)
        if old is None and new is None:
            return
        if old is None:
            self._record(ctx, "became-enum", new=new)
            return
        if new is None:
            self._record(ctx, "no-longer-enum", old=old)
            return
        old_keys = {_canonical(value) for value in old}
        new_keys = {_canonical(value) for value in new}
        for value in old:
            if _canonical(value) not in new_keys:
                self._record(ctx, "enum-value-removed", value=value)
        for value in new:
            if _canonical(value) not in old_keys:
                self._record(ctx, "enum-value-added", value=value)

    def _compare_constraints(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        for upper, name in ((True, "max"), (False, "min")):
            old_bound, new_bound = _bound(o, upper), _bound(n, upper)
            if old_bound != new_bound:
                self._bound_change(name, old_bound, new_bound, upper, ctx)
        for keyword, name in (
            ("maxLength", "max-length"),
            ("minLength", "min-length"),
            ("maxItems", "max-items"),
            ("minItems", "min-items"),
            ("maxContains", "max-contains"),
            ("minContains", "min-contains"),
            ("maxProperties", "max-properties"),
            ("minProperties", "min-properties"),
        ):
            old_value, new_value = o.get(keyword), n.get(keyword)
            if old_value != new_value:
                upper = name.startswith("max")
                self._bound_change(
                    name,
                    None if old_value is None else (old_value, False),
                    None if new_value is None else (new_value, False),
                    upper,
                    ctx,
                )
        self._set_unset_change(_pattern(o), _pattern(n), ctx, ("pattern-added", "pattern-removed", "pattern-changed"))
        self._set_unset_change(
            o.get("multipleOf"),
            n.get("multipleOf"),
            ctx,
            ("multiple-of-set", "multiple-of-unset", "multiple-of-changed"),
        )
        old_unique, new_unique = o.get("uniqueItems") is True, n.get("uniqueItems") is True
        if old_unique != new_unique:
            self._record(ctx, "unique-items-set" if new_unique else "unique-items-unset")

    def _bound_change(
        self, name: str, old: tuple[float, bool] | None, new: tuple[float, bool] | None, upper: bool, ctx: SchemaCtx
    ) -> None:
        if old is None and new is not None:
            self._record(ctx, f"{name}-set", new=_show_bound(new))
        elif new is None and old is not None:
            self._record(ctx, f"{name}-unset", old=_show_bound(old))
        elif old is not None and new is not None:
            grew = _bound_key(new, upper) > _bound_key(old, upper)
            self._record(
                ctx, f"{name}-{'increased' if grew else 'decreased'}", old=_show_bound(old), new=_show_bound(new)
            )

    def _set_unset_change(self, old: Any, new: Any, ctx: SchemaCtx, suffixes: tuple[str, str, str]) -> None:
        added, removed, changed = suffixes
        if old == new:
            return
        if old is None:
            self._record(ctx, added, new=new)
        elif new is None:
            self._record(ctx, removed, old=old)
        else:
            self._record(ctx, changed, old=old, new=new)

    def _compare_annotations(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        if "default" in o or "default" in n:
            old_default, new_default = o.get("default", MISSING), n.get("default", MISSING)
            if old_default is MISSING or new_default is MISSING or _canonical(old_default) != _canonical(new_default):
                self._record(ctx, "default-value-changed", old=old_default, new=new_default)
        if (o.get("description") or "").strip() != (n.get("description") or "").strip():
            self._record(
                ctx, "description-changed", old=o.get("description", MISSING), new=n.get("description", MISSING)
            )
        if o.get("title") != n.get("title"):
            self._record(ctx, "title-changed", old=o.get("title", MISSING), new=n.get("title", MISSING))

    def _compare_discriminator(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        """A discriminator only tells readers which variant to try: valid payloads are the oneOf's, so
        adding, removing or remapping it leaves them unchanged (the variants are compared on their own)."""
        old, new = o.get("discriminator"), n.get("discriminator")
        if old == new:
            return
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            if isinstance(new, Mapping):
                self._record(ctx, "discriminator-added", new=new.get("propertyName", MISSING))
            elif isinstance(old, Mapping):
                self._record(ctx, "discriminator-removed", removed=True, old=old.get("propertyName", MISSING))
            return
        if old.get("propertyName") != new.get("propertyName"):
            self._record(
                ctx,
                "discriminator-property-name-changed",
                old=old.get("propertyName", MISSING),
                new=new.get("propertyName", MISSING),
            )
        old_map: Mapping[str, Any] = old.get("mapping") or {}
        new_map: Mapping[str, Any] = new.get("mapping") or {}
        for value in sorted(old_map.keys() - new_map.keys()):
            self._record(ctx, "discriminator-mapping-deleted", value=value)
        for value in sorted(new_map.keys() - old_map.keys()):
            self._record(ctx, "discriminator-mapping-added", value=value)
        for value in sorted(old_map.keys() & new_map.keys()):
            if old_map[value] != new_map[value]:
                self._record(ctx, "discriminator-mapping-changed", old=old_map[value], new=new_map[value])

    def _compare_extensible_enum(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        """`x-extensible-enum`: known values of an open set; readers must accept values they do not know."""
        old, new = o.get("x-extensible-enum"), n.get("x-extensible-enum")
        old_values = old if isinstance(old, list) else []
        new_values = new if isinstance(new, list) else []
        old_keys = {_canonical(value) for value in old_values}
        new_keys = {_canonical(value) for value in new_values}
        for value in old_values:
            if _canonical(value) not in new_keys:
                self._record(ctx, "x-extensible-enum-value-removed", value=value)
        for value in new_values:
            if _canonical(value) not in old_keys:
                self._record(ctx, "x-extensible-enum-value-added", value=value)

    def _compare_wrap(self, old: Flat, new: Flat, ctx: SchemaCtx) -> bool:
        """One side is a oneOf/anyOf, the other is not: judged by payload sets, not by keywords.

        Requests: every payload valid before must still be valid, so the plain old schema must fit inside
        exactly one oneOf branch (at least one anyOf branch), and every old branch inside the new plain
        schema. Responses, the other way round. Returns False when a probe cannot decide (nested probes)."""
        if self.probing:
            return False
        wrapped = bool(_variants(new.own))
        plain_side, variant_side = (old, new) if wrapped else (new, old)
        combinator = _combinator(variant_side.own)
        branches = [_branch(variant_side, branch) for _, branch in _variants(variant_side.own).values()]
        plain = _raw(plain_side)
        request = ctx.location.direction is Direction.REQUEST
        # Who must fit inside whom: the side callers write (request: old; response: new) inside the other.
        if request == wrapped:  # one plain schema must fit inside the variants
            fits = sum(self._accepts(branch, plain, wide_is_new=wrapped) for branch in branches)
            ok = fits == 1 if combinator == "oneOf" else fits >= 1
        else:  # every branch must fit inside the plain schema
            ok = all(self._accepts(plain, branch, wide_is_new=not wrapped) for branch in branches)
        names = sorted(_variants(variant_side.own))
        suffix = "variants-wrapped" if wrapped else "variants-unwrapped"
        self._record(ctx, suffix if ok else f"{suffix}-incompatible", value=f"{combinator} of {', '.join(names)}")
        return True

    def _accepts(self, wide: Any, narrow: Any, *, wide_is_new: bool) -> bool:
        """Whether every value `narrow` accepts is accepted by `wide`: compared as a request body (where
        any narrowing is breaking), nothing narrower or undecidable may be found."""
        old_doc, new_doc = self.walk.old.document, self.walk.new.document
        walk = Walk(new_doc, old_doc) if not wide_is_new else Walk(old_doc, new_doc)
        probe = SchemaComparer(walk, probing=True)
        ctx = SchemaCtx(scope="probe", location=Location.REQUEST_BODY, place="#", old_place="#", root_label="probe")
        probe.compare(narrow, wide, ctx)
        while walk.pending:
            probe.compare_component(walk.pending.pop(0))
        return not any(found.kind not in _PROBE_NEUTRAL and _is_narrowing(found.kind) for found in walk.found)

    def _compare_keywords(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        """JSON Schema 2020-12 (OpenAPI 3.1) applicators: each constrains values when present, so adding one
        narrows, removing one widens, and a change inside one is compared like any schema."""
        for keyword, name in _SUBSCHEMA_KEYWORDS:
            old, new = _constraint(o, keyword), _constraint(n, keyword)
            if old is MISSING and new is MISSING:
                continue
            if keyword == "if" and (old is MISSING or new is MISSING) and _branches_toggle(o, n):
                continue  # `if` only selects: the `then`/`else` added or removed with it carry the verdict
            if old is MISSING:
                self._record(ctx, f"{name}-added")
            elif new is MISSING:
                self._record(ctx, f"{name}-removed", removed=True)
            elif keyword in ("if", "not"):
                self._compare_inverted(keyword, name, old, new, ctx)
            elif isinstance(old, bool) or isinstance(new, bool):  # `false` against a schema
                if old != new:
                    self._record(ctx, f"{name}-added" if new is False else f"{name}-removed")
            else:
                # Values of unnamed properties sit one level down, like named ones.
                nested = ctx.location.nested if keyword.endswith("Properties") else None
                path = {"additionalProperties": "{}", "unevaluatedProperties": "{}", "unevaluatedItems": "[]"}
                self.compare(old, new, ctx.down(keyword, path=path.get(keyword, f"<{keyword}>"), location=nested))
        for keyword, name in (("prefixItems", "prefix-items"), ("patternProperties", "pattern-property")):
            self._compare_keyed(keyword, name, o, n, ctx)
        self._compare_keyed("dependentSchemas", "dependent-schema", o, n, ctx)
        old_deps: Mapping[str, Any] = o.get("dependentRequired") or {}
        new_deps: Mapping[str, Any] = n.get("dependentRequired") or {}
        for key in sorted(old_deps.keys() | new_deps.keys()):
            before, after = _names(old_deps.get(key)), _names(new_deps.get(key))
            for name in sorted(after - before):
                self._record(ctx, "dependent-required-added", value=f"{key} → {name}")
            for name in sorted(before - after):
                self._record(ctx, "dependent-required-removed", value=f"{key} → {name}")

    def _compare_inverted(self, keyword: str, name: str, old: Any, new: Any, ctx: SchemaCtx) -> None:
        """`not` excludes what its schema accepts (and `if` only selects), so a change inside them is
        judged by which of the two accepts more."""
        if _canonical(old) == _canonical(new) or self.probing:
            return
        grew = self._accepts(new, old, wide_is_new=True)
        shrank = self._accepts(old, new, wide_is_new=False)
        if grew and shrank:
            return
        if keyword == "not" and grew != shrank:
            self._record(ctx, "not-excludes-more" if grew else "not-excludes-less")
        else:
            self._record(ctx, f"{name}-changed")

    def _compare_keyed(
        self, keyword: str, name: str, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx
    ) -> None:
        old, new = o.get(keyword), n.get(keyword)
        old_items = dict(enumerate(old)) if isinstance(old, list) else dict(old) if isinstance(old, Mapping) else {}
        new_items = dict(enumerate(new)) if isinstance(new, list) else dict(new) if isinstance(new, Mapping) else {}
        for key in old_items:
            if key not in new_items:
                self._record(ctx, f"{name}-removed", removed=True, value=key)
        for key, schema in new_items.items():
            if key not in old_items:
                self._record(ctx, f"{name}-added", value=key)
            else:
                path = f"[{key}]" if isinstance(key, int) else f"{{{key}}}"
                nested = None if isinstance(key, int) else ctx.location.nested
                self.compare(old_items[key], schema, ctx.down(keyword, key, path=path, location=nested))

    def _compare_variants(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        old_variants = _variants(o)
        new_variants = _variants(n)
        if not old_variants and not new_variants:
            return
        for key, (index, _schema) in old_variants.items():
            if key not in new_variants:
                self._record(
                    replace(ctx, old_place=child(ctx.old_place, _combinator(o), index)),
                    f"{_id_of(_combinator(o))}-removed",
                    removed=True,
                    value=key,
                )
        for key, (index, schema) in new_variants.items():
            if key not in old_variants:
                self._record(
                    replace(ctx, place=child(ctx.place, _combinator(n), index)),
                    f"{_id_of(_combinator(n))}-added",
                    value=key,
                )
            else:
                old_index, old_schema = old_variants[key]
                branch = replace(
                    ctx,
                    place=child(ctx.place, _combinator(n), index),
                    old_place=child(ctx.old_place, _combinator(o), old_index),
                )
                self.compare(old_schema, schema, branch)

    def _compare_properties(self, o: Mapping[str, Any], n: Mapping[str, Any], ctx: SchemaCtx) -> None:
        old_props: Mapping[str, Any] = o.get("properties") or {}
        new_props: Mapping[str, Any] = n.get("properties") or {}
        if not old_props and not new_props:
            return
        walk, direction = self.walk, ctx.location.direction
        old_required, new_required = _names(o.get("required")), _names(n.get("required"))
        old_seen = {name for name, schema in old_props.items() if visible(schema, walk.old, direction)}
        new_seen = {name for name, schema in new_props.items() if visible(schema, walk.new, direction)}
        nested = ctx.location.nested
        request = direction is Direction.REQUEST

        def at(name: str) -> SchemaCtx:
            return ctx.down("properties", name, path=f".{name}", location=nested)

        gone = [name for name in old_props if name in old_seen and name not in new_seen]
        came = [name for name in new_props if name in new_seen and name not in old_seen]
        renamed = _renames(
            [g for g in gone if g not in new_props],
            [c for c in came if c not in old_props],
            old_props,
            new_props,
            old_required,
            new_required,
        )
        for old_name, new_name in renamed.items():
            self.walk.record(
                ctx.scope,
                "request-property-renamed" if request else "response-property-renamed",
                at(new_name).place,
                at(old_name).subject(),
                old=old_name,
                new=new_name,
            )
        for name in gone:
            if name in renamed:
                continue
            place = at(name)
            if name in new_props:  # still there, but no longer part of this direction
                if request:
                    kind = "request-property-became-read-only"
                elif name in old_required:
                    kind = "response-required-property-became-write-only"
                else:
                    kind = "response-optional-property-became-write-only"
                walk.record(ctx.scope, kind, place.place, place.subject())
                continue
            if request:
                # A closed schema lists every allowed property: sending a removed one is now invalid.
                kind = "request-property-removed-from-closed-schema" if _closed(n) else "request-property-removed"
            else:
                required = name in old_required
                kind = "response-required-property-removed" if required else "response-optional-property-removed"
            walk.record(ctx.scope, kind, place.old_place, place.subject())
        for name in came:
            if name in renamed.values():
                continue
            place = at(name)
            if request:
                kind = "new-required-request-property" if name in new_required else "new-optional-request-property"
            elif _closed(o):  # clients validating the old, closed schema reject a property it did not list
                kind = "response-property-added-to-closed-schema"
            else:
                required = name in new_required
                kind = "response-required-property-added" if required else "response-optional-property-added"
            walk.record(ctx.scope, kind, place.place, place.subject())
        for name in new_props:
            if name in old_seen and name in new_seen:
                self._compare_property(
                    old_props[name], new_props[name], name in old_required, name in new_required, at(name)
                )

    def _compare_property(self, old: Any, new: Any, was_required: bool, is_required: bool, ctx: SchemaCtx) -> None:
        walk, request = self.walk, ctx.location.direction is Direction.REQUEST
        side = "request" if request else "response"
        if was_required != is_required:
            walk.record(
                ctx.scope,
                f"{side}-property-became-{'required' if is_required else 'optional'}",
                ctx.place,
                ctx.subject(),
            )
        was_deprecated, is_deprecated = _flag(old, walk.old, "deprecated"), _flag(new, walk.new, "deprecated")
        if was_deprecated != is_deprecated:
            walk.record(
                ctx.scope,
                f"{side}-property-{'deprecated' if is_deprecated else 'reactivated'}",
                ctx.place,
                ctx.subject(),
            )
        self.compare(old, new, ctx)


# Keywords whose value is one subschema (or `false`); `true` means no constraint, the same as absent.
_SUBSCHEMA_KEYWORDS = (
    ("not", "not"),
    ("if", "if"),
    ("then", "then"),
    ("else", "else"),
    ("contains", "contains"),
    ("propertyNames", "property-names"),
    ("additionalProperties", "additional-properties"),
    ("unevaluatedProperties", "unevaluated-properties"),
    ("unevaluatedItems", "unevaluated-items"),
)
# Constraint keywords and the JSON types they apply to: on any other type they constrain nothing.
_TYPED_KEYWORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf"), frozenset({"number", "integer"})
    ),
    **dict.fromkeys(("maxLength", "minLength", "pattern"), frozenset({"string"})),
    **dict.fromkeys(("maxItems", "minItems", "uniqueItems", "maxContains", "minContains"), frozenset({"array"})),
    **dict.fromkeys(("maxProperties", "minProperties"), frozenset({"object"})),
}
# Probe findings that do not make a payload invalid: a property the wider schema does not list is still
# allowed unless additional properties are closed (which is reported on its own).
_PROBE_NEUTRAL = frozenset({"request-property-removed", "request-property-renamed"})


def _applicable(own: Mapping[str, Any], types: frozenset[str] | None) -> Mapping[str, Any]:
    if types is None:
        return own
    return {key: value for key, value in own.items() if key not in _TYPED_KEYWORDS or _TYPED_KEYWORDS[key] & types}


def _pattern(own: Mapping[str, Any]) -> Any:
    """The pattern, None when there is none or it matches every string (`''`, `.*`, `^.*$`)."""
    pattern = own.get("pattern")
    return None if pattern in (None, "", ".*", "^.*$", "^.*") else pattern


def _constraint(own: Mapping[str, Any], keyword: str) -> Any:
    value = own.get(keyword, MISSING)
    return MISSING if value is True or (keyword == "additionalProperties" and value == {}) else value


def _names(value: Any) -> set[str]:
    """A list of property names (`required`, `dependentRequired` entries); anything else names none."""
    return {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()


def _closed(own: Mapping[str, Any]) -> bool:
    return own.get("additionalProperties") is False or own.get("unevaluatedProperties") is False


def _branches_toggle(o: Mapping[str, Any], n: Mapping[str, Any]) -> bool:
    return any((_constraint(o, key) is MISSING) != (_constraint(n, key) is MISSING) for key in ("then", "else"))


def _raw(flat: Flat) -> dict[str, Any]:
    """A flattened position as a schema again (its references kept as allOf parts)."""
    raw = dict(flat.own)
    if flat.refs:
        raw["allOf"] = [{"$ref": ref} for ref in flat.refs]
    if flat.nullable:
        raw["nullable"] = True
    return raw


def _branch(flat: Flat, branch: Any) -> dict[str, Any]:
    """One oneOf/anyOf branch together with the keywords beside the combinator (which apply to it too)."""
    rest = {key: value for key, value in _raw(flat).items() if key not in ("oneOf", "anyOf", "discriminator")}
    parts = [*rest.pop("allOf", []), branch]
    return {**rest, "allOf": parts}


def _is_narrowing(kind: str) -> bool:
    from generator.drift.catalogue import CATALOGUE
    from generator.drift.model import ChangeLevel

    return CATALOGUE[kind].level in (ChangeLevel.BREAKING, ChangeLevel.WARNING)


def _id_of(combinator: str) -> str:
    return "one-of" if combinator == "oneOf" else "any-of"


def _combinator(own: Mapping[str, Any]) -> str:
    return "oneOf" if "oneOf" in own else "anyOf"


def _variants(own: Mapping[str, Any]) -> dict[str, tuple[int, Any]]:
    """oneOf/anyOf branches keyed by what identifies them: the component they reference, their title, or
    their position among the unnamed branches."""
    branches = own.get("oneOf") if "oneOf" in own else own.get("anyOf")
    if not isinstance(branches, list):
        return {}
    keyed: dict[str, tuple[int, Any]] = {}
    unnamed = 0
    for index, branch in enumerate(branches):
        if isinstance(branch, Mapping) and isinstance(branch.get("$ref"), str):
            key = ref_name(branch["$ref"])
        elif isinstance(branch, Mapping) and isinstance(branch.get("title"), str):
            key = branch["title"]
        else:
            unnamed += 1
            key = f"#{unnamed}"
        keyed.setdefault(key, (index, branch))
    return keyed


def _signature(schema: Any) -> str:
    """What a property is, ignoring how it is documented: two properties with the same signature are
    taken as one property renamed."""
    if isinstance(schema, Mapping):
        schema = {key: value for key, value in schema.items() if key not in _ANNOTATIONS}
    return _canonical(schema)


def _renames(
    gone: list[str],
    came: list[str],
    old_props: Mapping[str, Any],
    new_props: Mapping[str, Any],
    old_required: set[str],
    new_required: set[str],
) -> dict[str, str]:
    """Pairs a removed and an added property when each is the only one with its signature."""

    def key(name: str, props: Mapping[str, Any], required: set[str]) -> str:
        return _signature(props[name]) + ("!" if name in required else "?")

    gone_by: dict[str, list[str]] = {}
    came_by: dict[str, list[str]] = {}
    for name in gone:
        gone_by.setdefault(key(name, old_props, old_required), []).append(name)
    for name in came:
        came_by.setdefault(key(name, new_props, new_required), []).append(name)
    return {
        names[0]: came_by[sig][0]
        for sig, names in gone_by.items()
        if len(names) == 1 and len(came_by.get(sig, ())) == 1
    }
