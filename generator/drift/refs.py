"""Local `$ref` resolution and JSON pointers (RFC 6901) for one OpenAPI document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import SpecFoundryError


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: str | int) -> str:
    """`pointer("paths", "/x", "post")` → `#/paths/~1x/post`."""
    return "#" + "".join(f"/{escape(str(token))}" for token in tokens)


def child(base: str, *tokens: str | int) -> str:
    return base + "".join(f"/{escape(str(token))}" for token in tokens)


def ref_name(ref: str) -> str:
    """The last token of a ref: `#/components/schemas/cost-center` → `cost-center`."""
    return unescape(ref.rsplit("/", 1)[-1])


class Resolver:
    """Resolves `#/...` references inside one document; other documents are not supported."""

    def __init__(self, document: Mapping[str, Any], label: str) -> None:
        self.document = document
        self.label = label  # "old" or "new", for error messages

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise SpecFoundryError(
                f"$ref {ref!r} in the {self.label} spec points outside the document",
                place=ref,
                fix="bundle the spec into one document before comparing it",
            )
        node: Any = self.document
        for token in ref[1:].split("/")[1:] if ref != "#" else []:
            key = unescape(token)
            if isinstance(node, Mapping) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise SpecFoundryError(
                    f"$ref {ref!r} in the {self.label} spec does not resolve",
                    place=ref,
                    fix="define the referenced component or correct the reference",
                )
        return node

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """Follow `$ref` chains (objects that are only a reference); returns the target and the last ref."""
        last: str | None = None
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:  # a reference cycle with no content: treat as an empty object
                return {}, last
            seen.add(ref)
            last = ref
            node = self.resolve(ref)
        return node, last
