"""References in a curated (bundled) document: all local, all resolving, no cycle of bare references.

Also the one retrieval policy for every validator and resolver we run: retrieve nothing. jsonschema's
`referencing` and openapi-spec-validator would otherwise fetch a `$ref: http://...` (or read a file) while
validating; given `refuse_retrieval` they fail instead, and lint turns that into a diagnostic.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NoReturn

from generator.errors import Diagnostic, Level, shown
from generator.shape import Node, check_shape, pointer, walk


class RetrievalRefused(Exception):
    """A validator tried to retrieve a document; SpecFoundry never fetches or reads anything more."""


def refuse_retrieval(uri: str) -> NoReturn:
    raise RetrievalRefused(uri)


class RefuseEveryScheme(Mapping[str, Callable[[str], Any]]):
    """jsonschema-path's handlers (scheme → fetcher), answering every scheme with a refusal."""

    def __getitem__(self, scheme: str) -> Callable[[str], Any]:
        return refuse_retrieval

    def __contains__(self, scheme: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def check_refs(document: dict[str, Any], *, file: str) -> list[Diagnostic]:
    """Every `$ref` (and discriminator mapping reference) that does not resolve inside `document`."""
    found: list[Diagnostic] = []
    cycles: set[frozenset[str]] = set()
    for place, ref in _references(document):
        if not ref.startswith("#"):
            found.append(
                _error(
                    file,
                    place,
                    f"$ref {shown(ref)} points outside this document",
                    "a curated spec is self-contained: refer to '#/components/...' (sources are bundled on import)",
                )
            )
        elif resolve(document, ref) is NOWHERE:
            found.append(_error(file, place, f"$ref {shown(ref)} points to nothing", _missing_fix(document, ref)))
        else:
            cycle = _bare_cycle(document, ref)
            if cycle and frozenset(cycle) not in cycles:
                cycles.add(frozenset(cycle))
                found.append(
                    _error(
                        file,
                        place,
                        f"$ref {shown(ref)} starts a cycle of references with nothing else in it: " + " → ".join(cycle),
                        "give one of them content (a schema); a reference cannot stand for itself",
                    )
                )
    found.extend(_inheritance_cycles(document, file))
    return found


def _inheritance_cycles(document: dict[str, Any], file: str) -> list[Diagnostic]:
    """Component schemas that include themselves through `allOf` (A = B and more, B = A and more): a type
    made of itself, which validators and generators follow forever."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        return []
    prefix = "#/components/schemas/"

    def parents(name: str) -> list[tuple[int, str]]:
        schema = schemas.get(name)
        members = schema.get("allOf") if isinstance(schema, dict) else None
        return [
            (index, member["$ref"][len(prefix) :])
            for index, member in enumerate(members if isinstance(members, list) else [])
            if isinstance(member, dict) and isinstance(member.get("$ref"), str) and member["$ref"].startswith(prefix)
        ]

    found: list[Diagnostic] = []
    reported: set[frozenset[str]] = set()
    for start in schemas:
        # Depth-first without recursion: (schema, the (schema, allOf index) steps that led to it).
        stack: list[tuple[str, list[tuple[str, int]]]] = [(start, [])]
        seen: set[str] = set()
        while stack:
            name, trail = stack.pop()
            for index, parent in parents(name):
                if parent == start:
                    cycle = [*(step for step, _ in trail), name, start]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        first_index = trail[0][1] if trail else index
                        found.append(
                            _error(
                                file,
                                pointer(("components", "schemas", start, "allOf", str(first_index), "$ref")),
                                f"schema {shown(start)} includes itself through allOf: " + " → ".join(cycle),
                                "break the cycle: one of these schemas must not build on the others",
                            )
                        )
                elif parent not in seen:
                    seen.add(parent)
                    stack.append((parent, [*trail, (name, index)]))
    return found


def place_of(document: Any, ref: str) -> str | None:
    """The JSON pointer of the `$ref` a validator could not follow: the one written as `ref`, else one
    that `ref` was resolved from (a validator reports it made absolute, e.g. against a schema's $id)."""
    references = list(_references(document))
    exact = next((place for place, value in references if value == ref), None)
    return exact or next((place for place, value in references if value and ref.endswith(value)), None)


def resolve(document: Any, ref: str) -> Any:
    """The node a local reference (`#/a/b`) names, or NOWHERE."""
    node = document
    for token in ref[1:].split("/")[1:] if ref != "#" else ():
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return NOWHERE
    return node


NOWHERE: Any = object()


def canonical_path(document: Any, path: list[Any]) -> list[str]:
    """`path` as written in the document: where it passes through a `$ref`, continue at the target."""
    node, canonical = document, []
    for token in (str(part) for part in path):
        ref = node.get("$ref") if isinstance(node, dict) and token not in node else None
        if isinstance(ref, str) and ref.startswith("#") and resolve(document, ref) is not NOWHERE:
            node = resolve(document, ref)
            canonical = [part.replace("~1", "/").replace("~0", "~") for part in ref[1:].split("/")[1:]]
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            node = None
        canonical.append(token)
    return canonical


def _references(document: Any) -> Iterator[tuple[str, str]]:
    for item in walk(document):
        if not isinstance(item, Node):
            continue
        ref = item.value.get("$ref")
        if isinstance(ref, str):
            yield pointer((*item.path, "$ref")), ref
        mapping = item.value.get("mapping") if item.kind == "discriminator" else None
        if isinstance(mapping, dict):
            for name, target in mapping.items():
                if isinstance(target, str) and target.startswith("#"):
                    yield pointer((*item.path, "mapping", name)), target


def _bare_cycle(document: Any, ref: str) -> list[str]:
    """The references `ref` leads through when each target is itself only a reference, back to itself."""
    chain: list[str] = []
    while ref not in chain:
        chain.append(ref)
        target = resolve(document, ref)
        if not isinstance(target, dict) or set(target) != {"$ref"} or not isinstance(target["$ref"], str):
            return []
        ref = target["$ref"]
        if not ref.startswith("#"):
            return []
    return [*chain[chain.index(ref) :], ref]


def _missing_fix(document: Any, ref: str) -> str:
    parent_ref, _, name = ref.rpartition("/")
    parent = resolve(document, parent_ref) if parent_ref else NOWHERE
    hint = ""
    if isinstance(parent, dict):
        close = difflib.get_close_matches(name.replace("~1", "/").replace("~0", "~"), [str(k) for k in parent], n=1)
        if close:
            hint = f" (did you mean {shown(parent_ref + '/' + close[0].replace('~', '~0').replace('/', '~1'))}?)"
    return f"point it at an existing component{hint}, or add the missing one with an overlay"


def _error(file: str, place: str, message: str, fix: str) -> Diagnostic:
    return Diagnostic(Level.ERROR, message, file=file, place=place, fix=fix, code="unresolved-ref")


def blocks_every_stage(document: Any, *, file: str) -> bool:
    """A misshapen document or a `$ref` that does not resolve: nothing after import can work on it. Cheap
    (and light to import, unlike lint's validators), so the pipeline asks it before normalizing and
    rendering, and lints the rest alongside the rendering."""
    problems = [*check_shape(document, file=file)] or check_refs(document, file=file)
    return any(item.level is Level.ERROR for item in problems)
