"""What every operation shares, so that each operation module holds only what is its own (its arguments,
docstring, URL and response types): encoding arguments into a request, sending it, reading the answer,
following pages, and the resource classes' methods (`client.<tag>.<method>(...)`).

An operation module's `request(...)` builds a `Call`; a resource method (or `Client.send`) sends it."""

import datetime
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypedDict, TypeVar, cast, get_args
from urllib.parse import quote
from uuid import UUID

import httpx

from . import errors
from .types import Response, Unset, http_status

if TYPE_CHECKING:
    from .client import Client

P = ParamSpec("P")
T = TypeVar("T")
Item = TypeVar("Item")

TOTAL_PAGES_HEADER: str | None = "Result-Pages"
"""The response header a list operation reports its number of pages in."""
DEFAULT_PAGE_SIZE = 250
"""Items per request of a page iterator, unless the call gives its own page size."""


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation takes as keyword arguments, for that call only (None, or leaving
    one out, keeps the client's setting)."""

    timeout: httpx.Timeout | float | None
    """Seconds, or an httpx.Timeout (`httpx.Timeout(None)`: none at all)."""
    extra_headers: Mapping[str, str] | None
    """Headers added to the request, winning over the client's and the operation's own."""
    extra_query: Mapping[str, Any] | None
    """Query parameters added to the request, winning over the operation's own."""
    max_retries: int | None
    """Retries for this call (see Client.max_retries)."""


def _json(value: Any) -> Any:
    """A request value as JSON data: models by their to_dict(), enums by value, dates in ISO 8601."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _json(item) for key, item in value.items() if not isinstance(item, Unset)}
    return value


def _header(value: Any) -> str:
    """A path, header or cookie value as text, in OpenAPI's default styles for them (simple; form,
    not exploded): a list comma-separated, an object as key,value pairs, a boolean as true/false."""
    value = _json(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_header(item) for item in value)
    if isinstance(value, dict):
        return ",".join(f"{key},{_header(item)}" for key, item in value.items())
    return str(value)


def path(template: str, **values: Any) -> str:
    """The request path: `template`'s `{name}` placeholders filled with the URL-quoted values."""
    return template.format(**{name: quote(_header(value), safe="") for name, value in values.items()})


class Call(Generic[T]):
    """One operation call, as built by an operation module's `request(...)`: what to send, how to read
    the answer (`parse`) and its documented error bodies (`error_models`), and the per-call options. Send
    it with `client.send(call)` (the whole Response) or through a resource method (the parsed value).

    `error_models` maps error statuses the spec documents a body for (`("404", "4XX", "default")`) to
    the model class of that body, or to None where they document none: a raised errors.APIStatusError
    gets its body parsed into it as `parsed` (see `parse_error`)."""

    def __init__(
        self,
        method: str,
        url: str,
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
        *,
        params: Mapping[str, Any] | None = None,
        comma_separated: tuple[str, ...] = (),
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        json: Any = None,
        body: Mapping[str, Any] | None = None,
        error_models: Mapping[tuple[str, ...], type[Any] | None] | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.parse = parse
        self.options = options
        self.error_models = {status: model for statuses, model in (error_models or {}).items() for status in statuses}
        kwargs: dict[str, Any] = dict(body or {})
        if params:
            kwargs["params"] = _query(params, comma_separated)
        sent_headers = {name: _header(value) for name, value in (headers or {}).items() if _given(value)}
        if json is not None and not isinstance(json, Unset):
            kwargs["json"] = _json(json)
            sent_headers["Content-Type"] = "application/json"
        if sent_headers or "headers" in kwargs:
            kwargs["headers"] = {**kwargs.get("headers", {}), **sent_headers}
        if cookies:
            kwargs["cookies"] = {name: _header(value) for name, value in cookies.items() if _given(value)}
        self.httpx_kwargs = kwargs
        """What `httpx.Client.build_request` gets besides the method and URL."""

    def __repr__(self) -> str:
        return f"Call({self.method.upper()} {self.url})"

    def parse_error(self, status_code: int, body: Any) -> Any:
        """An error body (JSON already decoded) as the model documented for its status (the exact status,
        else its range, else `default`), read as tolerantly as an answer; None when the spec documents
        no model for it, or the body is not a JSON object, shares no field with the model, or cannot be
        read as it. Never raises."""
        model = next(
            (
                self.error_models[key]
                for key in (str(status_code), f"{status_code // 100}XX", "default")
                if key in self.error_models
            ),
            None,
        )
        if model is None or not isinstance(body, dict):
            return None
        try:
            parsed = model.from_dict(body)
            documented = set(parsed.to_dict()) - set(getattr(parsed, "additional_properties", {}))
        except Exception:  # whatever reading a malformed body raises: the API error wins, unparsed
            return None
        declares = any(field.name != "additional_properties" for field in getattr(model, "__attrs_attrs__", ()))
        return parsed if documented or not declares else None

    def response(self, response: httpx.Response, raise_on_unexpected_status: bool) -> Response[T]:
        """The whole Response; `parsed` is None for a 2xx status the spec does not document (or
        errors.UnexpectedStatus is raised, if `raise_on_unexpected_status`)."""
        try:
            parsed: T | None = self.parse(response)
        except errors.UnexpectedStatus:
            if raise_on_unexpected_status:
                raise
            parsed = None
        return Response(
            status_code=http_status(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=parsed,
        )


def _given(value: Any) -> bool:
    return value is not None and not isinstance(value, Unset)


def _query(params: Mapping[str, Any], comma_separated: tuple[str, ...]) -> dict[str, Any]:
    """Query parameters as httpx sends them: unset ones left out, a model's fields spread out, lists
    documented as comma-separated (`style: form, explode: false`) joined into one value."""
    query: dict[str, Any] = {}
    for name, value in params.items():
        if not _given(value):
            continue
        if hasattr(value, "to_dict"):
            query.update(value.to_dict())
            continue
        value = _json(value)
        if isinstance(value, list) and name in comma_separated:
            value = ",".join(str(item) for item in value)
        query[name] = value
    return query


def send(client: "Client", call: Call[T]) -> httpx.Response:
    """Send `call` through Client.request (key, retries, logging, typed errors); the 2xx response. A raised
    errors.APIStatusError carries its body parsed into the documented model as `parsed` (Call.parse_error)."""
    try:
        return client.request(call.method, call.url, **call.options, **call.httpx_kwargs)
    except errors.APIStatusError as error:
        if call.error_models:
            error.parsed = call.parse_error(error.status_code, error.body)
        raise


async def asend(client: "Client", call: Call[T]) -> httpx.Response:
    """`send`, asynchronously."""
    try:
        return await client.arequest(call.method, call.url, **call.options, **call.httpx_kwargs)
    except errors.APIStatusError as error:
        if call.error_models:
            error.parsed = call.parse_error(error.status_code, error.body)
        raise


def _is_last(response: httpx.Response, page: int, items: list[Any]) -> bool:
    # No header (or an empty page) means there is nothing more to ask for.
    header = response.headers.get(TOTAL_PAGES_HEADER) if TOTAL_PAGES_HEADER else None
    try:
        total_pages = int(header) if header else page
    except ValueError:
        total_pages = page
    return page >= total_pages or not items


def _first_page(kwargs: dict[str, Any], page: str, size: str) -> int:
    """The page to start from (the call's own `page`, else 1); the page size defaults to DEFAULT_PAGE_SIZE."""
    if not _given(kwargs.get(size)):
        kwargs[size] = DEFAULT_PAGE_SIZE
    first = kwargs.get(page)
    return first if isinstance(first, int) else 1


class Resource:
    """The operations of one tag, on a client: `client.<tag>.<method>(...)` returns the parsed answer."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource:
    """The operations of one tag, awaited: `await client.aio.<tag>.<method>(...)`."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def _method(function: Callable[..., Any], build: Callable[..., Any], name: str, pages: Any = None) -> None:
    """Give a resource method the name, docstring and signature of the operation's request(), with `self`
    and the parsed answer's type (`pages`: the iterator type of an item) for what help() shows."""
    function.__name__ = name
    function.__qualname__ = name
    function.__doc__ = build.__doc__
    function.__module__ = build.__module__
    signature = inspect.signature(build)
    self = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    [parsed] = get_args(signature.return_annotation) or [inspect.Signature.empty]
    if pages is not None:
        [item] = get_args(parsed) or [Any]
        parsed = pages[item]
    function.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self, *signature.parameters.values()], return_annotation=parsed
    )


def operation(build: Callable[P, Call[T]], name: str) -> Callable[Concatenate[Resource, P], T]:
    """A resource method calling `build`'s operation: the arguments of `build`, the parsed answer."""

    def call(self: Resource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        request = build(*args, **kwargs)
        return request.parse(send(self._client, request))

    _method(call, build, name)
    return call


def async_operation(
    build: Callable[P, Call[T]], name: str
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    """`operation`, awaited."""

    async def call(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        request = build(*args, **kwargs)
        return request.parse(await asend(self._client, request))

    _method(call, build, name)
    return call


def pages(
    build: Callable[P, Call[list[Item]]], name: str, page: str, size: str
) -> Callable[Concatenate[Resource, P], Iterator[Item]]:
    """A resource method yielding every item of every page of a list operation, one request per page
    (DEFAULT_PAGE_SIZE items unless the call gives a page size), from the call's `page` (else 1) to the
    last (TOTAL_PAGES_HEADER)."""

    def iterate(self: Resource, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[Item]:
        arguments = dict(kwargs)
        number = _first_page(arguments, page, size)
        while True:
            request = cast(Callable[..., Call[list[Item]]], build)(*args, **{**arguments, page: number})
            response = send(self._client, request)
            items = request.parse(response)
            yield from items
            if _is_last(response, number, items):
                return
            number += 1

    _method(iterate, build, name, Iterator)
    iterate.__doc__ = (
        f"Every item of every page (see `{build.__module__}.request` for the arguments).\n\n{build.__doc__}"
    )
    return iterate


def async_pages(
    build: Callable[P, Call[list[Item]]], name: str, page: str, size: str
) -> Callable[Concatenate[AsyncResource, P], AsyncIterator[Item]]:
    """`pages`, asynchronously (`async for item in client.aio.<tag>.iterate(...)`)."""

    async def iterate(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Item]:
        arguments = dict(kwargs)
        number = _first_page(arguments, page, size)
        while True:
            request = cast(Callable[..., Call[list[Item]]], build)(*args, **{**arguments, page: number})
            response = await asend(self._client, request)
            items = request.parse(response)
            for item in items:
                yield item
            if _is_last(response, number, items):
                return
            number += 1

    _method(iterate, build, name, AsyncIterator)
    iterate.__doc__ = (
        f"Every item of every page (see `{build.__module__}.request` for the arguments).\n\n{build.__doc__}"
    )
    return iterate


__all__ = ["DEFAULT_PAGE_SIZE", "TOTAL_PAGES_HEADER", "AsyncResource", "Call", "RequestOptions", "Resource", "path"]
