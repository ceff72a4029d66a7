"""Semantic version bumps from changes and Python impacts."""

from __future__ import annotations

import pytest

from generator.drift import Bump, Change, ChangeLevel, PythonImpact, bump_for, next_version
from generator.drift.versioning import bump_version
from generator.errors import SpecFoundryError


def change(level: ChangeLevel) -> Change:
    return Change(id="x", level=level, operation=None, place="#/x", message="x.")


def impact(level: ChangeLevel) -> PythonImpact:
    return PythonImpact(id="python-x", level=level, module="m", name="n", message="x.")


@pytest.mark.parametrize(
    ("levels", "impacts", "expected"),
    [
        ([], [], "1.4.2"),
        ([ChangeLevel.DOCUMENTATION], [], "1.4.3"),
        ([ChangeLevel.DOCUMENTATION, ChangeLevel.NON_BREAKING], [], "1.5.0"),
        ([ChangeLevel.WARNING], [], "1.5.0"),  # a warning asks for review, it does not force a major
        ([ChangeLevel.NON_BREAKING, ChangeLevel.BREAKING], [], "2.0.0"),
        ([ChangeLevel.DOCUMENTATION], [ChangeLevel.NON_BREAKING], "1.5.0"),
        # An operationId rename is a warning for the wire but removes Python functions: major.
        ([ChangeLevel.WARNING], [ChangeLevel.BREAKING], "2.0.0"),
        ([], [ChangeLevel.BREAKING], "2.0.0"),
    ],
)
def test_next_version(levels: list[ChangeLevel], impacts: list[ChangeLevel], expected: str) -> None:
    assert next_version("1.4.2", [change(level) for level in levels], [impact(level) for level in impacts]) == expected


def test_zero_major_versions_bump_like_any_other() -> None:
    # Standard semver arithmetic even below 1.0.0: a breaking change makes 0.3.1 into 1.0.0.
    assert next_version("0.3.1", [change(ChangeLevel.BREAKING)], []) == "1.0.0"
    assert next_version("0.3.1", [change(ChangeLevel.NON_BREAKING)], []) == "0.4.0"
    assert next_version("0.3.1", [change(ChangeLevel.DOCUMENTATION)], []) == "0.3.2"


def test_pre_release_and_build_suffixes() -> None:
    assert bump_version("2.0.0-rc.1+build.5", Bump.MINOR) == "2.1.0"
    assert bump_version("2.0.0-rc.1", Bump.NONE) == "2.0.0-rc.1"
    assert bump_for([], []) is Bump.NONE


@pytest.mark.parametrize("version", ["1.4", "v1.4.2", "01.2.3", "1.4.2.0", ""])
def test_rejects_versions_that_are_not_semver(version: str) -> None:
    with pytest.raises(SpecFoundryError, match="not a semantic version"):
        next_version(version, [], [])
