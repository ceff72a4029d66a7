"""Retries of the generated clients against a real loopback server: which statuses and failures are
retried, for which methods, how long the client waits (Retry-After in seconds, as an HTTP date, invalid,
beyond the cap) and that every retry is logged."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
import simpro_client
from simpro_client.client import MAX_RETRY_DELAY, retry_after, retry_delay

from tests.loopback import RecordedRequest, Reply, loopback_server
from tests.test_simpro_client import create_invoice_body

TOKEN = "simpro-T0ken-9e1d"
errors = simpro_client.errors


def fail_then_succeed(*failures: Reply) -> tuple[list[Reply], object]:
    pending = list(failures)

    def responder(request: RecordedRequest) -> Reply:
        return pending.pop(0) if pending else Reply(body=[])

    return pending, responder


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520, 599])
def test_idempotent_requests_are_retried_on_retryable_statuses(status: int) -> None:
    _, responder = fail_then_succeed(Reply(status=status, headers={"Retry-After": "0"}))
    with loopback_server(responder) as server:  # type: ignore[arg-type]
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1) == []
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 499])
def test_other_statuses_are_not_retried(status: int) -> None:
    with loopback_server(lambda request: Reply(status=status)) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        with pytest.raises(errors.APIStatusError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    assert len(server.requests) == 1


def test_dropped_connections_and_timeouts_are_retried_for_get_but_not_post(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="simpro_client")
    _, responder = fail_then_succeed(Reply(drop=True), Reply(delay=0.6, body=[]))
    with loopback_server(responder) as server:  # type: ignore[arg-type]
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, timeout=httpx.Timeout(0.3))
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1) == []
    assert len(server.requests) == 3
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 2 and retries[0].levelno == logging.INFO
    assert "RemoteProtocolError" in retries[0].getMessage() and "ReadTimeout" in retries[1].getMessage()
    with loopback_server(lambda request: Reply(drop=True)) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        with pytest.raises(errors.APIConnectionError):
            client.invoices.create(company_id=0, body=create_invoice_body())
    assert len(server.requests) == 1  # the POST may have reached the server: never replayed


def test_a_refused_connection_is_retried_even_for_post(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="simpro_client")
    client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url="http://127.0.0.1:9", max_retries=2)
    with pytest.raises(errors.APIConnectionError):
        client.invoices.create(company_id=0, body=create_invoice_body())
    assert sum(r.getMessage().startswith("retrying POST") for r in caplog.records) == 2  # nothing was sent


def test_retries_stop_after_max_retries() -> None:
    with loopback_server(lambda request: Reply(status=503, headers={"Retry-After": "0"})) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, max_retries=2)
        with pytest.raises(errors.InternalServerError):
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
    assert len(server.requests) == 3


def test_retry_after_as_an_http_date_is_waited_for() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
    _, responder = fail_then_succeed(Reply(status=429, headers={"Retry-After": when}))
    with loopback_server(responder) as server:  # type: ignore[arg-type]
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        started = time.monotonic()
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1) == []
        waited = time.monotonic() - started
    assert 0.8 <= waited <= 3.0  # an HTTP date has 1 s resolution


@pytest.mark.parametrize("value", ["nan", "-1", "inf", "soon", "", "1e400", "Mon, 99 Foo 2024"])
def test_invalid_retry_after_is_ignored_for_backoff(value: str) -> None:
    assert retry_after(httpx.Headers({"Retry-After": value})) is None
    delay = retry_delay(1, httpx.Headers({"Retry-After": value}))
    assert delay is not None and 0.375 <= delay <= 0.5
    _, responder = fail_then_succeed(Reply(status=503, headers={"Retry-After": value}))
    with loopback_server(responder) as server:  # type: ignore[arg-type]
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        assert client.invoice_cost_centers.list(company_id=0, invoice_id=1) == []
    assert len(server.requests) == 2


def test_retry_after_forms() -> None:
    assert retry_after(httpx.Headers({"Retry-After": "120"})) == 120.0
    assert retry_after(httpx.Headers({"Retry-After": " 1.5 "})) == 1.5
    assert retry_after(httpx.Headers({"retry-after-ms": "250"})) == 0.25
    past = format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)
    assert retry_after(httpx.Headers({"Retry-After": past})) == 0.0
    assert retry_after(httpx.Headers()) is None


def test_a_retry_after_beyond_the_cap_raises_at_once_with_the_requested_wait(caplog: pytest.LogCaptureFixture) -> None:
    """Decision: 120 s is not cut to the cap (a retry before the server's time would fail again) nor waited
    out (a call hanging for minutes): the RateLimitError is raised at once and says how long to wait."""
    caplog.set_level(logging.INFO, logger="simpro_client")
    assert MAX_RETRY_DELAY == 60.0
    with loopback_server(lambda request: Reply(status=429, headers={"Retry-After": "120"})) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        started = time.monotonic()
        with pytest.raises(errors.RateLimitError) as limited:
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
        assert time.monotonic() - started < 1.0
        assert limited.value.retry_after == 120.0 and len(server.requests) == 1
        assert "longer than 60 s" in caplog.text
        patient = simpro_client.AuthenticatedClient(
            api_key=TOKEN, base_url=server.url, max_retry_delay=200, max_retries=0
        )
        with pytest.raises(errors.RateLimitError):
            patient.invoice_cost_centers.list(company_id=0, invoice_id=1)


def test_backoff_grows_and_is_jittered() -> None:
    from simpro_client.client import backoff

    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (9, 8.0)]:
        delays = [backoff(attempt) for _ in range(100)]
        assert all(0.75 * ceiling <= delay <= ceiling for delay in delays), attempt
        assert len(set(delays)) > 90
