"""Error statuses the client raises instead of returning.

Generated clients raise a typed `errors.APIStatusError` (`NotFoundError`, `RateLimitError`, ...) for every
status outside 2xx, so the normalized spec drops those response entries (and `default`, which documents the
errors) from every operation that documents a 2xx answer: otherwise each call's return type would carry
error bodies it can never return. An operation documenting no 2xx keeps its responses as they are.
The dropped entries move to the operation's `x-specfoundry-raised`, so that the client's docstrings can
still list the errors documented for it, and a raised error carries its body parsed into the model
documented for its status (`parsed`; generator/targets/client_surface.py). Their inline object schemas are
lifted into components like the others (generator/normalize/inline.py), so each has a model class.
"""

from __future__ import annotations

import re
from typing import Any

from generator.tree import copy_tree

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SUCCESS = re.compile(r"2(?:\d\d|XX)", re.IGNORECASE)
RAISED_EXTENSION = "x-specfoundry-raised"


def raises(status: str) -> bool:
    """Whether a documented response key (`"404"`, `"5XX"`, `"default"`) is raised by generated clients."""
    return not _SUCCESS.fullmatch(status)


def drop_raised_error_responses(document: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
    result = document if in_place else copy_tree(document)
    for item in (result.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            responses = operation.get("responses") if isinstance(operation, dict) else None
            if isinstance(responses, dict) and any(not raises(str(status)) for status in responses):
                raised = {status: responses.pop(status) for status in list(responses) if raises(str(status))}
                if raised and isinstance(operation, dict):
                    operation[RAISED_EXTENSION] = raised
    return result
