"""What a generated pyproject.toml declares besides name, version and dependencies: api.toml's [package]
first, then the spec's info.license."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecFoundryError
from generator.package_metadata import (
    BASE_CLASSIFIERS,
    PackageMetadata,
    load_package_table,
    project_metadata,
    spdx_expression,
)


def spec(license_object: dict[str, Any] | None) -> dict[str, Any]:
    info: dict[str, Any] = {"title": "t", "version": "1"}
    if license_object is not None:
        info["license"] = license_object
    return {"openapi": "3.1.0", "info": info, "paths": {}}


def test_the_spec_license_identifier_is_used_when_api_toml_names_none() -> None:
    metadata = project_metadata(PackageMetadata(), spec({"name": "Apache 2.0", "identifier": "Apache-2.0"}), "client")
    assert metadata.license == "Apache-2.0"


def test_a_spec_license_name_counts_only_when_it_is_an_spdx_expression() -> None:
    assert project_metadata(PackageMetadata(), spec({"name": "mit"}), "client").license == "MIT"
    # "Unlicensed" (Lucca's) is no SPDX id; it must not be mistaken for "Unlicense", a real license.
    unlicensed = project_metadata(PackageMetadata(), spec({"name": "Unlicensed", "url": "https://x.example"}), "models")
    assert unlicensed.license is None
    assert unlicensed.urls == [("License", "https://x.example")]


def test_api_toml_wins_over_the_spec_and_its_own_license_url_is_kept() -> None:
    package = PackageMetadata(license="MIT", urls=(("license", "https://ours.example/LICENSE"),))
    metadata = project_metadata(package, spec({"name": "BSD-3-Clause", "url": "https://vendor.example"}), "client")
    assert metadata.license == "MIT"
    assert metadata.urls == [("license", "https://ours.example/LICENSE")]


def test_classifiers_are_the_base_ones_plus_the_kind_and_api_toml_without_duplicates() -> None:
    package = PackageMetadata(classifiers=("Typing :: Typed", "Development Status :: 4 - Beta"))
    client = project_metadata(package, spec(None), "client").classifiers
    models = project_metadata(package, spec(None), "models").classifiers
    assert client == sorted({*BASE_CLASSIFIERS, "Development Status :: 4 - Beta"})
    assert set(models) - set(client) == {"Framework :: Pydantic", "Framework :: Pydantic :: 2"}


@pytest.mark.parametrize(("given", "canonical"), [("mit", "MIT"), ("apache-2.0 OR mit", "Apache-2.0 OR MIT")])
def test_license_expressions_are_written_in_their_canonical_spelling(given: str, canonical: str) -> None:
    assert spdx_expression(given) == canonical
    assert load_package_table({"license": given}, Path("api.toml")).license == canonical


def test_a_missing_table_is_empty_and_a_wrong_type_names_the_setting() -> None:
    assert load_package_table(None, Path("api.toml")) == PackageMetadata()
    with pytest.raises(SpecFoundryError) as raised:
        load_package_table({"classifiers": "Typing :: Typed", "urls": ["https://x.example"]}, Path("api.toml"))
    text = raised.value.render()
    assert "classifiers must be a list of strings" in text and "urls must be a table of label = URL" in text
