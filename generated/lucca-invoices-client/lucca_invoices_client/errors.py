"""Errors raised by the API functions. Messages never include credentials."""

import json
from typing import Any

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ApiError(Exception):
    """The API answered with an error status; `body` is the parsed JSON body (or the text)."""

    def __init__(self, status_code: int, body: Any, content: bytes) -> None:
        self.status_code = status_code
        self.body = body
        self.content = content
        summary = content.decode(errors="replace")[:500]
        super().__init__(f"{status_code} {httpx.codes.get_reason_phrase(status_code)}: {summary}")


class NotFoundError(ApiError):
    """404: the resource does not exist (or is not visible with these credentials)."""


class UnprocessableEntityError(ApiError):
    """422: the server understood the request but rejected its content (see `body` for why)."""


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    404: NotFoundError,
    422: UnprocessableEntityError,
}


def error_for(response: httpx.Response) -> ApiError | None:
    """The typed error for a response that has one (the body must have been read)."""
    error_class = ERRORS_BY_STATUS.get(response.status_code)
    if error_class is None:
        return None
    body: Any
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    return error_class(response.status_code, body, response.content)


__all__ = [
    "ApiError",
    "UnexpectedStatus",
    "error_for",
    "NotFoundError",
    "UnprocessableEntityError",
]
