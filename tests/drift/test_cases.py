"""Table-driven drift cases: each tests/drift/cases/<family>/<case>.yaml holds an `old` and a `new` spec and
the changes `diff_specs` must report (`expect`: id and level, optionally `operations`, `place`, `old`,
`new`, `message`). The list is exact: a change not listed fails the case.

Files named `pairs-*.yaml` hold many small base/revision pairs instead: one schema each side, placed in a
request body, a response body or a query parameter (`at`), and the worst level the payload-set rule gives
in both directions (`forward`: old → new, `backward`: new → old; `none` when nothing may be reported),
optionally with ids each direction must include (`ids`, `back_ids`). A change is breaking when a request
valid before is invalid after, or a response valid after was invalid before."""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.drift import CATALOGUE, Change, diff_specs
from generator.drift.catalogue import SCHEMA_ASPECTS, explicit_kind_ids
from generator.drift.model import Location

CASES = Path(__file__).parent / "cases"
ALL_FILES = sorted(CASES.rglob("*.yaml"))
CASE_FILES = [path for path in ALL_FILES if not path.name.startswith("pairs-")]
PAIR_FILES = [path for path in ALL_FILES if path.name.startswith("pairs-")]
FAMILIES = (
    "operations",
    "parameters",
    "request-bodies",
    "responses",
    "enums",
    "types-and-formats",
    "required",
    "nullability",
    "constraints",
    "security",
    "deprecation",
    "documentation",
    "components",
    "composition",
    "keywords",
    "webhooks",
)
WORST_NONE = "none"


def _spec(document: dict[str, Any] | None) -> dict[str, Any]:
    """Cases leave out the boilerplate every spec needs."""
    spec = {"openapi": "3.1.0", "info": {"title": "case", "version": "1"}, "paths": {}}
    spec.update(document or {})
    return spec


def _load(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return case


def _matches(change: Change, expected: dict[str, Any]) -> bool:
    if (change.id, change.level.value) != (expected["id"], expected["level"]):
        return False
    if "operations" in expected and list(change.operations) != expected["operations"]:
        return False
    for field in ("place", "old", "new", "operation"):
        if field in expected and getattr(change, field) != expected[field]:
            return False
    return "message" not in expected or expected["message"] == change.message


def _placed(schema: Any, at: str, components: dict[str, Any] | None) -> dict[str, Any]:
    """A spec with `schema` at one place: a required request body, a 200 response body or a query parameter;
    `spec`: `schema` is a (partial) document itself."""
    if at == "spec":
        document = copy.deepcopy(schema)
        document["components"] = {**copy.deepcopy(components or {}), **document.get("components", {})}
        return _spec(document)
    if at == "request-body":
        operation: dict[str, Any] = {
            "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
            "responses": {"204": {"description": "done"}},
        }
        method = "post"
    elif at == "response-body":
        operation = {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}
        method = "get"
    elif at == "query":
        operation = {
            "parameters": [{"name": "q", "in": "query", "schema": schema}],
            "responses": {"204": {"description": "done"}},
        }
        method = "get"
    else:
        raise AssertionError(f"unknown place {at!r}")
    return _spec({"paths": {"/x": {method: operation}}, "components": copy.deepcopy(components or {})})


def _pairs() -> list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """(id, pair, old spec, new spec) for every pair of every pairs-*.yaml file."""
    found = []
    for path in PAIR_FILES:
        document = _load(path)
        for pair in document["pairs"]:
            at = pair.get("at", document.get("at"))
            components = {**(document.get("components") or {}), **(pair.get("components") or {})}
            name = f"{path.parent.name}/{pair['name']}@{at}"
            pair = {"today": document.get("today"), **pair}
            found.append((name, pair, _placed(pair["old"], at, components), _placed(pair["new"], at, components)))
    return found


PAIRS = _pairs()


def _worst(changes: list[Change]) -> str:
    return min(changes, key=lambda change: change.level.rank).level.value if changes else WORST_NONE


@pytest.mark.parametrize(("name", "pair", "old", "new"), PAIRS, ids=[item[0] for item in PAIRS])
def test_pair_both_directions(name: str, pair: dict[str, Any], old: dict[str, Any], new: dict[str, Any]) -> None:
    today = pair.get("today")  # for x-sunset dates
    forward, backward = diff_specs(old, new, today=today), diff_specs(new, old, today=today)
    shown = {
        "forward": [(c.id, c.level.value) for c in forward],
        "backward": [(c.id, c.level.value) for c in backward],
    }
    assert (_worst(forward), _worst(backward)) == (pair["forward"], pair["backward"]), shown
    assert set(pair.get("ids", [])) <= {c.id for c in forward}, shown
    assert set(pair.get("back_ids", [])) <= {c.id for c in backward}, shown
    for change in forward + backward:
        assert change.id in CATALOGUE and change.message.endswith(".")


def test_the_corpus_has_at_least_150_pairs() -> None:
    """Each case file is one base/revision pair; each entry of a pairs file is two (both directions)."""
    assert len(CASE_FILES) + 2 * len(PAIRS) >= 150


@pytest.mark.parametrize("path", CASE_FILES, ids=[str(p.relative_to(CASES).with_suffix("")) for p in CASE_FILES])
def test_case(path: Path) -> None:
    case = _load(path)
    old, new = _spec(case["old"]), _spec(case["new"])
    changes = diff_specs(old, new, today=case.get("today"))  # `today`: for x-sunset dates
    expected: list[dict[str, Any]] = case.get("expect") or []
    unmatched = list(changes)
    missing = []
    for item in expected:
        found = next((change for change in unmatched if _matches(change, item)), None)
        if found is None:
            missing.append(item)
        else:
            unmatched.remove(found)
    report = "\n".join(f"  {c.level.value} {c.id} {list(c.operations)} {c.place} | {c.old} -> {c.new}" for c in changes)
    assert not missing and not unmatched, (
        f"{path.name}: missing {missing}\nunexpected {[(c.id, c.level.value, c.place) for c in unmatched]}\n"
        f"all changes:\n{report}"
    )


@pytest.mark.parametrize("path", CASE_FILES, ids=[str(p.relative_to(CASES).with_suffix("")) for p in CASE_FILES])
def test_case_invariants(path: Path) -> None:
    """No spec differs from itself, every id is catalogued, and the output is deterministic."""
    case = _load(path)
    old, new = _spec(case["old"]), _spec(case["new"])
    assert diff_specs(old, old) == []
    assert diff_specs(new, new) == []
    first, second = diff_specs(old, new, today=case.get("today")), diff_specs(old, new, today=case.get("today"))
    assert first == second
    for change in first:
        assert change.id in CATALOGUE
        assert change.level is CATALOGUE[change.id].level
        assert change.message.endswith(".")
        assert change.operation is None or change.operations == (change.operation,)


def test_every_family_has_at_least_three_cases() -> None:
    counts = Counter(path.parent.name for path in CASE_FILES) + Counter(name.split("/")[0] for name, *_ in PAIRS)
    assert {family: counts[family] for family in FAMILIES if counts[family] < 3} == {}
    assert set(counts) <= set(FAMILIES)


def test_every_catalogued_kind_is_demonstrated() -> None:
    """Each listed kind appears in some case, and each schema aspect at some location: the catalogue
    counts only what the engine really reports."""
    seen = set()
    for path in CASE_FILES:
        case = _load(path)
        seen |= {change.id for change in diff_specs(_spec(case["old"]), _spec(case["new"]), today=case.get("today"))}
    for _name, pair, old, new in PAIRS:
        today = pair.get("today")
        seen |= {change.id for change in diff_specs(old, new, today=today) + diff_specs(new, old, today=today)}
    assert sorted(set(explicit_kind_ids()) - seen) == []
    missing = [a.suffix for a in SCHEMA_ASPECTS if not any(f"{loc.prefix}-{a.suffix}" in seen for loc in Location)]
    assert missing == []
