"""Issue 12, item 11: every claim of a generated client README is exercised by a test. The usage examples
run against the real Prism mock server; the method and configuration tables are checked against the
package; every section names the tests that hold its claims, and a README section without any fails."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lucca_invoices_client
import pytest
import simpro_client

from tests.loopback import RecordedRequest, Reply, loopback_server

REPO = Path(__file__).resolve().parents[1]
CLIENTS = {
    "simpro-client": (simpro_client, REPO / "specs" / "simpro" / "openapi.yaml"),
    "lucca-invoices-client": (lucca_invoices_client, REPO / "specs" / "lucca-invoices" / "openapi.yaml"),
}

# Where each README section's claims are tested (file::function); `**Bold.**` paragraphs count as sections.
CLAIMS = {
    "Install": ["test_lucca_client.py::test_package_installs_with_pip_and_passes_mypy_strict"],
    "Usage": [
        "test_client_readme.py::test_every_python_example_runs_against_prism",
        "test_client_readme.py::test_the_method_table_is_the_client_surface",
        "test_client_resources.py::test_docstrings_carry_every_parameter_description_from_the_spec",
        "test_client_resources.py::test_docstrings_list_the_documented_errors_that_are_really_raised",
        "test_client_resources.py::test_async_twins_and_iterate_from_a_given_page",
        "test_client_resources.py::test_every_simpro_method_without_a_body_works_against_prism",
        "test_client_errors.py::test_detailed_variants_give_the_raw_2xx_response_with_the_request_id",
        "test_lucca_client.py::test_the_key_never_shows",
        "test_simpro_client.py::test_token_never_shows_and_build_is_required",
    ],
    "Pages.": [
        "test_client_resources.py::test_async_twins_and_iterate_from_a_given_page",
        "test_simpro_client.py::test_iterator_follows_result_pages_with_page_size_and_bearer",
        "test_simpro_client.py::test_iterator_stops_without_result_pages_header",
        "test_client_readme.py::test_iterate_stops_at_an_empty_page",
    ],
    "Whole responses.": [
        "test_client_resources.py::test_methods_raise_on_an_undocumented_2xx_while_send_gives_the_whole_response",
        "test_client_errors.py::test_detailed_variants_give_the_raw_2xx_response_with_the_request_id",
    ],
    "Errors": [
        "test_client_errors.py::test_every_status_from_400_to_599_raises_its_typed_error",
        "test_client_errors.py::test_a_dropped_connection_raises_api_connection_error",
        "test_client_errors.py::test_a_stall_past_the_timeout_raises_api_timeout_error",
        "test_client_errors.py::test_lucca_errors_are_typed_too_sync_and_async",
        "test_client_error_models.py::test_clients_without_documented_error_bodies_always_give_none",
        "test_client_error_models.py::test_explicit_statuses_parse_into_the_documented_model_and_others_are_none",
        "test_client_error_models.py::test_resolution_is_exact_status_then_range_then_default",
        "test_client_error_models.py::test_malformed_error_bodies_give_none_and_the_raw_body_never_a_parse_error",
        "test_client_error_models.py::test_mypy_strict_types_parsed_as_the_union_of_documented_models",
    ],
    "Retries": [
        "test_client_retries.py::test_idempotent_requests_are_retried_on_retryable_statuses",
        "test_client_retries.py::test_dropped_connections_and_timeouts_are_retried_for_get_but_not_post",
        "test_client_retries.py::test_a_refused_connection_is_retried_even_for_post",
        "test_client_retries.py::test_retry_after_as_an_http_date_is_waited_for",
        "test_client_retries.py::test_invalid_retry_after_is_ignored_for_backoff",
        "test_client_retries.py::test_a_retry_after_beyond_the_cap_raises_at_once_with_the_requested_wait",
        "test_client_retries.py::test_backoff_grows_and_is_jittered",
        "test_client_config.py::test_each_request_response_and_retry_is_logged_without_the_key",
    ],
    "Per-call options": [
        "test_client_tolerant.py::test_per_call_options_reach_the_wire_and_do_not_leak",
        "test_client_tolerant.py::test_per_call_options_on_async_and_iterate",
        "test_client_tolerant.py::test_a_per_call_timeout_applies_to_that_call_only",
        "test_client_tolerant.py::test_per_call_max_retries_applies_to_that_call_only",
        "test_client_tolerant.py::test_client_request_takes_the_options_and_timeout_none_means_no_timeout",
    ],
    "Responses from a newer API": [
        "test_client_tolerant.py::test_an_unknown_simpro_time_zone_and_a_sparse_company_parse",
        "test_client_tolerant.py::test_known_values_are_still_members_and_the_constructor_stays_strict",
        "test_client_tolerant.py::test_an_unknown_lucca_purchase_state_is_kept",
        "test_client_tolerant.py::test_a_missing_required_field_is_unset_not_a_key_error",
    ],
    "Configuration": [
        "test_client_readme.py::test_the_configuration_table_is_the_constructor",
        "test_client_config.py::test_the_key_comes_from_the_environment_variable_named_in_api_toml",
        "test_client_config.py::test_required_server_variables_are_checked_at_construction",
        "test_client_config.py::test_the_context_manager_can_be_used_again_and_close_reopens",
        "test_client_config.py::test_event_hooks_and_transports_in_httpx_args_keep_auth_retries_and_errors",
        "test_client_config.py::test_async_event_hooks_and_transport_in_httpx_args_keep_auth_retries_and_errors",
        "test_client_config.py::test_a_callers_own_httpx_client_keeps_auth_retries_and_typed_errors",
        "test_client_tolerant.py::test_client_request_takes_the_options_and_timeout_none_means_no_timeout",
    ],
    "Logging and diagnostics": [
        "test_client_config.py::test_each_request_response_and_retry_is_logged_without_the_key",
        "test_client_config.py::test_package_log_environment_variable_turns_on_debug_logging",
        "test_client_config.py::test_user_agent_and_version",
    ],
}


def readme(package: str) -> str:
    return (REPO / "generated" / package / "README.md").read_text(encoding="utf-8")


def sections(text: str) -> list[str]:
    return [*re.findall(r"^## (.+)$", text, flags=re.M), *re.findall(r"^\*\*([^*]+)\*\*", text, flags=re.M)]


@pytest.mark.parametrize("package", sorted(CLIENTS))
def test_every_readme_section_names_the_tests_of_its_claims(package: str) -> None:
    found = sections(readme(package))
    assert set(found) <= set(CLAIMS), sorted(set(found) - set(CLAIMS))
    assert {"Usage", "Errors", "Configuration"} <= set(found)
    for tests in CLAIMS.values():
        for reference in tests:
            file, function = reference.split("::")
            tree = ast.parse((REPO / "tests" / file).read_text(encoding="utf-8"))
            defined = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
            assert function in defined, reference


@pytest.mark.parametrize("package", sorted(CLIENTS))
def test_every_python_example_runs_against_prism(
    package: str, prism: Callable[[Path], str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The examples as written, with the client pointed at Prism (`base_url=` wins over the server URL)."""
    module, spec = CLIENTS[package]
    examples = re.findall(r"```python\n(.*?)```", readme(package), flags=re.S)
    assert examples
    for example in examples:
        pointed, count = re.subn(r"AuthenticatedClient\(", f'AuthenticatedClient(base_url="{prism(spec)}", ', example)
        assert count == 1
        exec(compile(pointed, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    if module is simpro_client:  # each cost center's id, name and total, then one cost center's name and claim
        assert re.search(r"^\d+ \S.* \d", printed, flags=re.M), printed
    else:
        assert re.search(r"^\d+ imported, \d+ failed validation$", printed, flags=re.M), printed


def _table(text: str, header: str) -> list[list[str]]:
    lines = text.splitlines()
    start = lines.index(header) + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


@pytest.mark.parametrize("package", sorted(CLIENTS))
def test_the_method_table_is_the_client_surface(package: str) -> None:
    """Every row names a method of the client (and of client.aio) that sends that request; every method of
    the client has a row."""
    module, _ = CLIENTS[package]
    client = module.AuthenticatedClient(api_key="k", base_url="http://127.0.0.1:9")
    rows = _table(readme(package), "| method | request | summary |")
    listed = set()
    for method_cell, request_cell, _summary in rows:
        attribute, method = re.fullmatch(r"`client\.(\w+)\.(\w+)\(\.\.\.\)`", method_cell).groups()  # type: ignore[union-attr]
        bound = getattr(getattr(client, attribute), method)
        assert inspect.iscoroutinefunction(
            getattr(getattr(client.aio, attribute), method)
        ) or inspect.isasyncgenfunction(getattr(getattr(client.aio, attribute), method))
        verb, path = request_cell.strip("`").split(" ", 1)
        build = importlib.import_module(bound.__module__).request
        required = {
            name: 1
            for name, p in inspect.signature(build).parameters.items()
            if p.default is p.empty and p.kind is p.KEYWORD_ONLY
        }
        call = build(**required)
        assert call.method == verb and call.url == path.format(**required), (method_cell, call)
        listed.add((attribute, method))
    surface = {
        (attribute, name)
        for attribute in {a for a, _ in listed}
        for name in vars(type(getattr(client, attribute)))
        if not name.startswith("_")
    }
    assert surface == listed
    resources = [name for name, _ in inspect.getmembers(type(client), lambda value: isinstance(value, property))]
    assert {a for a, _ in listed} == {r for r in resources if isinstance(getattr(client, r), module._runtime.Resource)}


@pytest.mark.parametrize("package", sorted(CLIENTS))
def test_the_configuration_table_is_the_constructor(package: str) -> None:
    module, _ = CLIENTS[package]
    parameters = inspect.signature(module.AuthenticatedClient).parameters
    rows = _table(readme(package), "| argument | default | meaning |")
    named = [name for row in rows for name in re.findall(r"`(\w+)`", row[0])]
    assert set(named) <= set(parameters), sorted(set(named) - set(parameters))
    assert set(parameters) <= set(named), sorted(set(parameters) - set(named))  # nothing undocumented
    defaults: dict[str, Any] = {row[0].strip("`"): row[1] for row in rows}
    client = module.AuthenticatedClient(api_key="k", base_url="http://127.0.0.1:9")
    assert defaults["timeout"] == f"{client.get_httpx_client().timeout.read} s"
    assert defaults["max_retries"] == str(client.max_retries)
    assert defaults["max_retry_delay"] == str(client.max_retry_delay)
    assert defaults["raise_on_unexpected_status"] == f"`{client.raise_on_unexpected_status}`"


def test_iterate_stops_at_an_empty_page() -> None:
    def pages(request: RecordedRequest) -> Reply:
        page = int(request.query["page"][0])
        return Reply(body=[{"ID": page}] if page == 1 else [], headers={"Result-Pages": "5"})

    with loopback_server(pages) as server:
        client = simpro_client.AuthenticatedClient(api_key="k", base_url=server.url)
        assert [item.id for item in client.invoice_cost_centers.iterate(company_id=0, invoice_id=1)] == [1]
    assert len(server.requests) == 2
