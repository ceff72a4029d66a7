"""Page iteration shared by every list operation: follows `Result-Pages` until the last page."""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TypeVar

from . import errors
from .types import Response

T = TypeVar("T")

TOTAL_PAGES_HEADER = "Result-Pages"


def _items(response: Response[list[T]]) -> list[T]:
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def _is_last(response: Response[list[T]], page: int) -> bool:
    # No header (or an empty page) means there is nothing more to ask for.
    total_pages = int(response.headers.get(TOTAL_PAGES_HEADER) or page)
    return page >= total_pages or not response.parsed


def iterate_pages(fetch_page: Callable[[int], Response[list[T]]]) -> Iterator[T]:
    """Every item of every page; `fetch_page(n)` requests page n (1-based)."""
    page = 1
    while True:
        response = fetch_page(page)
        yield from _items(response)
        if _is_last(response, page):
            return
        page += 1


async def aiterate_pages(fetch_page: Callable[[int], Awaitable[Response[list[T]]]]) -> AsyncIterator[T]:
    """Every item of every page, asynchronously; `fetch_page(n)` requests page n (1-based)."""
    page = 1
    while True:
        response = await fetch_page(page)
        for item in _items(response):
            yield item
        if _is_last(response, page):
            return
        page += 1
