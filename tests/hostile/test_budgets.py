"""Budgets, encodings, shape and retrieval, unit by unit (the CLI cases are in test_hostile_inputs.py)."""

from __future__ import annotations

import copy
import pickle
import socket
import urllib.request
from pathlib import Path
from typing import Any, NoReturn

import pytest

from generator.budgets import MAX_ALIAS_EXPANSION, MAX_NESTING
from generator.curate import lint as lint_module
from generator.curate.lint import lint
from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.shape import check_shape
from generator.textfiles import read_document
from generator.yamlio import load_yaml

# --- YAML budgets -----------------------------------------------------------------------------------


def flow_lists(depth: int) -> str:
    return "[" * depth + "]" * depth + "\n"


def test_nesting_up_to_the_budget_loads() -> None:
    assert load_yaml(flow_lists(MAX_NESTING), file="f.yaml") is not None


def test_one_level_more_is_refused_at_its_line_and_column() -> None:
    with pytest.raises(SpecFoundryError, match="nests deeper than") as raised:
        load_yaml("a: 1\nb: " + flow_lists(MAX_NESTING), file="f.yaml", line_offset=10)
    assert raised.value.place == f"12:{3 + MAX_NESTING}"  # the opening bracket of level 65, line 2 + offset


def test_alias_expansion_is_counted_once_per_shared_node() -> None:
    # three levels of ten aliases: the last line expands to 1 + 10 * (1 + 10 * (1 + 10)) = 1,111 nodes
    text = "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [" + ", ".join(["*a"] * 10) + "]\n"
    text += "c: [" + ", ".join(["*b"] * 10) + "]\n"
    loaded = load_yaml(text, file="f.yaml")
    assert len(loaded["c"]) == 10 and loaded["c"][9][9] == [1] * 10


def test_aliases_may_expand_to_exactly_the_budget() -> None:
    uses = MAX_ALIAS_EXPANSION // 1000  # an anchored list of 999 scalars is 1,000 nodes
    text = f"a: &a [{', '.join(['1'] * 999)}]\nb: [{', '.join(['*a'] * uses)}]\n"
    assert len(load_yaml(text, file="f.yaml")["b"]) == uses


def test_one_alias_more_is_refused_at_that_alias() -> None:
    uses = MAX_ALIAS_EXPANSION // 1000 + 1
    text = f"a: &a [{', '.join(['1'] * 999)}]\nb: [{', '.join(['*a'] * uses)}]\n"
    with pytest.raises(SpecFoundryError, match="alias bomb") as raised:
        load_yaml(text, file="f.yaml")
    column = text.splitlines()[1].rindex("*a") + 1
    assert raised.value.place == f"2:{column}"


def test_a_billion_laughs_is_refused_without_expanding_it() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    with pytest.raises(SpecFoundryError, match="alias bomb") as raised:
        load_yaml("\n".join(lines) + "\n", file="f.yaml")
    line = int(str(raised.value.place).split(":")[0])
    assert lines[line - 1].count("*") == 9


def test_a_recursive_alias_is_refused() -> None:
    with pytest.raises(SpecFoundryError, match="recursive structure"):
        load_yaml("a: &a {b: *a}\n", file="f.yaml")


def test_aliased_nodes_are_copied_not_shared() -> None:
    loaded = load_yaml("a: &a {x: 1}\nb: *a\nc: {<<: *a, y: 2}\n", file="f.yaml")
    loaded["a"]["x"] = 2
    assert loaded["b"] == {"x": 1} and loaded["c"] == {"x": 1, "y": 2}


# --- text files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "place", "says"),
    [
        (b"ok\nbad \xe9 here\n", "2:5", "byte 0xe9 at byte offset 7"),
        (b"\xef\xbb\xbfok\n\xc3", "2:1", "not UTF-8"),
        (b"text\n\x00\x01", "2:1", "NUL byte at byte offset 5"),
        ("utf-16 text".encode("utf-16"), "1", "UTF-16"),
        ("utf-32 text".encode("utf-32"), "1", "UTF-32"),
    ],
)
def test_undecodable_documents_name_the_line(tmp_path: Path, data: bytes, place: str, says: str) -> None:
    path = tmp_path / "doc.md"
    path.write_bytes(data)
    with pytest.raises(SpecFoundryError, match=says) as raised:
        read_document(path, label="doc.md")
    assert (raised.value.file, raised.value.place) == ("doc.md", place)


def test_a_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_bytes(b"\xef\xbb\xbfopenapi: 3.1.0\n")
    assert read_document(path) == "openapi: 3.1.0\n"


def test_an_oversized_document_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"line\n" * 100)
    with pytest.raises(SpecFoundryError, match="500 bytes, over the budget of 42 bytes") as raised:
        read_document(path, limit=42)
    assert raised.value.place == "9"  # 42 bytes hold 8 full lines; the 9th crosses the budget


# --- shape ----------------------------------------------------------------------------------------------

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/a/{id}": {
            "get": {
                "operationId": "getA",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}},
                    }
                },
            }
        }
    },
    "components": {"schemas": {"A": {"type": "object", "properties": {"b": True}, "additionalProperties": False}}},
}


def test_a_well_formed_document_has_no_shape_problem() -> None:
    assert check_shape(SPEC, file="f") == []


def test_every_shape_problem_is_reported_with_its_pointer() -> None:
    document = copy.deepcopy(SPEC)
    document["info"] = "x"
    operation = document["paths"]["/a/{id}"]["get"]
    operation["parameters"][0].pop("name")
    operation["responses"]["200"]["content"] = ["application/json"]
    document["components"]["schemas"]["A"]["required"] = "b"
    document["components"]["schemas"]["B"] = None
    places = [item.place for item in check_shape(document, file="f")]
    assert places == [
        "/info",
        "/paths/~1a~1{id}/get/parameters/0/name",
        "/paths/~1a~1{id}/get/responses/200/content",
        "/components/schemas/A/required",
        "/components/schemas/B",
    ]


@pytest.mark.parametrize(("value", "says"), [([], "is a list"), ("text", "is a string"), (None, "is nothing")])
def test_a_document_that_is_not_a_mapping(value: Any, says: str) -> None:
    (problem,) = check_shape(value, file="f")
    assert says in problem.message and problem.place == "/"


@pytest.mark.parametrize(
    ("version", "ok"), [("3.0.3", True), (3.1, True), ("2.0", False), (None, False), (True, False)]
)
def test_only_openapi_3_0_and_3_1_are_read(version: Any, ok: bool) -> None:
    document = {**SPEC, "openapi": version}
    assert (check_shape(document, file="f") == []) is ok


# --- lint: nothing is retrieved, every place is precise ------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        raise AssertionError(f"network access: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("ref", ["http://127.0.0.1:9/x.json", "file:///etc/passwd", "other.yaml#/A"])
def test_the_spec_validator_retrieves_nothing(ref: str) -> None:
    """Even past our own reference check, openapi-spec-validator's resolver refuses to fetch or read."""
    document = copy.deepcopy(SPEC)
    document["components"]["schemas"]["A"] = {"$ref": ref}
    (finding,) = lint_module._validate_structure(document, "f")
    assert finding.code == "unresolved-ref" and finding.place == "/components/schemas/A/$ref"


@pytest.mark.usefixtures("no_network")
def test_the_example_validator_retrieves_nothing() -> None:
    document = copy.deepcopy(SPEC)
    media = document["paths"]["/a/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": "http://127.0.0.1:9/schema.json"}
    media["example"] = {"b": 1}
    (finding,) = lint_module._lint_examples(document, "f")
    assert finding.code == "unresolved-ref" and "http://127.0.0.1:9/schema.json" in finding.message


@pytest.mark.usefixtures("no_network")
def test_lint_reports_remote_and_missing_refs_without_validating() -> None:
    document = copy.deepcopy(SPEC)
    document["components"]["schemas"]["A"]["properties"]["b"] = {"$ref": "https://example.com/b.json"}
    document["components"]["schemas"]["C"] = {"$ref": "#/components/schemas/Nope"}
    messages = [(item.place, item.message) for item in lint(document, file="f")]
    assert messages == [
        ("/components/schemas/A/properties/b/$ref", "$ref 'https://example.com/b.json' points outside this document"),
        ("/components/schemas/C/$ref", "$ref '#/components/schemas/Nope' points to nothing"),
    ]


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda d: d.__setitem__("x", 1), "/x"),  # an unexpected root property
        (lambda d: d.pop("info"), "/info"),  # a missing root property
        (lambda d: d["paths"]["/a/{id}"]["get"]["parameters"][0].update({"in": "body"}), "/in"),
        (lambda d: d["paths"]["/a/{id}"]["get"]["parameters"][0].update({"name": "other"}), "/get"),
        (lambda d: d["paths"]["/a/{id}"]["get"]["parameters"].append({"name": "id", "in": "path"}), "/parameters"),
        (lambda d: d["components"]["schemas"]["A"].update({"type": "objekt"}), "/components/schemas/A"),
    ],
)
def test_validator_errors_have_a_precise_place(change: Any, place: str) -> None:
    document = copy.deepcopy(SPEC)
    change(document)
    findings = [item for item in lint(document, file="f") if item.level is Level.ERROR]
    assert findings, "the change should be an error"
    for item in findings:
        assert item.place not in (None, "", "/"), item.render()
    assert any(str(item.place).endswith(place) or str(item.place).startswith(place) for item in findings), [
        item.render() for item in findings
    ]


def test_a_reference_reached_place_is_given_where_the_target_is_written() -> None:
    document = copy.deepcopy(SPEC)
    document["components"]["schemas"]["A"]["properties"]["b"] = {"type": "string", "default": 3}
    (finding,) = [item for item in lint(document, file="f") if item.code == "default-mismatch"]
    assert finding.place == "/components/schemas/A/properties/b/default"  # a warning: generators coerce it


# --- one error, every problem ----------------------------------------------------------------------------


def test_an_error_with_several_problems_renders_them_all_and_survives_pickling() -> None:
    problems = [
        Diagnostic(Level.ERROR, "first", file="a.md", place="/info", fix="fix a"),
        Diagnostic(Level.ERROR, "second", file="b.md", place="3:1", fix="fix b"),
    ]
    error = SpecFoundryError.from_diagnostics("two problems", problems, file="specs/x", fix="see below")
    restored = pickle.loads(pickle.dumps(error))
    assert restored.diagnostics == error.diagnostics
    text = restored.render()
    assert "a.md:/info: first" in text and "b.md:3:1: second" in text and "(2 problem(s))" in text


def test_a_single_problem_is_raised_as_itself() -> None:
    only = Diagnostic(Level.ERROR, "only", file="a.md", place="/info", fix="fix it")
    error = SpecFoundryError.from_diagnostics("summary", [only], file="specs/x")
    assert (error.message, error.file, error.place, error.fix, error.diagnostics) == (
        "only",
        "a.md",
        "/info",
        "fix it",
        (),
    )
