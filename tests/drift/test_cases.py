"""Table-driven drift cases: each tests/drift/cases/<family>/<case>.yaml holds an `old` and a `new` spec and
the changes `diff_specs` must report (`expect`: id and level, optionally `operations`, `place`, `old`,
`new`, `message`). The list is exact: a change not listed fails the case."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.drift import CATALOGUE, Change, diff_specs
from generator.drift.catalogue import SCHEMA_ASPECTS, explicit_kind_ids
from generator.drift.model import Location

CASES = Path(__file__).parent / "cases"
CASE_FILES = sorted(CASES.rglob("*.yaml"))
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
)


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


@pytest.mark.parametrize("path", CASE_FILES, ids=[str(p.relative_to(CASES).with_suffix("")) for p in CASE_FILES])
def test_case(path: Path) -> None:
    case = _load(path)
    old, new = _spec(case["old"]), _spec(case["new"])
    changes = diff_specs(old, new)
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
    first, second = diff_specs(old, new), diff_specs(old, new)
    assert first == second
    for change in first:
        assert change.id in CATALOGUE
        assert change.level is CATALOGUE[change.id].level
        assert change.message.endswith(".")
        assert change.operation is None or change.operations == (change.operation,)


def test_every_family_has_at_least_three_cases() -> None:
    counts = Counter(path.parent.name for path in CASE_FILES)
    assert {family: counts[family] for family in FAMILIES if counts[family] < 3} == {}
    assert set(counts) <= set(FAMILIES)


def test_every_catalogued_kind_is_demonstrated() -> None:
    """Each listed kind appears in some case, and each schema aspect at some location: the catalogue
    counts only what the engine really reports."""
    seen = set()
    for path in CASE_FILES:
        case = _load(path)
        seen |= {change.id for change in diff_specs(_spec(case["old"]), _spec(case["new"]))}
    assert sorted(set(explicit_kind_ids()) - seen) == []
    missing = [a.suffix for a in SCHEMA_ASPECTS if not any(f"{loc.prefix}-{a.suffix}" in seen for loc in Location)]
    assert missing == []
