"""Engine properties the case files do not show: the catalogue, bad input, determinism, the Lucca seed."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from generator.drift import CATALOGUE, ChangeLevel, catalogue_counts, diff_specs
from generator.drift.catalogue import SCHEMA_ASPECTS
from generator.drift.model import Location
from generator.errors import SpecFoundryError
from tests.drift.conftest import IMPORT_PATH, lucca_pair, lucca_seed


def test_catalogue_ids_levels_and_sentences() -> None:
    counts = catalogue_counts()
    assert sum(counts.values()) == len(CATALOGUE)
    assert all(counts[level] > 0 for level in ChangeLevel)
    for kind in CATALOGUE.values():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind.id), kind.id
        text = kind.text.format(subject="request property `x`", old="`a`", new="`b`", value="`v`")
        assert text.endswith("."), kind.id
    # Every schema aspect exists at every location, with oasdiff's direction rules.
    for aspect in SCHEMA_ASPECTS:
        for location in Location:
            assert f"{location.prefix}-{aspect.suffix}" in CATALOGUE
    assert CATALOGUE["request-property-enum-value-removed"].level is ChangeLevel.BREAKING
    assert CATALOGUE["response-property-enum-value-removed"].level is ChangeLevel.NON_BREAKING
    assert CATALOGUE["response-property-became-nullable"].level is ChangeLevel.BREAKING
    assert CATALOGUE["request-parameter-max-length-decreased"].level is ChangeLevel.BREAKING
    assert CATALOGUE["response-header-max-length-decreased"].level is ChangeLevel.NON_BREAKING


def test_lucca_seed_against_itself() -> None:
    assert diff_specs(lucca_seed(), lucca_seed()) == []


def _reordered(node: Any) -> Any:
    """The same document with every mapping's keys in reverse order."""
    if isinstance(node, dict):
        return {key: _reordered(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [_reordered(item) for item in node]
    return node


def test_output_does_not_depend_on_key_order() -> None:
    old, new = lucca_pair()
    assert diff_specs(old, new) == diff_specs(_reordered(old), _reordered(new))


def test_inputs_are_not_modified() -> None:
    old, new = lucca_pair()
    before = (copy.deepcopy(old), copy.deepcopy(new))
    diff_specs(old, new)
    assert (old, new) == before


def test_unresolvable_reference_is_one_clear_error() -> None:
    old = lucca_seed()
    new = lucca_seed()
    schema = new["paths"][IMPORT_PATH]["post"]["requestBody"]["content"]["application/json"]["schema"]
    schema["properties"]["mode"] = {"$ref": "#/components/schemas/import-modes"}
    with pytest.raises(SpecFoundryError) as raised:
        diff_specs(old, new)
    assert raised.value.place == "#/components/schemas/import-modes"
    assert "new spec" in raised.value.message and raised.value.fix


def test_external_reference_is_refused() -> None:
    old = lucca_seed()
    new = lucca_seed()
    new["paths"][IMPORT_PATH]["parameters"] = [{"$ref": "common.yaml#/components/parameters/Authorization"}]
    with pytest.raises(SpecFoundryError, match="outside the document"):
        diff_specs(old, new)


def test_path_item_references_are_followed() -> None:
    item: dict[str, Any] = {"get": {"responses": {"200": {"description": "ok"}}}}
    old: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
        "components": {"pathItems": {"A": item}},
    }
    new = copy.deepcopy(old)
    new["components"]["pathItems"]["A"]["get"]["deprecated"] = True  # one path item, used by reference
    assert [(c.id, c.operation) for c in diff_specs(old, new)] == [("endpoint-deprecated", "GET /a")]
