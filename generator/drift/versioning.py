"""The package version that follows from a drift: semantic versioning, read from the caller's side.

- any breaking change or breaking Python impact → major (`1.4.2` → `2.0.0`). This holds for 0.x too
  (`0.3.1` → `1.0.0`): the generated package's users get the same guarantee from the first release,
  instead of semver's "anything may change in 0.x" exception.
- otherwise any warning, non-breaking change or Python addition → minor (`1.4.2` → `1.5.0`); a warning
  is a change a reviewer has to judge, not a proven break, so by itself it does not force a major.
- otherwise documentation only, or generated code changed with the same public names → patch
  (`1.4.2` → `1.4.3`);
- nothing → the version is unchanged.
A pre-release or build suffix (`2.0.0-rc.1+abc`) is dropped by any bump.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from generator.drift.model import Change, ChangeLevel
from generator.drift.python_surface import PythonImpact
from generator.errors import SpecFoundryError

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")


class Bump(StrEnum):
    MAJOR = "major"
    MINOR = "minor"
    PATCH = "patch"
    NONE = "none"


def bump_for(changes: Iterable[Change], impacts: Iterable[PythonImpact]) -> Bump:
    levels = {change.level for change in changes} | {impact.level for impact in impacts}
    if ChangeLevel.BREAKING in levels:
        return Bump.MAJOR
    if levels & {ChangeLevel.WARNING, ChangeLevel.NON_BREAKING}:
        return Bump.MINOR
    if ChangeLevel.DOCUMENTATION in levels:
        return Bump.PATCH
    return Bump.NONE


def bump_version(current: str, bump: Bump) -> str:
    match = _SEMVER.match(current.strip())
    if match is None:
        raise SpecFoundryError(
            f"package version {current!r} is not a semantic version", fix="use MAJOR.MINOR.PATCH, e.g. 1.4.2"
        )
    major, minor, patch = (int(part) for part in match.groups())
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    if bump is Bump.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return current.strip()


def next_version(current: str, changes: Iterable[Change], impacts: Iterable[PythonImpact]) -> str:
    return bump_version(current, bump_for(changes, impacts))
