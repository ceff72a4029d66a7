"""docs/drift-change-ids.md is generated from the catalogue and kept in step with it."""

from __future__ import annotations

from generator.drift.catalogue import SCHEMA_ASPECTS, explicit_kind_ids
from generator.drift.reference import OWN_IDS, render_reference
from tests.conftest import REPO


def test_the_committed_reference_page_is_up_to_date() -> None:
    committed = (REPO / "docs" / "drift-change-ids.md").read_text(encoding="utf-8")
    assert committed == render_reference(), (
        "run `.venv/bin/python -m generator.drift.reference > docs/drift-change-ids.md`"
    )


def test_every_reason_names_a_real_id_or_aspect() -> None:
    known = set(explicit_kind_ids()) | {aspect.suffix for aspect in SCHEMA_ASPECTS}
    assert sorted(set(OWN_IDS) - known) == []


def test_the_page_lists_every_id_once_with_its_reason() -> None:
    page = render_reference()
    for kind_id in explicit_kind_ids():
        assert page.count(f"| `{kind_id}` |") == 1
    for aspect in SCHEMA_ASPECTS:
        assert page.count(f"| `{aspect.suffix}` |") == 1
    assert "| `request-parameter-became-array` | non-breaking | parameters |" in page
    assert "the same wire form (payload sets)" in page
