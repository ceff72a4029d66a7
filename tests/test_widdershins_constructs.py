"""Constructs Widdershins 4.0.1 writes that Simpro's pages do not have, each from a small source spec
written here, rendered by the real Widdershins with Simpro's flags, imported, and compared with the source
(tests/widdershins_fidelity.py: operations by `outline`, schemas by `compare_schemas`). Where the page
lacks what the source said, the test asserts the warning that says so, at its line."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.importers.base import ImportResult
from tests.widdershins_fidelity import compare_schemas, import_markdown, outline, render_spec

OK = {"200": {"description": "OK"}}


def spec(paths: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "Constructs", "version": "1.0"}, **top, "paths": paths}


def rendered(source: dict[str, Any], tmp_path: Path) -> tuple[ImportResult, Path]:
    markdown = render_spec(source, tmp_path)
    return import_markdown(markdown), markdown


def line_of(markdown: Path, text: str) -> str:
    """The 1-based line number of the first line equal to `text`."""
    return str(markdown.read_text(encoding="utf-8").split("\n").index(text) + 1)


def assert_matches(source: dict[str, Any], imported: dict[str, Any]) -> None:
    want, got = outline(source), outline(imported)
    assert got == want
    unequal = [c for c in compare_schemas(source, imported) if not c.equal]
    assert not unequal


# -- callbacks -------------------------------------------------------------------------------------------
def _callback_operation(operation_id: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": f"{operation_id} summary",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"type": "object", "required": ["id"], "properties": properties},
                }
            },
        },
        "responses": {"204": {"description": "Received"}, "410": {"description": "Unsubscribed"}},
    }


CALLBACKS = spec(
    {
        "/subscriptions": {
            "post": {
                "operationId": "subscribe",
                "parameters": [{"name": "url", "in": "query", "required": True, "schema": {"type": "string"}}],
                "responses": {"201": {"description": "Subscribed"}},
                "callbacks": {
                    "onEvent": {
                        "{$request.query.url}/events": {
                            "post": _callback_operation(
                                "onEvent",
                                {"id": {"type": "integer"}, "kind": {"type": "string", "enum": ["a", "b"]}},
                            ),
                            "delete": _callback_operation("onEventDelete", {"id": {"type": "string"}}),
                        },
                        "{$request.query.url}/other": {"post": _callback_operation("onOther", {"id": {}})},
                    },
                    "onCancel": {"{$request.query.url}/cancel": {"post": _callback_operation("onCancel", {"id": {}})}},
                },
            }
        }
    }
)
EVENTS = "{$request.query.url}/events"


def test_callbacks_are_read_as_operation_callbacks(tmp_path: Path) -> None:
    result, _ = rendered(CALLBACKS, tmp_path)
    imported = result.document["paths"]["/subscriptions"]["post"]
    assert list(imported["callbacks"]) == ["onEvent", "onCancel"]
    on_event = imported["callbacks"]["onEvent"][EVENTS]["post"]
    assert on_event["operationId"] == "onEvent" and on_event["summary"] == "onEvent summary"
    assert "tags" not in on_event
    assert imported["callbacks"]["onEvent"][EVENTS]["put"]["operationId"] == "onEventDelete"
    # All that the page shows comes back as the source said: not the method of a second operation under
    # one expression (see the next test), nor the callbacks after the first (the one after that).
    source = copy.deepcopy(CALLBACKS)
    callbacks = source["paths"]["/subscriptions"]["post"]["callbacks"]
    callbacks["onEvent"][EVENTS]["put"] = callbacks["onEvent"][EVENTS].pop("delete")
    callbacks["onCancel"] = {}
    assert_matches(source, result.document)


def test_a_callbacks_method_is_not_on_the_page_and_the_guess_is_a_located_warning(tmp_path: Path) -> None:
    result, markdown = rendered(CALLBACKS, tmp_path)
    guesses = [(d.place, d.message) for d in result.diagnostics if d.code == "widdershins-callback-method"]
    events, other = line_of(markdown, f"**{EVENTS}**"), line_of(markdown, "**{$request.query.url}/other**")
    assert [place for place, _ in guesses] == [events, events, other]
    assert "recorded as POST" in guesses[0][1] and "recorded as PUT" in guesses[1][1]
    # callbacks.def prints the parent's `POST /subscriptions` for every callback operation.
    assert markdown.read_text(encoding="utf-8").count("`POST /subscriptions`") == 4


def test_callbacks_after_the_first_are_printed_by_name_only_and_said_so(tmp_path: Path) -> None:
    """callbacks.def looks the next callback up on `data.operation`, which by then is the callback operation
    it just rendered: Widdershins 4.0.1 prints an operation's later callbacks as a bare `#### name`."""
    result, markdown = rendered(CALLBACKS, tmp_path)
    assert result.document["paths"]["/subscriptions"]["post"]["callbacks"]["onCancel"] == {}
    [lost] = [d for d in result.diagnostics if d.code == "widdershins-callback-lost"]
    assert lost.place == line_of(markdown, "#### onCancel") and "onCancel" in lost.message


@pytest.mark.parametrize("empty", [{}, {"onNothing": {}}])
def test_empty_callbacks_import_empty(empty: dict[str, Any], tmp_path: Path) -> None:
    source = spec({"/a": {"get": {"responses": OK, "callbacks": empty}}})
    result, _ = rendered(source, tmp_path)
    assert result.document["paths"]["/a"]["get"]["callbacks"] == empty
