"""Each change row names the generated Python symbols it touches, found by the generator's own naming
rules in the packages' surfaces (parsed, never imported); nothing is guessed when a name is not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.drift import Change, ChangeLevel, diff_specs, read_surface
from generator.drift.symbols import link_symbols
from tests.drift.conftest import IMPORT_PATH, lucca_pair

BODY = "#/paths/~1cleemy-procurement~1services~1imports~1costcenters/post/requestBody/content/application~1json/schema"
OPERATION = f"POST {IMPORT_PATH}"


@pytest.fixture(scope="module")
def linked(lucca_packages: tuple[Path, Path]) -> dict[str, tuple[str, ...]]:
    old, new = lucca_pair()
    before, after = read_surface(lucca_packages[0]), read_surface(lucca_packages[1])
    return {change.id: change.symbols for change in link_symbols(diff_specs(old, new), old, new, before, after)}


def test_the_lucca_changes_name_who_breaks(linked: dict[str, tuple[str, ...]]) -> None:
    assert linked["response-property-renamed"] == (
        "ImportCostCentersResponse200.imported",
        "ImportCostCentersResponse200.imported_count",
    )
    assert linked["api-path-removed-without-deprecation"] == ("api.cost_centers.get_cost_center",)
    assert linked["response-property-enum-value-added"] == ("CostCenterStateEnum.ARCHIVED",)
    assert linked["response-property-format-corrected"] == ("ImportCostCentersResponse200.failed_validation",)


def _symbols(
    lucca_packages: tuple[Path, Path], place: str, change_id: str = "request-property-max-length-set"
) -> tuple[str, ...]:
    old, new = lucca_pair()
    change = Change(change_id, ChangeLevel.BREAKING, OPERATION, place, "m.", operations=(OPERATION,))
    surfaces = read_surface(lucca_packages[0]), read_surface(lucca_packages[1])
    return link_symbols([change], old, new, *surfaces)[0].symbols


def test_an_inline_array_item_is_named_after_its_parents(lucca_packages: tuple[Path, Path]) -> None:
    place = f"{BODY}/properties/items/items/properties/ownerId"
    assert _symbols(lucca_packages, place) == ("ImportCostCentersBodyItemsItem.owner_id",)


def test_a_component_field_is_found_in_its_own_class_only(lucca_packages: tuple[Path, Path]) -> None:
    """`id` exists in CostCenter and in CostCenterOwner: a change to cost-center's own `id` names one."""
    assert _symbols(lucca_packages, "#/components/schemas/cost-center/properties/id") == ("CostCenter.id",)
    nested = "#/components/schemas/cost-center/properties/owner/properties/id"
    assert _symbols(lucca_packages, nested) == ("CostCenterOwner.id",)


def test_nothing_is_guessed_when_the_name_is_not_generated(lucca_packages: tuple[Path, Path]) -> None:
    assert _symbols(lucca_packages, "#/components/schemas/cost-center/properties/noSuchField") == ()
    assert _symbols(lucca_packages, "#/components/schemas/no-such-schema/properties/id") == ()
