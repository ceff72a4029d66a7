"""Readable Python names.

- Component schemas are named by their key, not their `title`: openapi-python-client prefers the title,
  which vendors write as prose ("Reference to a user" → `ReferenceToAUser`) and can change at will.
- Operations whose operationId is missing or machine-made (Simpro's are MD5 hashes) get a name derived
  from their summary, method and path: "List all invoice cost centers." → `list_invoice_cost_centers`.
  Names that collide are qualified by their path, deterministically. `x-specfoundry-name` on an
  operation (set by an overlay) always wins, so curation can override any derived name.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import defaultdict
from typing import Any

NAME_EXTENSION = "x-specfoundry-name"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_HASH = re.compile(r"^[0-9a-f]{16,}$")
_VERBS = {"retrieve": "get", "fetch": "get", "show": "get", "remove": "delete", "add": "create"}
_FILLER = {"a", "an", "the", "all", "new", "details", "detail", "for", "of", "specific", "existing", "given"}
_DEFAULT_VERB = {"get": "get", "post": "create", "put": "replace", "patch": "update", "delete": "delete"}


def strip_component_titles(document: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(document)
    for schema in result.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict):
            schema.pop("title", None)
    return result


def name_operations(document: dict[str, Any]) -> dict[str, Any]:
    """Set a readable operationId on every operation (the curated spec keeps the vendor's)."""
    result = copy.deepcopy(document)
    operations = [
        (path, method, item[method])
        for path, item in (result.get("paths") or {}).items()
        for method in _METHODS
        if isinstance(item.get(method), dict)
    ]
    wanted: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for path, method, operation in operations:
        wanted[_base_name(path, method, operation)].append((path, method, operation))
    # Names nobody else wants are reserved first, so a qualified name never takes one of them.
    taken: set[str] = {name for name, group in wanted.items() if len(group) == 1}
    for name, group in sorted(wanted.items()):
        if len(group) == 1:
            group[0][2]["operationId"] = bounded(name)
            continue
        # Curated names first, so a derived name never takes one; then by path, for stable results.
        for path, _method, operation in sorted(group, key=lambda e: (NAME_EXTENSION not in e[2], e[0], e[1])):
            if NAME_EXTENSION in operation:
                _assign(operation, str(operation[NAME_EXTENSION]), taken)
                continue
            qualified = _qualified_name(name, path, [g[0] for g in group])
            if qualified in taken:  # e.g. `list_job_cost_centers` already names another operation
                qualified = "_".join([name.split("_", 1)[0], *_static_segments(path)])
            _assign(operation, qualified, taken)
    return result


def _assign(operation: dict[str, Any], name: str, taken: set[str]) -> None:
    candidate, counter = name, 2
    while candidate in taken:  # last resort, stable because groups are visited in sorted order
        candidate, counter = f"{name}_{counter}", counter + 1
    taken.add(candidate)
    operation["operationId"] = bounded(candidate)


# Operation ids and tags become module and folder names: a vendor's 300-character one would exceed the
# file system's name limit (255 bytes), so long ones are cut, with a hash of the whole to keep them apart.
MAX_NAME_LENGTH = 64


def bounded(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_LENGTH:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    head = name.encode("utf-8")[: MAX_NAME_LENGTH - 9].decode("utf-8", "ignore")
    return f"{head}_{digest}"


def bound_tags(document: dict[str, Any]) -> dict[str, Any]:
    """Tags name the client's `api.<tag>` packages: long ones are cut the same way as operation ids."""
    result = copy.deepcopy(document)
    for tag in result.get("tags") or []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            tag["name"] = bounded(tag["name"])
    for item in (result.get("paths") or {}).values():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and isinstance(operation.get("tags"), list):
                operation["tags"] = [bounded(tag) if isinstance(tag, str) else tag for tag in operation["tags"]]
    return result


def _base_name(path: str, method: str, operation: dict[str, Any]) -> str:
    if NAME_EXTENSION in operation:
        return str(operation[NAME_EXTENSION])
    operation_id = str(operation.get("operationId", ""))
    if operation_id and not _HASH.match(operation_id):
        return operation_id
    summary = str(operation.get("summary") or "")
    words = [word.lower() for word in re.findall(r"[A-Za-z0-9]+", summary)]
    if words:
        verb = _VERBS.get(words[0], words[0])
        rest = [word for word in words[1:] if word not in _FILLER]
        if rest:
            return "_".join([verb, *rest])
    return "_".join([_DEFAULT_VERB.get(method, method), *_static_segments(path)])


def _qualified_name(name: str, path: str, group_paths: list[str]) -> str:
    """`list_cost_centers` for /companies/{id}/jobCostCenters/ → `list_job_cost_centers`: the verb, then
    the path's static segments that the colliding paths do not share."""
    segments = _static_segments(path)
    shared = set.intersection(*(set(_static_segments(other)) for other in group_paths))
    distinct = [segment for segment in segments if segment not in shared] or segments
    verb = name.split("_", 1)[0]
    return "_".join([verb, *distinct])


def _static_segments(path: str) -> list[str]:
    parts = [part for part in path.strip("/").split("/") if part and not part.startswith("{")]
    parts = [part for part in parts if not re.fullmatch(r"api|v\d+(\.\d+)?", part)]
    return [_snake(part) for part in parts]


def _snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
