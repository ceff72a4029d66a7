"""HTTP clients for Simpro: configure once (credentials, server, timeouts, retries), then pass the
client to any operation in `simpro_client.api`."""

import asyncio
import random
import ssl
import time
from collections.abc import Generator
from email.utils import parsedate_to_datetime
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .errors import error_for

SERVER_URL_TEMPLATE = "https://{build}.simprosuite.com"
"""The documented server URL; `server_url()` fills in its variables."""
DEFAULT_BUILD: str | None = None
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Applied to every request unless the client is given another timeout."""
DEFAULT_MAX_RETRIES = 3
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MAX_RETRY_DELAY = 30.0


def server_url(build: str) -> str:
    """The API's base URL (Your Simpro build).

    build: The name of your Simpro build (the first label of its host name).
    """
    return "https://" + build + ".simprosuite.com"


def retry_delay(attempt: int, response: httpx.Response) -> float:
    """Seconds to wait before retry number `attempt` (1-based): the server's Retry-After when it sends
    one, otherwise exponential backoff (0.5 s, 1 s, 2 s, ...) with full jitter."""
    retry_after = response.headers.get("Retry-After")
    if retry_after:
        try:
            return min(max(float(retry_after), 0.0), MAX_RETRY_DELAY)
        except ValueError:
            try:
                delay = parsedate_to_datetime(retry_after).timestamp() - time.time()
                return min(max(delay, 0.0), MAX_RETRY_DELAY)
            except (TypeError, ValueError):
                pass
    return random.uniform(0, min(MAX_RETRY_DELAY, 0.5 * 2 ** (attempt - 1)))


def _should_retry(request: httpx.Request, response: httpx.Response, attempt: int, max_retries: int) -> bool:
    # Only idempotent methods: retrying a POST could create the same thing twice.
    return attempt <= max_retries and request.method in IDEMPOTENT_METHODS and response.status_code in RETRY_STATUSES


class RetryTransport(httpx.BaseTransport):
    """Retries idempotent requests answered with 429 or 5xx."""

    def __init__(self, wrapped: httpx.BaseTransport, max_retries: int) -> None:
        self._wrapped = wrapped
        self._max_retries = max_retries

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            response = self._wrapped.handle_request(request)
            if not _should_retry(request, response, attempt, self._max_retries):
                return response
            response.read()
            response.close()
            time.sleep(retry_delay(attempt, response))
            attempt += 1

    def close(self) -> None:
        self._wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Retries idempotent requests answered with 429 or 5xx (async)."""

    def __init__(self, wrapped: httpx.AsyncBaseTransport, max_retries: int) -> None:
        self._wrapped = wrapped
        self._max_retries = max_retries

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            response = await self._wrapped.handle_async_request(request)
            if not _should_retry(request, response, attempt, self._max_retries):
                return response
            await response.aread()
            await response.aclose()
            await asyncio.sleep(retry_delay(attempt, response))
            attempt += 1

    async def aclose(self) -> None:
        await self._wrapped.aclose()


def _raise_typed_error(response: httpx.Response) -> None:
    """404 and 422 raise errors.NotFoundError / errors.UnprocessableEntityError with the parsed body."""
    if response.is_error:
        response.read()
        error = error_for(response)
        if error is not None:
            raise error


async def _araise_typed_error(response: httpx.Response) -> None:
    if response.is_error:
        await response.aread()
        error = error_for(response)
        if error is not None:
            raise error


AUTH_HEADER = "Authorization"
AUTH_VALUE_PREFIX = "Bearer "
AUTH_VALUE_SUFFIX = ""


class ApiKeyAuth(httpx.Auth):
    """Sets `Authorization: Bearer <api key>` on every request.

    The key is held here only, never in the client's headers, repr or error messages.
    """

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[AUTH_HEADER] = AUTH_VALUE_PREFIX + self._api_key + AUTH_VALUE_SUFFIX
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=<redacted>)"


@define
class Client:
    """Connection settings shared by every call; reuse one client (it pools connections).

    Keyword arguments:
        build: part of the server URL https://{build}.simprosuite.com.
        base_url: a full base URL instead of the server template (a proxy, a mock server).
        timeout: an httpx.Timeout; every request has one, 30.0 s by default.
        max_retries: retries of idempotent requests answered 429 or 5xx (0 disables).
        raise_on_unexpected_status: raise errors.UnexpectedStatus on undocumented status codes.
        (404 and 422 always raise errors.NotFoundError / errors.UnprocessableEntityError.)
        headers, cookies, verify_ssl, follow_redirects, httpx_args: passed to httpx.
    """

    build: str | None = field(default=None, kw_only=True)
    _base_url: str | None = field(default=None, kw_only=True, alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        if self._base_url is not None:
            return self._base_url
        if self.build is None:
            raise ValueError(f"give build= (part of {SERVER_URL_TEMPLATE}) or base_url=")
        return server_url(build=self.build)

    def _auth(self) -> httpx.Auth | None:
        return None

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one with another timeout."""
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client as is (its own settings replace this client's)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, created on first use."""
        if self._client is None:
            args = dict(self._httpx_args)
            transport = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self.base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=RetryTransport(transport, self.max_retries),
                event_hooks={"response": [_raise_typed_error]},
                **args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient as is (its own settings replace this client's)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, created on first use."""
        if self._async_client is None:
            args = dict(self._httpx_args)
            transport = args.pop("async_transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            args.pop("transport", None)
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=AsyncRetryTransport(transport, self.max_retries),
                event_hooks={"response": [_araise_typed_error]},
                **args,
            )
        return self._async_client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A client that authenticates every request with your API key (`Bearer <api key>` in `Authorization`).

    The key is never shown: not in repr(), not in log lines, not in exception messages.
    """

    api_key: str = field(kw_only=True, repr=False)

    def _auth(self) -> httpx.Auth | None:
        return ApiKeyAuth(self.api_key)
