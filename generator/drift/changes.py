"""`diff_specs`: two OpenAPI 3.0/3.1 documents in, the classified list of changes out.

Operations are matched by method and path, with path parameter names ignored (`/x/{id}` and `/x/{xId}`
are the same endpoint). Everything both versions take from the same component is compared once, as the
component, and reported with every operation that reaches it. The result is sorted: by level, then by
the first operation reached, then by place and id.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

from generator.budgets import RECURSION_LIMIT
from generator.drift.catalogue import CATALOGUE
from generator.drift.model import Change, Location
from generator.drift.operations import OperationComparer
from generator.drift.refs import Resolver, pointer
from generator.drift.schemas import SchemaCtx
from generator.drift.sunset import before_sunset
from generator.drift.walk import MISSING, ComponentKey, Found, Walk, plain, shown
from generator.errors import SpecFoundryError

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE_PARAMETER = re.compile(r"\{[^}]*\}")


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any], *, today: date | None = None) -> list[Change]:
    """`today` decides whether a removal came before an operation's `x-sunset` date (default: the real date)."""
    try:
        with _room_to_recurse():
            return _diff(old, new, today or date.today())
    except RecursionError:  # beyond what even the raised limit allows: one clear message, not a crash
        raise SpecFoundryError(
            "the specs nest too deeply to be compared",
            fix="move nested schemas into components and $ref them",
        ) from None


@contextmanager
def _room_to_recurse() -> Iterator[None]:
    """The comparison recurses per schema level: give deep (but valid) documents the same room the CLI
    gives the validators (generator.budgets), and leave the caller's limit as it was."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


def _diff(old: Mapping[str, Any], new: Mapping[str, Any], today: date) -> list[Change]:
    walk = Walk(old, new)
    walk.today = today
    comparer = OperationComparer(walk)
    old_paths, new_paths = _paths(walk, old=True), _paths(walk, old=False)
    for shape in sorted(old_paths.keys() | new_paths.keys()):
        if shape not in new_paths:
            _path_gone(walk, *old_paths[shape])
        elif shape not in old_paths:
            _path_came(walk, *new_paths[shape])
        else:
            _compare_path(walk, comparer, old_paths[shape], new_paths[shape])
    _compare_webhooks(walk, comparer)
    while walk.pending:
        comparer.compare_component(walk.pending.pop(0))
    _compare_schema_names(walk)
    return _changes(walk)


def operation_sort_key(label: str) -> tuple[str, int]:
    method, _, path = label.partition(" ")
    return (path, METHODS.index(method.lower()) if method.lower() in METHODS else len(METHODS))


def _label(method: str, template: str) -> str:
    return f"{method.upper()} {template}"


def _paths(walk: Walk, *, old: bool) -> dict[str, tuple[str, Mapping[str, Any]]]:
    """Path items by shape (the template with parameter names blanked)."""
    resolver = walk.old if old else walk.new
    paths = resolver.document.get("paths")
    paths = paths if isinstance(paths, Mapping) else {}
    shaped: dict[str, tuple[str, Mapping[str, Any]]] = {}
    for template in sorted(paths):
        item, _ = resolver.deref(paths[template])
        if isinstance(item, Mapping):
            shaped[_TEMPLATE_PARAMETER.sub("{}", template)] = (template, item)
    return shaped


def _methods(item: Mapping[str, Any]) -> list[str]:
    return [method for method in METHODS if isinstance(item.get(method), Mapping)]


def _removal_kind(walk: Walk, operations: list[Mapping[str, Any]], *, path: bool) -> str:
    """Removal without deprecation, or before the promised sunset date, breaks callers; after it, it is what
    deprecation announced (a warning)."""
    # oasdiff's ids: api-[path-]removed-{without-deprecation,before-sunset,with-deprecation}.
    prefix = "api-path-removed" if path else "api-removed"
    if not operations or not all(op.get("deprecated") is True for op in operations):
        return f"{prefix}-without-deprecation"
    if before_sunset(walk, operations):
        return f"{prefix}-before-sunset"
    return f"{prefix}-with-deprecation"


def _path_gone(walk: Walk, template: str, item: Mapping[str, Any]) -> None:
    labels = [_label(method, template) for method in _methods(item)]
    kind = _removal_kind(walk, [item[method] for method in _methods(item)], path=True)
    for label in labels:  # one finding per operation, merged into one change by place
        walk.record(label, kind, pointer("paths", template), f"`{template}`", old=template, value=labels)


def _path_came(walk: Walk, template: str, item: Mapping[str, Any]) -> None:
    labels = [_label(method, template) for method in _methods(item)]
    for label in labels:
        walk.record(label, "api-path-added", pointer("paths", template), f"`{template}`", new=template, value=labels)


def _compare_path(
    walk: Walk, comparer: OperationComparer, old: tuple[str, Mapping[str, Any]], new: tuple[str, Mapping[str, Any]]
) -> None:
    (old_template, old_item), (new_template, new_item) = old, new
    old_methods, new_methods = _methods(old_item), _methods(new_item)
    for method in old_methods:
        if method not in new_methods:
            label = _label(method, old_template)
            kind = _removal_kind(walk, [old_item[method]], path=False)
            walk.record(label, kind, pointer("paths", old_template, method), f"`{label}`")
    for method in new_methods:
        label = _label(method, new_template)
        if method not in old_methods:
            walk.record(label, "endpoint-added", pointer("paths", new_template, method), f"`{label}`")
        else:
            comparer.compare_operation(label, method, old_template, new_template, old_item, new_item)


def _webhooks(resolver: Resolver) -> dict[str, Mapping[str, Any]]:
    hooks = resolver.document.get("webhooks")
    found: dict[str, Mapping[str, Any]] = {}
    for name, raw in hooks.items() if isinstance(hooks, Mapping) else ():
        item, _ = resolver.deref(raw)
        if isinstance(item, Mapping):
            found[str(name)] = item
    return found


def _compare_webhooks(walk: Walk, comparer: OperationComparer) -> None:
    """OpenAPI 3.1 webhooks: calls the API makes to its callers. Their payload is written by the API and
    read by the caller's handler, so it is compared like a response body (a widening breaks handlers)."""
    old, new = _webhooks(walk.old), _webhooks(walk.new)
    for name in sorted(old.keys() | new.keys()):
        old_methods = _methods(old[name]) if name in old else []
        new_methods = _methods(new[name]) if name in new else []
        for method in sorted(set(old_methods) | set(new_methods), key=METHODS.index):
            label = _label(method, f"webhook:{name}")
            if method not in new_methods:
                walk.record(label, "webhook-removed", pointer("webhooks", name, method), f"`{name}`")
            elif method not in old_methods:
                walk.record(label, "webhook-added", pointer("webhooks", name, method), f"`{name}`")
            else:
                _compare_payloads(walk, comparer, label, name, method, old[name][method], new[name][method])


def _compare_payloads(
    walk: Walk,
    comparer: OperationComparer,
    label: str,
    name: str,
    method: str,
    old_op: Mapping[str, Any],
    new_op: Mapping[str, Any],
) -> None:
    old_body, _ = walk.old.deref(old_op.get("requestBody"))
    new_body, _ = walk.new.deref(new_op.get("requestBody"))
    old_content = old_body.get("content") if isinstance(old_body, Mapping) else None
    new_content = new_body.get("content") if isinstance(new_body, Mapping) else None
    if not isinstance(old_content, Mapping) or not isinstance(new_content, Mapping):
        return
    for media in sorted(old_content.keys() & new_content.keys()):
        old_media, new_media = old_content[media], new_content[media]
        if not isinstance(old_media, Mapping) or not isinstance(new_media, Mapping):
            continue
        place = pointer("webhooks", name, method, "requestBody", "content", media, "schema")
        ctx = SchemaCtx(
            scope=label,
            location=Location.RESPONSE_BODY,
            place=place,
            old_place=place,
            root_label=f"payload of webhook `{name}` ({media})",
        )
        comparer.schemas.compare(old_media.get("schema"), new_media.get("schema"), ctx)


def _compare_schema_names(walk: Walk) -> None:
    old, new = _schemas(walk.old), _schemas(walk.new)
    for name in sorted(old.keys() - new.keys()):
        ref = pointer("components", "schemas", name)
        walk.record(ComponentKey(ref, "components"), "api-schema-removed", ref, f"`{name}`")
    for name in sorted(new.keys() - old.keys()):
        ref = pointer("components", "schemas", name)
        walk.record(ComponentKey(ref, "components"), "api-schema-added", ref, f"`{name}`")


def _schemas(resolver: Resolver) -> Mapping[str, Any]:
    components = resolver.document.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    return schemas if isinstance(schemas, Mapping) else {}


def _message(found: Found) -> str:
    text = CATALOGUE[found.kind].text.format(
        subject=found.subject, old=shown(found.old), new=shown(found.new), value=shown(found.value)
    )
    return text[:1].upper() + text[1:]


def _changes(walk: Walk) -> list[Change]:
    reached = walk.operations_by_component()
    # The same finding reached from several operations (a path-level parameter, a component compared at
    # two locations) becomes one change listing all of them.
    merged: dict[tuple[str, str, str | None, str | None, str], set[str]] = {}
    for found in walk.found:
        operations = {found.scope} if isinstance(found.scope, str) else set(reached.get(found.scope, ()))
        old, new = plain(found.old), plain(found.new)
        if old is None and new is None and found.value is not MISSING:
            # "value added" / "value removed": the value is what is new, or what is gone.
            if "removed" in found.kind:
                old = plain(found.value)
            else:
                new = plain(found.value)
        key = (found.kind, found.place, old, new, _message(found))
        merged.setdefault(key, set()).update(operations)
    changes = []
    for (kind, place, old, new, message), operations in merged.items():
        ordered = tuple(sorted(operations, key=operation_sort_key))
        changes.append(
            Change(
                id=kind,
                level=CATALOGUE[kind].level,
                operation=ordered[0] if len(ordered) == 1 else None,
                place=place,
                message=message,
                operations=ordered,
                old=old,
                new=new,
            )
        )
    changes.sort(key=_sort_key)
    return changes


def _sort_key(change: Change) -> tuple[int, int, tuple[str, int], str, str, str, str]:
    first = operation_sort_key(change.operations[0]) if change.operations else ("", 0)
    return (
        change.level.rank,
        0 if change.operations else 1,
        first,
        change.place,
        change.id,
        change.old or "",
        change.new or "",
    )
