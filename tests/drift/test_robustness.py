"""`diff` never fails with an internal error, for any pair of specs that passes the loader's shape check:
the corpus specs, mutated (keywords of the wrong type, objects that are lists or scalars, references that
do not resolve), compared both ways and with themselves. A spec compared with itself reports nothing."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

from generator.curate.refs import check_refs
from generator.drift import diff_specs
from generator.errors import SpecFoundryError
from generator.shape import check_shape
from tests.drift.test_cases import CASE_FILES, PAIRS, _load, _spec

ODD_VALUES: list[Any] = [
    None, 5, -1, 0.5, "x", "", [], {}, True, False, ["a", 1], {"type": "string"},
    {"$ref": "#/components/schemas/Nope"}, [{"type": "string"}], {"a": None},
]  # fmt: skip
KEYWORDS = [
    "type",
    "format",
    "enum",
    "const",
    "required",
    "properties",
    "items",
    "maximum",
    "exclusiveMinimum",
    "minLength",
    "pattern",
    "oneOf",
    "anyOf",
    "allOf",
    "discriminator",
    "not",
    "if",
    "then",
    "prefixItems",
    "dependentRequired",
    "dependentSchemas",
    "patternProperties",
    "additionalProperties",
    "unevaluatedProperties",
    "contains",
    "minContains",
    "x-extensible-enum",
    "deprecated",
    "x-sunset",
    "x-stability-level",
    "security",
    "parameters",
    "requestBody",
    "responses",
    "content",
    "schema",
    "headers",
    "style",
    "explode",
    "in",
    "name",
    "nullable",
    "readOnly",
    "writeOnly",
    "default",
    "tags",
    "operationId",
    "summary",
    "description",
    "title",
    "mapping",
    "propertyName",
    "multipleOf",
    "uniqueItems",
    "webhooks",
]


def _specs() -> list[dict[str, Any]]:
    specs = []
    for path in CASE_FILES:
        case = _load(path)
        specs += [_spec(case["old"]), _spec(case["new"])]
    return specs + [spec for _, _, old, new in PAIRS for spec in (old, new)]


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield (*path, key), value
        yield from _nodes(value, (*path, key))


def _mutated(spec: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    inside = [(path, value) for path, value in _nodes(spec) if path[0] in ("paths", "components", "webhooks")]
    for _ in range(rng.randint(1, 3)):
        if not inside:
            break
        path, value = rng.choice(inside)
        if isinstance(value, dict) and rng.random() < 0.5:
            value[rng.choice(KEYWORDS)] = copy.deepcopy(rng.choice(ODD_VALUES))  # a keyword of the wrong type
            continue
        parent: Any = spec
        try:
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))  # a node replaced by something else
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced one of its parents
    return spec


def test_mutated_specs_never_crash_the_engine() -> None:
    rng = random.Random(13)
    specs = _specs()
    compared, crashes = 0, []
    while compared < 400:
        base = rng.choice(specs)
        mutated = _mutated(base, rng)
        if check_shape(mutated, file="m") or check_refs(mutated, file="m"):
            continue  # `diff` refuses it before comparing, naming each problem
        compared += 1
        for old, new in ((base, mutated), (mutated, base), (mutated, mutated)):
            try:
                changes = diff_specs(old, new)
            except SpecFoundryError:
                continue
            except Exception as error:  # the point: nothing else escapes
                crashes.append(f"{type(error).__name__}: {error}")
                continue
            if old is new and changes:
                crashes.append(f"a spec differs from itself: {[change.id for change in changes]}")
    assert crashes == []
