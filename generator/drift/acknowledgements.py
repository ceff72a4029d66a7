"""Acknowledged breaking changes: a reviewed file in the API folder, not a flag someone forgets.

`specs/<api>/drift-acknowledgements.yaml` lists breaking changes a reviewer accepted, each matched by its
change id and place (as the drift report prints them), with the reason:

    acknowledged:
      - id: response-property-renamed
        place: "#/paths/~1cleemy-procurement~1services~1imports~1costcenters/post/responses/200/..."
        reason: Lucca renamed `imported`; our callers were updated in the same pull request.

`specfoundry check --fail-on breaking` fails on every breaking change not listed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.drift.model import Change
from generator.errors import SpecFoundryError
from generator.yamlio import load_yaml

ACKNOWLEDGEMENTS_FILE = "drift-acknowledgements.yaml"


@dataclass(frozen=True)
class Acknowledgement:
    id: str
    place: str
    reason: str

    def matches(self, change: Change) -> bool:
        return change.id == self.id and change.place == self.place


def load_acknowledgements(path: Path) -> list[Acknowledgement]:
    if not path.is_file():
        return []
    raw = load_yaml(path.read_text(encoding="utf-8"), file=str(path))
    entries = (raw or {}).get("acknowledged") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise SpecFoundryError(
            "expected a mapping with an 'acknowledged' list",
            file=path,
            fix="write 'acknowledged:' followed by entries with id, place and reason",
        )
    result = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(key), str) and entry[key].strip() for key in ("id", "place", "reason")
        ):
            raise SpecFoundryError(
                "an acknowledgement needs id, place and reason",
                file=path,
                place=f"acknowledged[{index}]",
                fix="copy id and place from the drift report and say why it is accepted",
            )
        result.append(Acknowledgement(id=entry["id"], place=entry["place"], reason=entry["reason"]))
    return result


def unacknowledged(changes: Sequence[Change], acknowledgements: Sequence[Acknowledgement]) -> list[Change]:
    return [change for change in changes if not any(ack.matches(change) for ack in acknowledgements)]


def unused(changes: Sequence[Change], acknowledgements: Sequence[Acknowledgement]) -> list[Acknowledgement]:
    """Acknowledgements that match no current change: left over, to be deleted."""
    return [ack for ack in acknowledgements if not any(ack.matches(change) for change in changes)]
