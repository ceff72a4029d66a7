"""Contains some shared types for properties (openapi-python-client's, plus `http_status` and `Response.request_id`)"""

from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import attrs
from attrs import define

from .errors import request_id_of


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def _unchecked(value: Any) -> Any:
    """A parsed required field handed to its model as is: the response may lack it (then it is UNSET, see
    the README), which the field's declared type does not say. (A `cast` would be redundant where the
    parsed value already has that type, and mypy --strict flags redundant casts.)"""
    return value


def is_complete(value: object) -> bool:
    """False when a parsed value was only partly understood: a model lacking a field its schema requires
    (UNSET), or holding an enum value this version does not list, or such an enum value itself. Parsing
    a union uses it to prefer the type that fits completely."""
    if isinstance(value, Enum):
        return bool(getattr(value, "known", True))
    cls = type(value)
    if not attrs.has(cls):
        return True
    for attribute in attrs.fields(cls):
        item = getattr(value, attribute.name)
        if attribute.default is attrs.NOTHING and isinstance(item, Unset):
            return False
        if isinstance(item, Enum) and not getattr(item, "known", True):
            return False
    return True


def http_status(code: int) -> int:
    """`HTTPStatus(code)` when Python knows the code, else the plain int (Python has no 499, 520, 522)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@define
class Response(Generic[T]):
    """A response from an endpoint: `status_code` is an `HTTPStatus` when Python knows the code, else an int"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    @property
    def request_id(self) -> str | None:
        """The vendor's request id, from the response headers listed in errors.REQUEST_ID_HEADERS."""
        return request_id_of(self.headers)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "http_status", "is_complete"]
