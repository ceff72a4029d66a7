"""`x-sunset`: the date until which a deprecated operation or parameter is promised to stay (an ISO date,
the convention oasdiff and Zalando's guidelines use). Removing it before that date breaks the promise."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from generator.drift.walk import Walk


def sunset(node: Mapping[str, Any]) -> date | None:
    """The node's `x-sunset`, None if absent or unreadable (then deprecation alone applies)."""
    value = node.get("x-sunset")
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value is not None else None
    except ValueError:
        return None


def before_sunset(walk: Walk, nodes: Iterable[Mapping[str, Any]]) -> bool:
    """Whether any of the removed nodes promised to stay past `walk.today`."""
    return any((day := sunset(node)) is not None and walk.today < day for node in nodes)
