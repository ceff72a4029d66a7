"""Copying the JSON-shaped trees every stage passes around (dicts, lists and scalars, as the loaders return).

`copy.deepcopy` spends most of its time on memo bookkeeping that such trees do not need; on the full Simpro
spec it was two thirds of normalization, which copies the document once per pure transform.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar, cast

T = TypeVar("T")


def copy_tree(value: T) -> T:
    """A copy of `value` sharing no dict or list with it. Scalars are immutable and shared; a node the tree
    holds twice is copied twice (a loaded document holds none: YAML aliases are expanded on load)."""
    return cast(T, _copied(value))


def _copied(value: Any) -> Any:
    if type(value) is dict:
        return {key: _copied(item) for key, item in value.items()}
    if type(value) is list:
        return [_copied(item) for item in value]
    if isinstance(value, dict | list):  # a subclass: keep its type and anything it adds
        return copy.deepcopy(value)
    return value
