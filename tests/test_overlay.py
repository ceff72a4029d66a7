"""OpenAPI Overlay 1.0 applier: update, remove, merge rules, stale detection, bad overlays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.curate.overlay import apply_overlays, load_overlay
from generator.errors import SpecFoundryError

LUCCA = Path(__file__).resolve().parents[1] / "specs" / "lucca-invoices"


def write_overlay(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text("overlay: 1.0.0\ninfo:\n  title: test\n  version: 1.0.0\n" + body, encoding="utf-8")
    return path


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {"/a": {"get": {"summary": "A", "tags": ["x"]}}, "/b": {"get": {"summary": "B"}}},
        "components": {"schemas": {"n": {"type": "integer", "format": "int3é"}}},
    }


def test_update_merges_objects_and_replaces_scalars(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.components.schemas.n
    description: fix the typo
    update: {format: int32, minimum: 0}
""",
        )
    )
    result, stale = apply_overlays(spec(), [overlay])
    assert result["components"]["schemas"]["n"] == {"type": "integer", "format": "int32", "minimum": 0}
    assert stale == []


def test_the_input_document_is_not_modified(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.paths['/a']
    description: drop it
    remove: true
""",
        )
    )
    original = spec()
    apply_overlays(original, [overlay])
    assert "/a" in original["paths"]


def test_update_on_an_array_appends_items_once(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.paths['/a'].get.tags
    description: add a tag
    update: [y]
""",
        )
    )
    once, _ = apply_overlays(spec(), [overlay])
    assert once["paths"]["/a"]["get"]["tags"] == ["x", "y"]
    twice, stale = apply_overlays(once, [overlay])
    assert twice["paths"]["/a"]["get"]["tags"] == ["x", "y"]
    assert len(stale) == 1


def test_filter_targets_select_several_nodes(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.paths[*].get
    description: everything is deprecated
    update: {deprecated: true}
""",
        )
    )
    result, _ = apply_overlays(spec(), [overlay])
    assert all(item["get"]["deprecated"] is True for item in result["paths"].values())


def test_remove_deletes_every_match(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.paths[?@.get.summary == 'A' || @.get.summary == 'B']
    description: both go
    remove: true
""",
        )
    )
    result, stale = apply_overlays(spec(), [overlay])
    assert result["paths"] == {}
    assert stale == []


def test_update_already_present_upstream_is_stale_with_a_clear_reason(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.components.schemas.n
    description: fix the typo
    update: {format: int32}
""",
        )
    )
    upstream_fixed = spec()
    upstream_fixed["components"]["schemas"]["n"]["format"] = "int32"
    _, stale = apply_overlays(upstream_fixed, [overlay])
    assert [item.reason for item in stale] == ["no longer needed: upstream already has format int32"]
    diagnostic = stale[0].as_diagnostic()
    assert diagnostic.file == str(overlay.file) and "actions[0]" in (diagnostic.place or "")


def test_target_matching_nothing_is_stale(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.components.schemas.gone
    description: fix something that moved
    update: {format: int32}
  - target: $.paths['/c']
    description: remove something already removed
    remove: true
""",
        )
    )
    result, stale = apply_overlays(spec(), [overlay])
    assert result == spec()
    assert [item.action.index for item in stale] == [0, 1]
    assert "matches nothing" in stale[0].reason
    assert "upstream already removed it" in stale[1].reason


def test_lucca_overlay_fixes_both_typos_and_goes_stale_once_fixed() -> None:
    from generator.importers.base import SourceDocument
    from generator.importers.mintlify_export import import_mintlify_export

    source = LUCCA / "sources" / "import-cost-centers.md"
    imported = import_mintlify_export(SourceDocument(source, source.read_text(encoding="utf-8")), {}).document
    overlay = load_overlay(LUCCA / "overlays" / "fix-typos.yaml")
    curated, stale = apply_overlays(imported, [overlay])
    assert stale == []
    response = curated["paths"]["/cleemy-procurement/services/imports/costcenters"]["post"]["responses"]["200"]
    assert response["content"]["application/json"]["schema"]["properties"]["failedValidation"]["format"] == "int32"
    description = curated["components"]["schemas"]["cost-center"]["properties"]["establishmentIds"]["description"]
    assert not description.endswith('"')
    assert all(action.description for action in overlay.actions)
    # the vendor fixes both upstream: both actions are reported as no longer needed
    _, stale_after_fix = apply_overlays(curated, [overlay])
    assert [item.reason.split(":")[0] for item in stale_after_fix] == ["no longer needed"] * 2
    assert "format int32" in stale_after_fix[0].reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("actions:\n  - target: $.paths[\n    description: d\n    remove: true\n", "invalid JSONPath"),
        ("actions:\n  - target: paths.a\n    description: d\n    remove: true\n", "invalid JSONPath"),
        ("actions:\n  - target: $.a\n    remove: true\n", "no description"),
        ("actions:\n  - target: $.a\n    description: d\n", "exactly one of"),
        ("actions: []\n", "non-empty list"),
    ],
)
def test_bad_overlays_are_rejected_with_the_place(tmp_path: Path, body: str, expected: str) -> None:
    with pytest.raises(SpecFoundryError, match=expected) as raised:
        load_overlay(write_overlay(tmp_path, body))
    assert raised.value.file == str(tmp_path / "overlay.yaml")
    assert raised.value.fix


def test_not_an_overlay_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("openapi: 3.1.0\n", encoding="utf-8")
    with pytest.raises(SpecFoundryError, match="not an OpenAPI Overlay"):
        load_overlay(path)


def test_update_of_the_wrong_shape_is_an_error(tmp_path: Path) -> None:
    overlay = load_overlay(
        write_overlay(
            tmp_path,
            """actions:
  - target: $.components.schemas.n.format
    description: d
    update: {not: a scalar}
""",
        )
    )
    with pytest.raises(SpecFoundryError, match="cannot merge"):
        apply_overlays(spec(), [overlay])
