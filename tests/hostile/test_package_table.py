"""api.toml's [package] table (license, classifiers, project URLs): bad values are refused all at once, each
with its place and fix and no trace; legitimate values, however odd, reach both pyproject.toml files as
TOML data, exactly."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.hostile.harness import API_TOML, Scratch, assert_no_side_effects, assert_refused, scratch


@pytest.fixture
def space(tmp_path: Path) -> Scratch:
    return scratch(tmp_path)


def with_package_table(table: str) -> str:
    return API_TOML.format(name="tiny").replace("[[targets]]", f"[package]\n{table}\n\n[[targets]]", 1)


def test_every_bad_setting_is_reported_at_once_with_its_place_and_fix(space: Scratch) -> None:
    space.api(
        api_toml=with_package_table(
            'license = "Apache 2.0"\n'
            'classifiers = ["Typing :: Typd", "License :: OSI Approved :: MIT License"]\n'
            'urls = { Homepage = "ftp://example.com", Docs = "https://user:pw@example.com", "" = "https://x.y" }\n'
            'licence = "MIT"'
        )
    )
    before = space.outputs()
    result = space.run("regenerate")
    assert_refused(
        result,
        space,
        before,
        file="specs/tiny/api.toml",
        says=(
            "(7 problem(s))",
            "[package] license: license 'Apache 2.0' is not an SPDX license expression",
            'e.g. license = "MIT", "Apache-2.0"',
            "[package] classifiers[0]",
            "did you mean 'Typing :: Typed'?",
            "[package] classifiers[1]",
            "license classifiers are deprecated",
            "must be an https (or http) URL",
            "must not carry credentials",
            "URL label '' is empty",
            "unknown setting 'licence'",
        ),
    )


def test_a_package_table_that_is_not_a_table_is_refused(space: Scratch) -> None:
    space.api(api_toml='package = "MIT"\n' + API_TOML.format(name="tiny"))
    before = space.outputs()
    result = space.run("regenerate")
    assert_refused(result, space, before, file="specs/tiny/api.toml", place="[package]", says="must be a table")


def test_odd_but_valid_values_reach_both_pyproject_files_as_data(space: Scratch) -> None:
    space.api(
        api_toml=with_package_table(
            'license = "mit OR LicenseRef-Vendor-Terms"\n'
            'classifiers = ["Private :: Do Not Upload \\"] [x]", "Typing :: Typed"]\n'
            'urls = { "Home\\"page" = "https://example.com/a\\"],[tool.x]" }'
        )
    )
    result = space.run("regenerate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert_no_side_effects(space)
    for package in ("tiny-client", "tiny-models"):
        data = tomllib.loads((space.root / "generated" / package / "pyproject.toml").read_text(encoding="utf-8"))
        assert set(data) == {"project", "build-system", "tool"}
        project = data["project"]
        assert project["license"] == "MIT OR LicenseRef-Vendor-Terms"  # canonical SPDX spelling
        assert 'Private :: Do Not Upload "] [x]' in project["classifiers"]
        assert project["classifiers"].count("Typing :: Typed") == 1
        assert project["urls"] == {'Home"page': 'https://example.com/a"],[tool.x]'}
