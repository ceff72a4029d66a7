"""Error statuses the client raises as typed exceptions instead of returning.

Generated clients raise `errors.NotFoundError` / `errors.UnprocessableEntityError` (carrying the status and
the parsed body) for these statuses, so the normalized spec drops their response entries: otherwise every
call's return type would carry an `Any` for a body it can never return.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TypedError:
    status: int
    class_name: str
    doc: str


TYPED_ERRORS = (
    TypedError(404, "NotFoundError", "404: the resource does not exist (or is not visible with these credentials)."),
    TypedError(
        422,
        "UnprocessableEntityError",
        "422: the server understood the request but rejected its content (see `body` for why).",
    ),
)
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def drop_raised_error_responses(document: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(document)
    raised = {str(error.status) for error in TYPED_ERRORS}
    for item in (result.get("paths") or {}).values():
        for method in _METHODS:
            responses = item.get(method, {}).get("responses") if isinstance(item.get(method), dict) else None
            if isinstance(responses, dict) and any(status not in raised for status in responses):
                for status in raised & set(responses):
                    del responses[status]
    return result
