"""Value types shared by the drift engine: levels, directions, locations, changes and kinds.

Levels follow oasdiff's reading of a change from the caller's side: `breaking` means a caller written
against the old spec can fail against the new one, `warning` means it might (a reviewer decides),
`non-breaking` means old callers keep working, `documentation` means nothing machine-readable changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum


class ChangeLevel(StrEnum):
    BREAKING = "breaking"
    WARNING = "warning"
    NON_BREAKING = "non-breaking"
    DOCUMENTATION = "documentation"

    @property
    def rank(self) -> int:
        """0 for the most severe level; used to sort and to pick the worst level."""
        return _LEVEL_ORDER.index(self)


_LEVEL_ORDER = (ChangeLevel.BREAKING, ChangeLevel.WARNING, ChangeLevel.NON_BREAKING, ChangeLevel.DOCUMENTATION)
LEVELS: tuple[ChangeLevel, ...] = _LEVEL_ORDER


class Direction(StrEnum):
    """Who writes the data: the caller (request) or the server (response)."""

    REQUEST = "request"
    RESPONSE = "response"
    NONE = "none"


class Location(Enum):
    """Where a schema sits; the kind-id prefix and the direction come from it."""

    REQUEST_PARAMETER = ("request-parameter", Direction.REQUEST, "request parameter")
    REQUEST_BODY = ("request-body", Direction.REQUEST, "request body")
    REQUEST_PROPERTY = ("request-property", Direction.REQUEST, "request property")
    RESPONSE_BODY = ("response-body", Direction.RESPONSE, "response body")
    RESPONSE_PROPERTY = ("response-property", Direction.RESPONSE, "response property")
    RESPONSE_HEADER = ("response-header", Direction.RESPONSE, "response header")

    def __init__(self, prefix: str, direction: Direction, noun: str) -> None:
        self.prefix = prefix
        self.direction = direction
        self.noun = noun

    @property
    def nested(self) -> Location:
        """The location of a property inside a schema at this location."""
        return Location.REQUEST_PROPERTY if self.direction is Direction.REQUEST else Location.RESPONSE_PROPERTY


class Effect(StrEnum):
    """What a schema change does to the set of valid values; the level follows from the direction."""

    WIDENS = "widens"  # more values are valid: fine for the server to accept, bad for callers to receive
    NARROWS = "narrows"  # fewer values are valid: bad for callers sending, fine for callers receiving
    BREAKS = "breaks"  # old and new values are incomparable: bad either way
    UNKNOWN = "unknown"  # cannot be decided without running both (a regex change): review it
    NONE = "none"  # annotations only


def level_for(effect: Effect, direction: Direction) -> ChangeLevel:
    if effect is Effect.BREAKS:
        return ChangeLevel.BREAKING
    if effect is Effect.UNKNOWN:
        return ChangeLevel.WARNING
    if effect is Effect.NONE:
        return ChangeLevel.DOCUMENTATION
    caller_sends = direction is Direction.REQUEST
    if effect is Effect.WIDENS:
        return ChangeLevel.NON_BREAKING if caller_sends else ChangeLevel.BREAKING
    return ChangeLevel.BREAKING if caller_sends else ChangeLevel.NON_BREAKING


@dataclass(frozen=True)
class ChangeKind:
    """One entry of the catalogue: a stable id, its level, its family and its reviewer sentence.

    `text` is a `str.format` template; the fields it may use are `subject`, `old`, `new` and `value`.
    """

    id: str
    level: ChangeLevel
    family: str
    text: str


@dataclass(frozen=True)
class Change:
    """One classified difference between two OpenAPI documents.

    - `operation`: the one operation the change reaches, or None when it reaches several (or none);
    - `operations`: every operation the change reaches, sorted by path then method;
    - `place`: a JSON pointer into the new document (into the old one for things that were removed);
      for a change inside a shared component, the component's own pointer (`#/components/...`).
    - `old` / `new`: the values before and after as plain text (JSON for non-strings), None when absent;
      for something added or removed inside a list (an enum value, a tag, a status), that thing;
    - `symbols`: the generated Python names it touches, when both packages were read.
    """

    id: str
    level: ChangeLevel
    operation: str | None
    place: str
    message: str
    operations: tuple[str, ...] = field(default=())
    old: str | None = None
    new: str | None = None
    # The generated Python names the change touches (generator.drift.symbols); empty when not computed.
    symbols: tuple[str, ...] = field(default=())
