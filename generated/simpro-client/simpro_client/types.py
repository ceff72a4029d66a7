"""Contains some shared types for properties (openapi-python-client's, plus `http_status` and `Response.request_id`)"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "http_status"]
