"""Readable Python names.

- Component schemas are named by their key, not their `title`: openapi-python-client prefers the title,
  which vendors write as prose ("Reference to a user" → `ReferenceToAUser`) and can change at will.
- Operation ids and tags become module and folder names: over-long ones are cut (`bounded`).
  Operations are named in `operation_names`.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

from generator.shape import SCHEMA, Node, walk
from generator.tree import copy_tree

NAME_EXTENSION = "x-specfoundry-name"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def strip_component_titles(document: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
    """Component schemas are named by their keys, not their titles. A blank title anywhere (`title: " "`)
    goes too: openapi-python-client names an inline schema after its title, and a blank one collides with
    its parent's name, which made it drop the schema and everything using it (and leave imports of the
    dropped models behind: a client that did not import)."""
    result = document if in_place else copy_tree(document)
    for schema in result.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict):
            schema.pop("title", None)
    for node in walk(result):
        if isinstance(node, Node) and node.kind == SCHEMA and isinstance(node.value, dict):
            title = node.value.get("title")
            if isinstance(title, str) and not title.strip():
                del node.value["title"]
    return result


# Operation ids and tags become module and folder names: a vendor's 300-character one would exceed the
# file system's name limit (255 bytes), so long ones are cut, with a hash of the whole to keep them apart.
MAX_NAME_LENGTH = 64


def bounded(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_LENGTH:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    head = name.encode("utf-8")[: MAX_NAME_LENGTH - 9].decode("utf-8", "ignore")
    return f"{head}_{digest}"


def bound_tags(document: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
    """Tags name the client's `api.<tag>` packages: long ones are cut the same way as operation ids."""
    result = document if in_place else copy_tree(document)
    for tag in result.get("tags") or []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            tag["name"] = bounded(tag["name"])
    for item in (result.get("paths") or {}).values():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and isinstance(operation.get("tags"), list):
                operation["tags"] = [bounded(tag) if isinstance(tag, str) else tag for tag in operation["tags"]]
    return result


@functools.cache  # asked for every component key once per enum (hundreds of thousands of times on Simpro)
def folded(key: str) -> str:
    """A component key as both generators make it a class name, compared without case or separators:
    `purchase-request`, `PurchaseRequest` and `purchase_request` fold alike."""
    return re.sub(r"[^0-9a-z]", "", key.lower())
