"""One operation against its new version: identity, documentation, parameters, request body, responses,
response headers and security. Parameters, request bodies, responses and headers that both versions take
from the same component are compared once, as that component (see `compare_component`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.drift.model import Location
from generator.drift.refs import Resolver, child, pointer, ref_name
from generator.drift.schemas import SchemaComparer, SchemaCtx
from generator.drift.security import compare_requirements, compare_scheme, scheme_for_header
from generator.drift.sunset import before_sunset
from generator.drift.walk import MISSING, ComponentKey, Scope, Walk

_TEMPLATE_PARAMETER = re.compile(r"\{([^}]*)\}")


def _ref(node: Any) -> str | None:
    return node["$ref"] if isinstance(node, Mapping) and isinstance(node.get("$ref"), str) else None


def _map(node: Any) -> Mapping[str, Any]:
    """A node the spec says is an object; anything else (invalid, the lint reports it) counts as empty."""
    return node if isinstance(node, Mapping) else {}


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def _obj(resolver: Resolver, node: Any) -> Mapping[str, Any]:
    """`node` with its $ref chain followed, as an object (empty when it is not one)."""
    return _map(resolver.deref(node)[0])


def _text(node: Mapping[str, Any], key: str) -> str:
    value = node.get(key)
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class _Param:
    raw: Any  # as written: maybe a $ref
    value: Mapping[str, Any]  # resolved
    place: str

    @property
    def location(self) -> str:
        return str(self.value.get("in", ""))

    @property
    def name(self) -> str:
        return str(self.value.get("name", ""))

    @property
    def subject(self) -> str:
        return f"{self.location} parameter `{self.name}`"


def _parameters(
    walk: Walk, old: bool, template: str, path_item: Mapping[str, Any], operation: Mapping[str, Any], method: str
) -> dict[tuple[str, str], _Param]:
    """Path-level then operation-level parameters (the latter win), keyed by location and name; path
    parameters are keyed by their position in the path template, so renaming one is not a removal."""
    resolver = walk.old if old else walk.new
    positions = {name: index for index, name in enumerate(_TEMPLATE_PARAMETER.findall(template))}
    found: dict[tuple[str, str], _Param] = {}
    for owner, base in ((path_item, pointer("paths", template)), (operation, pointer("paths", template, method))):
        for index, raw in enumerate(_list(owner.get("parameters"))):
            value, _ = resolver.deref(raw)
            if not isinstance(value, Mapping):
                continue
            param = _Param(raw, value, child(base, "parameters", index))
            if param.location == "path" and param.name in positions:
                key = ("path", f"#{positions[param.name]}")
            elif param.location == "header":
                key = ("header", param.name.lower())
            else:
                key = (param.location, param.name)
            found[key] = param
    return found


def _serialization(param: Mapping[str, Any]) -> str:
    location = param.get("in")
    style = param.get("style") or ("form" if location in ("query", "cookie") else "simple")
    explode = param.get("explode", style == "form")
    return f"style={style}, explode={str(bool(explode)).lower()}"


class OperationComparer:
    def __init__(self, walk: Walk) -> None:
        self.walk = walk
        self.schemas = SchemaComparer(walk)

    def compare_operation(
        self,
        label: str,
        method: str,
        old_template: str,
        new_template: str,
        old_item: Mapping[str, Any],
        new_item: Mapping[str, Any],
    ) -> None:
        walk = self.walk
        old_op: Mapping[str, Any] = old_item[method]
        new_op: Mapping[str, Any] = new_item[method]
        place, old_place = pointer("paths", new_template, method), pointer("paths", old_template, method)
        subject = f"`{label}`"
        if old_op.get("operationId") != new_op.get("operationId"):
            walk.record(
                label,
                "api-operation-id-changed",
                place,
                subject,
                old=old_op.get("operationId", MISSING),
                new=new_op.get("operationId", MISSING),
            )
        old_tags, new_tags = list(_list(old_op.get("tags"))), list(_list(new_op.get("tags")))
        for tag in old_tags:
            if tag not in new_tags:
                walk.record(label, "api-tag-removed", place, subject, value=tag)
        for tag in new_tags:
            if tag not in old_tags:
                walk.record(label, "api-tag-added", place, subject, value=tag)
        if _text(old_op, "summary") != _text(new_op, "summary"):
            walk.record(
                label,
                "api-summary-changed",
                place,
                subject,
                old=old_op.get("summary", MISSING),
                new=new_op.get("summary", MISSING),
            )
        if _text(old_op, "description") != _text(new_op, "description"):
            walk.record(
                label,
                "api-description-changed",
                place,
                subject,
                old=old_op.get("description", MISSING),
                new=new_op.get("description", MISSING),
            )
        was_deprecated, is_deprecated = old_op.get("deprecated") is True, new_op.get("deprecated") is True
        if was_deprecated != is_deprecated:
            walk.record(label, "endpoint-deprecated" if is_deprecated else "endpoint-reactivated", place, subject)
        old_level, new_level = _stability(old_op), _stability(new_op)
        if old_level is not None and new_level is not None and old_level != new_level:
            kind = "api-stability-decreased" if new_level < old_level else "api-stability-increased"
            walk.record(
                label, kind, place, subject, old=old_op.get("x-stability-level"), new=new_op.get("x-stability-level")
            )
        self._compare_parameters(label, method, old_template, new_template, old_item, new_item)
        self._compare_request_body(
            label,
            old_op.get("requestBody"),
            new_op.get("requestBody"),
            child(place, "requestBody"),
            child(old_place, "requestBody"),
        )
        self._compare_responses(
            label,
            _map(old_op.get("responses")),
            _map(new_op.get("responses")),
            child(place, "responses"),
            child(old_place, "responses"),
        )
        compare_requirements(walk, label, old_op, new_op, old_place, place)

    # Parameters -------------------------------------------------------------------------------------

    def _compare_parameters(
        self,
        label: str,
        method: str,
        old_template: str,
        new_template: str,
        old_item: Mapping[str, Any],
        new_item: Mapping[str, Any],
    ) -> None:
        walk = self.walk
        old = _parameters(walk, True, old_template, old_item, old_item[method], method)
        new = _parameters(walk, False, new_template, new_item, new_item[method], method)
        gone = {key: old[key] for key in old if key not in new}
        came = {key: new[key] for key in new if key not in old}
        # Same name, other location: a move, not a removal plus an addition.
        for old_key, before in list(gone.items()):
            for new_key, after in list(came.items()):
                if before.name.lower() == after.name.lower() and before.location != after.location:
                    walk.record(
                        label,
                        "request-parameter-location-changed",
                        after.place,
                        f"`{label}`",
                        value=after.name,
                        old=before.location,
                        new=after.location,
                    )
                    del gone[old_key], came[new_key]
                    break
        for param in gone.values():
            scheme = None
            if param.location == "header":
                scheme = scheme_for_header(walk.new.document, new_item[method], param.name)
            if scheme is not None:
                walk.header_moved_to_security.add(label)
                walk.record(label, "request-parameter-became-security-scheme", param.place, param.subject, new=scheme)
            elif param.value.get("deprecated") is not True:
                walk.record(label, "request-parameter-removed", param.place, param.subject)
            elif before_sunset(walk, [param.value]):
                walk.record(label, "request-parameter-removed-before-sunset", param.place, param.subject)
            else:  # what its deprecation announced
                walk.record(label, "request-parameter-removed-with-deprecation", param.place, param.subject)
        for param in came.values():
            required = param.value.get("required") is True or param.location == "path"
            kind = "new-required-request-parameter" if required else "new-optional-request-parameter"
            walk.record(label, kind, param.place, param.subject)
        for key in new:
            if key in old:
                before, after = old[key], new[key]
                if before.location == "path" and before.name != after.name:
                    walk.record(
                        label,
                        "request-path-parameter-renamed",
                        after.place,
                        f"`{label}`",
                        old=before.name,
                        new=after.name,
                    )
                ref = _ref(before.raw)
                if ref is not None and ref == _ref(after.raw):
                    walk.use(label, ComponentKey(ref, Location.REQUEST_PARAMETER.name))
                else:
                    self._compare_parameter(label, before.value, after.value, after.place, before.place)

    def _compare_parameter(
        self, scope: Scope, old: Mapping[str, Any], new: Mapping[str, Any], place: str, old_place: str
    ) -> None:
        walk = self.walk
        subject = f"{new.get('in')} parameter `{new.get('name')}`"
        was_required = old.get("required") is True or old.get("in") == "path"
        is_required = new.get("required") is True or new.get("in") == "path"
        if was_required != is_required:
            kind = "request-parameter-became-required" if is_required else "request-parameter-became-optional"
            walk.record(scope, kind, place, subject)
        was_deprecated, is_deprecated = old.get("deprecated") is True, new.get("deprecated") is True
        if was_deprecated != is_deprecated:
            kind = "request-parameter-deprecated" if is_deprecated else "request-parameter-reactivated"
            walk.record(scope, kind, place, subject)
        if _text(old, "description") != _text(new, "description"):
            walk.record(
                scope,
                "request-parameter-description-changed",
                place,
                subject,
                old=old.get("description", MISSING),
                new=new.get("description", MISSING),
            )
        if _serialization(old) != _serialization(new):
            walk.record(
                scope,
                "request-parameter-serialization-changed",
                place,
                subject,
                old=_serialization(old),
                new=_serialization(new),
            )
        old_schema, old_at = _parameter_schema(old)
        new_schema, new_at = _parameter_schema(new)
        if new.get("in") == "query" and _became_array_of(walk, old_schema, new_schema):
            # `?q=v` is also the form encoding of the one-item array [v]: every old request stays valid.
            walk.record(scope, "request-parameter-became-array", place, subject)
            return
        ctx = SchemaCtx(
            scope=scope,
            location=Location.REQUEST_PARAMETER,
            place=child(place, *new_at),
            old_place=child(old_place, *old_at),
            root_label=subject,
            prefix=str(new.get("name")),
        )
        self.schemas.compare(old_schema, new_schema, ctx)

    # Request bodies ---------------------------------------------------------------------------------

    def _compare_request_body(self, label: str, old: Any, new: Any, place: str, old_place: str) -> None:
        walk, subject = self.walk, f"`{label}`"
        if old is None and new is None:
            return
        if old is None:
            required = _obj(walk.new, new).get("required") is True
            walk.record(
                label, "request-body-added-required" if required else "request-body-added-optional", place, subject
            )
            return
        if new is None:
            walk.record(label, "request-body-removed", old_place, subject)
            return
        ref = _ref(old)
        if ref is not None and ref == _ref(new):
            walk.use(label, ComponentKey(ref, Location.REQUEST_BODY.name))
            return
        self._compare_request_body_object(label, _obj(walk.old, old), _obj(walk.new, new), place, old_place, subject)

    def _compare_request_body_object(
        self,
        scope: Scope,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        place: str,
        old_place: str,
        subject: str,
        prefix: str = "",
    ) -> None:
        walk = self.walk
        was_required, is_required = old.get("required") is True, new.get("required") is True
        if was_required != is_required:
            kind = "request-body-became-required" if is_required else "request-body-became-optional"
            walk.record(scope, kind, place, subject)
        if _text(old, "description") != _text(new, "description"):
            walk.record(
                scope,
                "request-body-description-changed",
                place,
                f"request body of {subject}",
                old=old.get("description", MISSING),
                new=new.get("description", MISSING),
            )
        old_content: Mapping[str, Any] = _map(old.get("content"))
        new_content: Mapping[str, Any] = _map(new.get("content"))
        for media in old_content:
            if media not in new_content:
                walk.record(
                    scope, "request-body-media-type-removed", child(old_place, "content", media), subject, value=media
                )
        for media in new_content:
            if media not in old_content:
                walk.record(
                    scope, "request-body-media-type-added", child(place, "content", media), subject, value=media
                )
                continue
            ctx = SchemaCtx(
                scope=scope,
                location=Location.REQUEST_BODY,
                place=child(place, "content", media, "schema"),
                old_place=child(old_place, "content", media, "schema"),
                root_label=f"request body ({media})",
                prefix=prefix,
            )
            self.schemas.compare(_map(old_content[media]).get("schema"), _map(new_content[media]).get("schema"), ctx)

    # Responses --------------------------------------------------------------------------------------

    def _compare_responses(
        self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], place: str, old_place: str
    ) -> None:
        walk, subject = self.walk, f"`{label}`"
        old_codes = {str(code): value for code, value in old.items()}
        new_codes = {str(code): value for code, value in new.items()}
        for code in old_codes:
            if code not in new_codes:
                kind = (
                    "response-success-status-removed"
                    if code.startswith("2")
                    else ("response-non-success-status-removed")
                )
                walk.record(label, kind, child(old_place, code), subject, value=code)
        for code, response in new_codes.items():
            if code not in old_codes:
                kind = "response-success-status-added" if code.startswith("2") else "response-non-success-status-added"
                walk.record(label, kind, child(place, code), subject, value=code)
                continue
            ref = _ref(old_codes[code])
            if ref is not None and ref == _ref(response):
                walk.use(label, ComponentKey(ref, Location.RESPONSE_BODY.name))
                continue
            self._compare_response_object(
                label,
                _obj(walk.old, old_codes[code]),
                _obj(walk.new, response),
                child(place, code),
                child(old_place, code),
                f"{code} of {subject}",
                code,
            )

    def _compare_response_object(
        self,
        scope: Scope,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        place: str,
        old_place: str,
        subject: str,
        status: str,
        prefix: str = "",
    ) -> None:
        walk = self.walk
        if _text(old, "description") != _text(new, "description"):
            walk.record(
                scope,
                "response-description-changed",
                place,
                f"response {subject}",
                old=old.get("description", MISSING),
                new=new.get("description", MISSING),
            )
        old_content: Mapping[str, Any] = _map(old.get("content"))
        new_content: Mapping[str, Any] = _map(new.get("content"))
        for media in old_content:
            if media not in new_content:
                walk.record(
                    scope,
                    "response-media-type-removed",
                    child(old_place, "content", media),
                    f"response {subject}",
                    value=media,
                )
        for media in new_content:
            if media not in old_content:
                walk.record(
                    scope,
                    "response-media-type-added",
                    child(place, "content", media),
                    f"response {subject}",
                    value=media,
                )
                continue
            ctx = SchemaCtx(
                scope=scope,
                location=Location.RESPONSE_BODY,
                place=child(place, "content", media, "schema"),
                old_place=child(old_place, "content", media, "schema"),
                root_label=f"response body ({status}, {media})",
                prefix=prefix,
            )
            self.schemas.compare(_map(old_content[media]).get("schema"), _map(new_content[media]).get("schema"), ctx)
        self._compare_headers(scope, _map(old.get("headers")), _map(new.get("headers")), place, old_place, status)

    def _compare_headers(
        self, scope: Scope, old: Mapping[str, Any], new: Mapping[str, Any], place: str, old_place: str, status: str
    ) -> None:
        walk = self.walk
        old_by = {name.lower(): name for name in old}
        new_by = {name.lower(): name for name in new}
        for key, name in old_by.items():
            if key not in new_by:
                header = _obj(walk.old, old[name])
                kind = (
                    "response-required-header-removed"
                    if header.get("required") is True
                    else ("response-optional-header-removed")
                )
                walk.record(scope, kind, child(old_place, "headers", name), f"response header `{name}` ({status})")
        for key, name in new_by.items():
            header_place = child(place, "headers", name)
            if key not in old_by:
                walk.record(scope, "response-header-added", header_place, f"response header `{name}` ({status})")
                continue
            before, after = old[old_by[key]], new[name]
            ref = _ref(before)
            if ref is not None and ref == _ref(after):
                walk.use(scope, ComponentKey(ref, Location.RESPONSE_HEADER.name))
                continue
            self._compare_header(
                scope,
                _obj(walk.old, before),
                _obj(walk.new, after),
                header_place,
                child(old_place, "headers", old_by[key]),
                f"response header `{name}` ({status})",
                name,
            )

    def _compare_header(
        self,
        scope: Scope,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        place: str,
        old_place: str,
        subject: str,
        name: str,
    ) -> None:
        walk = self.walk
        was_required, is_required = old.get("required") is True, new.get("required") is True
        if was_required != is_required:
            kind = "response-header-became-required" if is_required else "response-header-became-optional"
            walk.record(scope, kind, place, subject)
        if _text(old, "description") != _text(new, "description"):
            walk.record(
                scope,
                "response-header-description-changed",
                place,
                subject,
                old=old.get("description", MISSING),
                new=new.get("description", MISSING),
            )
        old_schema, old_at = _parameter_schema(old)
        new_schema, new_at = _parameter_schema(new)
        if new.get("in") == "query" and _became_array_of(walk, old_schema, new_schema):
            # `?q=v` is also the form encoding of the one-item array [v]: every old request stays valid.
            walk.record(scope, "request-parameter-became-array", place, subject)
            return
        ctx = SchemaCtx(
            scope=scope,
            location=Location.RESPONSE_HEADER,
            place=child(place, *new_at),
            old_place=child(old_place, *old_at),
            root_label=subject,
            prefix=name,
        )
        self.schemas.compare(old_schema, new_schema, ctx)

    # Shared components ------------------------------------------------------------------------------

    def compare_component(self, key: ComponentKey) -> None:
        """Compare one shared component, once; what it reaches is credited to every operation using it."""
        walk, ref = self.walk, key.ref
        if key.location == "security":
            compare_scheme(walk, key)
            return
        old, _ = walk.old.deref(walk.old.resolve(ref))
        new, _ = walk.new.deref(walk.new.resolve(ref))
        name = ref_name(ref)
        if ref.startswith("#/components/parameters/"):
            self._compare_parameter(key, old, new, ref, ref)
        elif ref.startswith("#/components/requestBodies/"):
            self._compare_request_body_object(key, old, new, ref, ref, f"component `{name}`", name)
        elif ref.startswith("#/components/responses/"):
            self._compare_response_object(key, old, new, ref, ref, f"`{name}`", name, name)
        elif ref.startswith("#/components/headers/"):
            self._compare_header(key, old, new, ref, ref, f"response header `{name}`", name)
        else:
            self.schemas.compare_component(key)


_STABILITY = ("draft", "alpha", "beta", "stable")  # `x-stability-level`, least to most stable


def _stability(operation: Mapping[str, Any]) -> int | None:
    level = operation.get("x-stability-level")
    return _STABILITY.index(level) if level in _STABILITY else None


def _types_of(schema: Any) -> set[str]:
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    return {kind} if isinstance(kind, str) else {str(item) for item in kind} if isinstance(kind, list) else set()


def _became_array_of(walk: Walk, old: Any, new: Any) -> bool:
    """A scalar (or a type list of scalars, maybe with arrays of them) became an array of those scalars."""
    old, _ = walk.old.deref(old)
    new, _ = walk.new.deref(new)
    if not isinstance(new, Mapping) or _types_of(new) != {"array"}:
        return False
    items, _ = walk.new.deref(new.get("items"))
    scalars = _types_of(old) - {"array", "null"}
    item_types = _types_of(items) | ({"integer"} if "number" in _types_of(items) else set())
    return bool(scalars) and scalars <= item_types


def _parameter_schema(param: Mapping[str, Any]) -> tuple[Any, tuple[str, ...]]:
    """A parameter's or header's schema and where it sits: `schema`, or the first `content` entry."""
    if "schema" in param:
        return param["schema"], ("schema",)
    content = param.get("content")
    if isinstance(content, Mapping) and content:
        media = sorted(content)[0]
        return _map(content[media]).get("schema"), ("content", media, "schema")
    return None, ("schema",)
