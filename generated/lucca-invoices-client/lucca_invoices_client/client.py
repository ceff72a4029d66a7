"""HTTP clients for Lucca Invoices: configure once (credentials, server, timeouts, retries), then call
the operations on it, grouped by tag: `client.<tag>.<method>(...)`, awaited as `client.aio.<tag>.<method>(...)`.

Every call goes through `Client.request` / `Client.arequest`: the API key, retries with backoff, the
package logger and typed errors (`errors.APIError`) apply there, whichever httpx client carries the call."""

import asyncio
import logging
import math
import os
import random
import ssl
import sys
import time
from collections.abc import Generator, Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx
from attrs import define, evolve, field

from . import _runtime
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, RateLimitError, error_for, request_id_of
from .types import Response

if TYPE_CHECKING:
    from .api.cost_centers import AsyncCostCenters, CostCenters
    from .api.purchases import AsyncPurchases, Purchases

T = TypeVar("T")

__version__ = "2.1.0"
PACKAGE_NAME = "lucca-invoices-client"
USER_AGENT = f"{PACKAGE_NAME}/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
"""Sent as User-Agent by the httpx clients this package creates."""

SERVER_URL_TEMPLATE = "https://{host}"
"""The documented server URL; `server_url()` fills in its variables."""
DEFAULT_HOST: str | None = None
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Applied to every request unless the client is given another timeout."""
DEFAULT_MAX_RETRIES = 3
"""Retries after the first attempt (so up to DEFAULT_MAX_RETRIES + 1 requests per call)."""
RETRY_STATUSES = frozenset({408, 409, 429})
"""Statuses retried (for idempotent methods), besides every status from 500 up."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_DELAY = 60.0
"""The longest Retry-After the client waits for; a longer one is not waited out: the error is raised at
once (a RateLimitError carries the requested wait in `retry_after`)."""
API_KEY_ENV: str | None = "LUCCA_API_KEY"
"""The environment variable the API key is read from when `api_key=` is not given."""
LOG_ENV = "LUCCA_INVOICES_CLIENT_LOG"
"""Set it to `debug` (requests, responses, retries) or `info` (retries) to log to stderr."""
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
"""Request headers shown as `<redacted>` in the `request` of an error."""

logger = logging.getLogger("lucca_invoices_client")
"""The package logger: each request and response at DEBUG, each retry at INFO, never a credential."""


def _configure_logging_from_environment() -> None:
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


_configure_logging_from_environment()


def server_url(host: str) -> str:
    """The API's base URL (Your Lucca account URL).

    host: The URL of your dedicated Lucca account: `{account}.{env}.{region}`.
    """
    return "https://" + host


def retry_after(headers: httpx.Headers) -> float | None:
    """The seconds a response asks the client to wait: `Retry-After` in seconds or as an HTTP date (or
    `retry-after-ms`). None when absent or invalid (`nan`, `inf`, negative, unparseable)."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            seconds = float(milliseconds) / 1000
        except ValueError:
            seconds = math.nan
        if math.isfinite(seconds) and seconds >= 0:
            return seconds
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(when.timestamp() - time.time(), 0.0)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def backoff(attempt: int) -> float:
    """Seconds before retry number `attempt` (1-based) when the server gives no Retry-After: 0.5 s, 1 s,
    2 s, ... up to MAX_BACKOFF, each shortened by a random 0-25 % (jitter) so clients do not retry in step."""
    return min(INITIAL_BACKOFF * 2.0 ** (attempt - 1), MAX_BACKOFF) * (1 - 0.25 * random.random())


def retry_delay(attempt: int, headers: httpx.Headers, max_delay: float = MAX_RETRY_DELAY) -> float | None:
    """Seconds to wait before retry `attempt`: the server's Retry-After when valid, else `backoff()`.
    None when the server asks for more than `max_delay` (the client then raises instead of waiting)."""
    asked = retry_after(headers)
    if asked is None:
        return backoff(attempt)
    return asked if asked <= max_delay else None


def _with_call_options(
    kwargs: dict[str, Any],
    timeout: httpx.Timeout | float | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """`build_request` arguments with one call's options merged in (a new dict: nothing carries over)."""
    merged = dict(kwargs)
    if timeout is not None:
        merged["timeout"] = timeout
    if extra_headers:
        merged["headers"] = {**(merged.get("headers") or {}), **extra_headers}
    if extra_query:
        merged["params"] = {**(merged.get("params") or {}), **extra_query}
    return merged


def _redacted(request: httpx.Request) -> httpx.Request:
    """A copy of `request` for errors: credentials headers read `<redacted>`."""
    headers = httpx.Headers(request.headers)
    for name in SECRET_HEADERS:
        if name in headers:
            headers[name] = "<redacted>"
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    return httpx.Request(request.method, request.url, headers=headers, content=content)


AUTH_HEADER = "Authorization"
AUTH_VALUE_PREFIX = "lucca application="
AUTH_VALUE_SUFFIX = ""
SECRET_HEADERS = SECRET_HEADERS | {AUTH_HEADER.lower()}


class ApiKeyAuth(httpx.Auth):
    """Sets `Authorization: lucca application=<api key>` on every request.

    The key is held here only, never in the client's headers, repr or error messages.
    """

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[AUTH_HEADER] = AUTH_VALUE_PREFIX + self._api_key + AUTH_VALUE_SUFFIX
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=<redacted>)"


def _api_key_from_environment() -> str:
    key = os.environ.get(API_KEY_ENV, "") if API_KEY_ENV else ""
    if not key:
        where = f" or set the environment variable {API_KEY_ENV}" if API_KEY_ENV else ""
        raise ConfigurationError(f"no API key: give api_key={where}")
    return key


@define
class Client:
    """Connection settings shared by every call; reuse one client (it pools connections).

    Keyword arguments:
        host: part of the server URL https://{host} (required unless base_url is given).
        base_url: a full base URL instead of the server template (a proxy, a mock server).
        timeout: an httpx.Timeout; every request has one, 30.0 s by default.
        max_retries: retries of idempotent requests (GET, PUT, DELETE, ...) answered 408, 409, 429 or 5xx
            or left unanswered (connection error, timeout), 3 by default (0 disables).
        max_retry_delay: the longest Retry-After waited for (MAX_RETRY_DELAY); beyond it the error is raised.
        raise_on_unexpected_status: make `send` raise errors.UnexpectedStatus on a 2xx status the spec does not
            document (its `parsed` is None otherwise); the operation methods always raise it.
        headers, cookies, verify_ssl, follow_redirects, httpx_args: passed to httpx (httpx_args may carry
            event_hooks and transport for the httpx.Client, async_event_hooks (coroutine functions) and
            async_transport for the httpx.AsyncClient).

    Any status outside 2xx raises an errors.APIStatusError subclass; no answer raises
    errors.APIConnectionError (errors.APITimeoutError on timeout).
    """

    host: str | None = field(default=None, kw_only=True)
    _base_url: str | None = field(default=None, kw_only=True, alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    max_retry_delay: float = field(default=MAX_RETRY_DELAY, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _owns_client: bool = field(default=True, init=False, repr=False)
    _owns_async_client: bool = field(default=True, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _ = self.base_url  # a missing server variable fails here, not at the first call

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        if self._base_url is not None:
            return self._base_url
        if self.host is None:
            raise ConfigurationError(f"give host= (part of {SERVER_URL_TEMPLATE}) or base_url=")
        return server_url(host=self.host)

    def _auth(self) -> httpx.Auth | None:
        return None

    def _secrets(self) -> tuple[str, ...]:
        return ()

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one with another timeout."""
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Carry calls on this httpx.Client (give it a base_url). The API key, retries, logging and typed
        errors still apply: they are added to each request by `request()`, not by the httpx client. The
        httpx client's own timeout, headers and transport are used; `close()` leaves it open (you own it)."""
        self._client = client
        self._owns_client = False
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, created on first use (and again after `close()`)."""
        if self._client is None:
            args = dict(self._httpx_args)
            args.pop("async_transport", None)
            args.pop("async_event_hooks", None)
            transport = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self.base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=transport,
                **args,
            )
            self._owns_client = True
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Carry async calls on this httpx.AsyncClient (see `set_httpx_client`)."""
        self._async_client = async_client
        self._owns_async_client = False
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, created on first use (and again after `aclose()`)."""
        if self._async_client is None:
            args = dict(self._httpx_args)
            args.pop("transport", None)
            # httpx awaits an AsyncClient's hooks: plain functions (event_hooks) would fail there
            args.pop("event_hooks", None)
            if "async_event_hooks" in args:
                args["event_hooks"] = args.pop("async_event_hooks")
            transport = args.pop("async_transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=transport,
                **args,
            )
            self._owns_async_client = True
        return self._async_client

    def request(
        self,
        method: str,
        url: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one API request (`url` relative to base_url; `kwargs` as for httpx's `build_request`) with
        the key, retries and logging; return the 2xx response, raise errors.APIError otherwise.

        The per-call options (every operation function takes them too) apply to this call only; None
        keeps the client's setting: `timeout` (seconds or an httpx.Timeout), `extra_headers` and
        `extra_query` (added to the request's own, and winning over them), `max_retries`."""
        http = self.get_httpx_client()
        auth = self._auth()
        kwargs = _with_call_options(kwargs, timeout, extra_headers, extra_query)
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 1
        while True:
            request = http.build_request(method, url, **kwargs)
            started = self._log_request(request, attempt)
            try:
                response = http.send(request, auth=auth) if auth is not None else http.send(request)
            except httpx.TransportError as error:
                time.sleep(self._retry_after_failure(request, error, attempt, retries))
            else:
                self._log_response(request, response, started)
                if response.is_success:
                    return response
                delay = self._retry_after_status(request, response, attempt, retries)
                response.close()
                time.sleep(delay)
            attempt += 1

    async def arequest(
        self,
        method: str,
        url: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """`request()`, asynchronously (on the httpx.AsyncClient)."""
        http = self.get_async_httpx_client()
        auth = self._auth()
        kwargs = _with_call_options(kwargs, timeout, extra_headers, extra_query)
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 1
        while True:
            request = http.build_request(method, url, **kwargs)
            started = self._log_request(request, attempt)
            try:
                response = await http.send(request, auth=auth) if auth is not None else await http.send(request)
            except httpx.TransportError as error:
                await asyncio.sleep(self._retry_after_failure(request, error, attempt, retries))
            else:
                self._log_response(request, response, started)
                if response.is_success:
                    return response
                delay = self._retry_after_status(request, response, attempt, retries)
                await response.aclose()
                await asyncio.sleep(delay)
            attempt += 1

    def send(self, call: "_runtime.Call[T]") -> Response[T]:
        """Send an operation's request, built by its module's `request(...)`, and return the whole
        Response (`status_code`, `headers`, `content`, `parsed`, `request_id`) instead of only the parsed
        answer: `client.send(list_things.request(...))`. Raises like the resource methods."""
        return call.response(_runtime.send(self, call), self.raise_on_unexpected_status)

    async def asend(self, call: "_runtime.Call[T]") -> Response[T]:
        """`send`, asynchronously."""
        return call.response(await _runtime.asend(self, call), self.raise_on_unexpected_status)

    @property
    def cost_centers(self) -> "CostCenters":
        """The operations tagged cost_centers (`lucca_invoices_client.api.cost_centers`)."""
        # imported on first use, so that a big API loads fast
        from .api.cost_centers import CostCenters

        return CostCenters(self)

    @property
    def purchases(self) -> "Purchases":
        """The operations tagged purchases (`lucca_invoices_client.api.purchases`)."""
        # imported on first use, so that a big API loads fast
        from .api.purchases import Purchases

        return Purchases(self)

    @property
    def aio(self) -> "AsyncResources":
        """The same operations, awaited: `await client.aio.<tag>.<method>(...)` (on the httpx.AsyncClient)."""
        return AsyncResources(self)

    def _log_request(self, request: httpx.Request, attempt: int) -> float:
        if logger.isEnabledFor(logging.DEBUG):
            suffix = f" (attempt {attempt})" if attempt > 1 else ""
            logger.debug("request %s %s%s", request.method, request.url, suffix)
        return time.monotonic()

    def _log_response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            request_id = request_id_of(response.headers)
            logger.debug(
                "response %s %s: %d %s in %.3f s%s",
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                time.monotonic() - started,
                f" (request id {request_id})" if request_id else "",
            )

    def _retry_after_status(
        self, request: httpx.Request, response: httpx.Response, attempt: int, max_retries: int
    ) -> float:
        """The wait before retrying a non-2xx answer, or raise its typed error (no retry left or allowed)."""
        retryable = response.status_code in RETRY_STATUSES or response.status_code >= 500
        delay = retry_delay(attempt, response.headers, self.max_retry_delay)
        if retryable and request.method in IDEMPOTENT_METHODS and attempt <= max_retries and delay is not None:
            logger.info(
                "retrying %s %s in %.2f s (retry %d of %d): status %d",
                request.method,
                request.url,
                delay,
                attempt,
                max_retries,
                response.status_code,
            )
            return delay
        response.read()
        error = error_for(response, request=_redacted(request), secrets=self._secrets())
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after(response.headers)
        if retryable and delay is None and logger.isEnabledFor(logging.INFO):
            logger.info(
                "not retrying %s %s: the server asks to wait longer than %.0f s",
                request.method,
                request.url,
                self.max_retry_delay,
            )
        raise error

    def _retry_after_failure(
        self, request: httpx.Request, failure: httpx.TransportError, attempt: int, max_retries: int
    ) -> float:
        """The wait before retrying a request that got no answer, or raise APIConnectionError/APITimeoutError.
        Idempotent methods are retried after any transport failure; others only when the connection was
        never made (nothing was sent)."""
        never_sent = isinstance(failure, httpx.ConnectError | httpx.ConnectTimeout)
        if attempt <= max_retries and (never_sent or request.method in IDEMPOTENT_METHODS):
            delay = backoff(attempt)
            logger.info(
                "retrying %s %s in %.2f s (retry %d of %d): %s",
                request.method,
                request.url,
                delay,
                attempt,
                max_retries,
                type(failure).__name__,
            )
            return delay
        detail = str(failure)
        for secret in self._secrets():
            if secret:
                detail = detail.replace(secret, "<redacted>")
        if isinstance(failure, httpx.TimeoutException):
            message = f"no response to {request.method} {request.url} within the timeout ({type(failure).__name__})"
            raise APITimeoutError(message, _redacted(request)) from failure
        message = f"{type(failure).__name__} on {request.method} {request.url}: {detail}"
        raise APIConnectionError(message, _redacted(request)) from failure

    def close(self) -> None:
        """Close the connections of the httpx.Client this client created; a later call opens new ones."""
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the connections of the httpx.AsyncClient this client created (see `close`)."""
        if self._async_client is not None and self._owns_async_client:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        """`with client:` closes the connections at the end; the client can be used (and entered) again."""
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.aclose()


class AsyncResources:
    """`client.aio`: every resource of the client, with awaitable methods."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def cost_centers(self) -> "AsyncCostCenters":
        """The operations tagged cost_centers, awaited."""
        from .api.cost_centers import AsyncCostCenters

        return AsyncCostCenters(self._client)

    @property
    def purchases(self) -> "AsyncPurchases":
        """The operations tagged purchases, awaited."""
        from .api.purchases import AsyncPurchases

        return AsyncPurchases(self._client)


@define
class AuthenticatedClient(Client):
    """A client that authenticates every request with your API key (`lucca application=<api key>` in `Authorization`).

    `api_key` defaults to the environment variable named by API_KEY_ENV (LUCCA_API_KEY); without
    either, the constructor raises errors.ConfigurationError. The key is never shown: not in repr(), not in
    log lines, not in exception messages.
    """

    api_key: str = field(factory=_api_key_from_environment, kw_only=True, repr=False)

    def _auth(self) -> httpx.Auth | None:
        return ApiKeyAuth(self.api_key)

    def _secrets(self) -> tuple[str, ...]:
        return (self.api_key,)
