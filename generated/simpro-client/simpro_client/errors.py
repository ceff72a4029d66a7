"""Errors raised by this package. Every one derives from `APIError`; none shows credentials.

    APIError
    ├── APIStatusError            any answer outside 2xx (status_code, headers, body, parsed, request_id, request)
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429 (retry_after: the seconds the server asked for, if it said)
    │   └── InternalServerError        500 and above
    └── APIConnectionError        no answer: refused, dropped, DNS, TLS (wraps the httpx error)
        └── APITimeoutError       no answer within the client's timeout
ConfigurationError (a ValueError): a client built without a required setting (API key, server variable).

`parsed` is the error body read into the model the spec documents for that operation and status (the exact
status, else its range such as 4XX, else `default`): this API's spec documents none, so it is always None.
"""

import json
from collections.abc import Mapping
from typing import Any, TypeAlias

import httpx

REQUEST_ID_HEADERS: tuple[str, ...] = ("X-Request-Id",)
"""Response headers that carry the vendor's request id, first match wins."""

ErrorModel: TypeAlias = None
"""What APIStatusError.parsed holds when not None: the models the spec documents for error bodies (none)."""


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The vendor's request id from response headers, when one of REQUEST_ID_HEADERS carries it."""
    lowered = {key.lower(): value for key, value in headers.items()}
    for header in REQUEST_ID_HEADERS:
        if header.lower() in lowered:
            return lowered[header.lower()]
    return None


class ConfigurationError(ValueError):
    """The client was built without a setting it needs (raised by the constructor, never by a call)."""


class UnexpectedStatus(Exception):
    """A 2xx status the spec does not document: raised by the operation methods (`client.<tag>.<method>`),
    whose answer it cannot parse, and by `client.send` when Client.raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class APIError(Exception):
    """Base of every error a call raises; `request` is the request (credentials redacted), if one was built."""

    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with a status outside 2xx.

    `status_code`, `headers` (the response's), `body` (the parsed JSON, else the text, else None),
    `content` (the raw bytes), `request_id` (the vendor's, from REQUEST_ID_HEADERS) and `request`.
    `parsed` is the body read into the model the spec documents for the operation and this status (exact
    status, else range, else `default`; an ErrorModel), or None: none documented, or a body that does not
    fit it (not a JSON object, no field in common, unreadable). `body` always holds what came.
    """

    parsed: "ErrorModel | None" = None

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.content = response.content
        self.request_id = request_id_of(response.headers)


ApiError = APIStatusError
"""The name this base had before 0.2; kept so `except errors.ApiError` goes on working."""


class BadRequestError(APIStatusError):
    """400: the request is malformed (see `body`)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or is not visible with these credentials)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the server understood the request but rejected its content (see `body` for why)."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` holds the seconds the server asked to wait, when it said."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """500 and above: the server failed (retried first for idempotent methods)."""


class APIConnectionError(APIError):
    """No response: the connection was refused, dropped or failed (`__cause__` is the httpx error)."""


class APITimeoutError(APIConnectionError):
    """No response within the client's timeout."""


ERRORS_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The class raised for a non-2xx status (any int, including codes Python's HTTPStatus lacks: 499, 520)."""
    if status_code >= 500:
        return InternalServerError
    return ERRORS_BY_STATUS.get(status_code, APIStatusError)


def error_for(
    response: httpx.Response, *, request: httpx.Request | None = None, secrets: tuple[str, ...] = ()
) -> APIStatusError:
    """The error for a non-2xx response (its body must have been read). `secrets` are cut from the message."""
    body: Any
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    reason = httpx.codes.get_reason_phrase(response.status_code) or "Unknown Status"
    summary = response.content.decode(errors="replace")[:500]
    message = f"{response.status_code} {reason}: {summary}" if summary else f"{response.status_code} {reason}"
    request_id = request_id_of(response.headers)
    if request_id:
        message += f" (request id {request_id})"
    for secret in secrets:
        if secret:
            message = message.replace(secret, "<redacted>")
    return error_class_for(response.status_code)(message, response=response, body=body, request=request)


__all__ = [
    "REQUEST_ID_HEADERS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorModel",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "error_class_for",
    "error_for",
    "request_id_of",
]
