"""Security: the requirements each operation has, and the security schemes they name.

A requirement list is a choice of alternatives; each alternative is a set of schemes used together, with
OAuth scopes. An empty list or an empty alternative (`{}`) means anonymous callers are accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.drift.refs import child, pointer, ref_name
from generator.drift.walk import MISSING, ComponentKey, Walk

Requirement = dict[str, frozenset[str]]  # scheme name → scopes


def effective_requirements(document: Mapping[str, Any], operation: Mapping[str, Any]) -> list[Requirement]:
    raw = operation["security"] if "security" in operation else document.get("security")
    requirements: list[Requirement] = []
    for alternative in raw or []:
        if isinstance(alternative, Mapping):
            requirements.append({str(name): _scopes(scopes) for name, scopes in alternative.items()})
    return requirements


def _scopes(value: Any) -> frozenset[str]:
    """A requirement's scopes; a malformed value (not a list of names) requires none the diff can name."""
    return (
        frozenset(str(scope) for scope in value if isinstance(scope, str | int))
        if isinstance(value, list)
        else frozenset()
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def requirement_place(document: Mapping[str, Any], operation_place: str, operation: Mapping[str, Any]) -> str:
    return (
        child(operation_place, "security")
        if "security" in operation
        else ("#/security" if "security" in document else operation_place)
    )


def _anonymous(requirements: list[Requirement]) -> bool:
    return not requirements or any(not alternative for alternative in requirements)


def _describe(names: frozenset[str]) -> str:
    return " + ".join(sorted(names))


def scheme_for_header(document: Mapping[str, Any], operation: Mapping[str, Any], header: str) -> str | None:
    """The security scheme of the operation that sends `header`, if any (to recognise a credential header
    parameter turned into a security scheme)."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for alternative in effective_requirements(document, operation):
        for name in sorted(alternative):
            scheme = schemes.get(name)
            if not isinstance(scheme, Mapping):
                continue
            kind = scheme.get("type")
            if (
                kind == "apiKey"
                and scheme.get("in") == "header"
                and str(scheme.get("name", "")).lower() == (header.lower())
            ):
                return name
            if header.lower() == "authorization" and kind in ("http", "oauth2", "openIdConnect"):
                return name
    return None


def compare_requirements(
    walk: Walk, label: str, old_op: Mapping[str, Any], new_op: Mapping[str, Any], old_place: str, new_place: str
) -> None:
    old_doc, new_doc = walk.old.document, walk.new.document
    old_reqs = effective_requirements(old_doc, old_op)
    new_reqs = effective_requirements(new_doc, new_op)
    place = requirement_place(new_doc, new_place, new_op)
    removed_place = requirement_place(old_doc, old_place, old_op)
    subject = f"`{label}`"
    old_anonymous, new_anonymous = _anonymous(old_reqs), _anonymous(new_reqs)
    old_map = {frozenset(alt): alt for alt in old_reqs if alt}
    new_map = {frozenset(alt): alt for alt in new_reqs if alt}
    # A credential header parameter that became a scheme is reported by the parameter comparison.
    moved = label in walk.header_moved_to_security
    if old_anonymous and not new_anonymous:
        if not moved:
            walk.record(
                label,
                "api-security-became-required",
                place,
                subject,
                new=" or ".join(_describe(names) for names in sorted(new_map, key=_describe)),
            )
    elif new_anonymous and not old_anonymous:
        walk.record(label, "api-security-no-longer-required", place, subject)
    for names in sorted(old_map.keys() - new_map.keys(), key=_describe):
        if not new_anonymous or old_anonymous:
            walk.record(label, "api-security-removed", removed_place, subject, value=_describe(names))
    for names in sorted(new_map.keys() - old_map.keys(), key=_describe):
        if not old_anonymous or new_anonymous:
            walk.record(label, "api-security-added", place, subject, value=_describe(names))
    for names in sorted(old_map.keys() & new_map.keys(), key=_describe):
        for scheme in sorted(names):
            for scope in sorted(new_map[names][scheme] - old_map[names][scheme]):
                walk.record(label, "api-security-scope-added", place, subject, value=f"{scheme}:{scope}")
            for scope in sorted(old_map[names][scheme] - new_map[names][scheme]):
                walk.record(label, "api-security-scope-removed", place, subject, value=f"{scheme}:{scope}")
    old_schemes = (old_doc.get("components") or {}).get("securitySchemes") or {}
    new_schemes = (new_doc.get("components") or {}).get("securitySchemes") or {}
    used = {name for alt in old_reqs for name in alt} & {name for alt in new_reqs for name in alt}
    for name in sorted(used):
        if name in old_schemes and name in new_schemes:
            walk.use(label, ComponentKey(pointer("components", "securitySchemes", name), "security"))


def compare_scheme(walk: Walk, key: ComponentKey) -> None:
    old, _ = walk.old.deref(walk.old.resolve(key.ref))
    new, _ = walk.new.deref(walk.new.resolve(key.ref))
    subject = f"`{ref_name(key.ref)}`"
    place = key.ref

    def record(kind: str, **values: Any) -> None:
        walk.record(key, kind, place, subject, **values)

    if old.get("type") != new.get("type"):
        record("api-security-component-type-changed", old=old.get("type", MISSING), new=new.get("type", MISSING))
        return
    kind = new.get("type")
    if kind == "apiKey" and (old.get("in"), old.get("name")) != (new.get("in"), new.get("name")):
        record(
            "security-scheme-api-key-location-changed",
            old=f"{old.get('in')} {old.get('name')}",
            new=f"{new.get('in')} {new.get('name')}",
        )
    if kind == "http" and str(old.get("scheme", "")).lower() != str(new.get("scheme", "")).lower():
        record("security-scheme-http-scheme-changed", old=old.get("scheme", MISSING), new=new.get("scheme", MISSING))
    if kind == "openIdConnect" and old.get("openIdConnectUrl") != new.get("openIdConnectUrl"):
        record(
            "api-security-component-oauth-url-changed",
            value="openIdConnectUrl",
            old=old.get("openIdConnectUrl", MISSING),
            new=new.get("openIdConnectUrl", MISSING),
        )
    if kind == "oauth2":
        old_flows = _mapping(old.get("flows"))
        new_flows = _mapping(new.get("flows"))
        for flow in sorted(old_flows.keys() - new_flows.keys()):
            record("security-scheme-oauth-flow-removed", value=flow)
        for flow in sorted(new_flows.keys() - old_flows.keys()):
            record("security-scheme-oauth-flow-added", value=flow)
        for flow in sorted(old_flows.keys() & new_flows.keys()):
            for url in ("authorizationUrl", "tokenUrl", "refreshUrl"):
                before, after = _mapping(old_flows[flow]).get(url), _mapping(new_flows[flow]).get(url)
                if before != after:
                    record(
                        "api-security-component-oauth-url-changed",
                        value=f"{flow}.{url}",
                        old=MISSING if before is None else before,
                        new=MISSING if after is None else after,
                    )
    if _text(old.get("description")) != _text(new.get("description")):
        record(
            "security-scheme-description-changed",
            old=old.get("description", MISSING),
            new=new.get("description", MISSING),
        )
