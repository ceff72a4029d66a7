"""The escaping filters (generator/escaping.py), one per output language, against any text at all: what
they emit is read back by the real parser of that language (Python's, TOML's) and gives the text back."""

from __future__ import annotations

import ast
import keyword
import re
import tomllib

import jinja2
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.escaping import (
    UnescapedVendorText,
    VendorText,
    install,
    md,
    md_code,
    md_fence,
    md_message,
    py_comment,
    py_doc,
    py_ident,
    py_str,
    toml_str,
    vendor,
)
from tests.hostile.strategies import hostile_text

EXAMPLES = settings(max_examples=400, derandomize=True, deadline=None)


@EXAMPLES
@given(hostile_text)
@example('"""; import os #')
@example('ends with a quote"')
@example("\\")
def test_py_str_evaluates_back_to_the_text(text: str) -> None:
    literal = py_str(text)
    tree = ast.parse(literal, mode="eval")
    assert isinstance(tree.body, ast.Constant)
    assert tree.body.value == text
    assert "\n" not in literal and "\x00" not in literal


@EXAMPLES
@given(hostile_text)
@example('"')
@example('""')
@example('a"""b')
@example("\\")
@example("trailing backslash \\")
def test_py_doc_is_a_docstring_that_evaluates_back_to_the_text(text: str) -> None:
    source = f'def f():\n    """{py_doc(text)}"""\n'
    tree = ast.parse(source)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1  # the docstring, nothing else
    assert ast.get_docstring(function, clean=False) == text


@EXAMPLES
@given(hostile_text)
def test_py_doc_keeps_carriage_returns_exactly(text: str) -> None:
    tree = ast.parse(f'"""{py_doc(text)}"""', mode="eval")
    assert isinstance(tree.body, ast.Constant) and tree.body.value == text


@EXAMPLES
@given(hostile_text, st.integers(min_value=10, max_value=120), st.integers(min_value=0, max_value=12))
def test_py_doc_wrapped_and_indented_is_still_one_docstring(text: str, width: int, indent: int) -> None:
    tree = ast.parse(f'"""{py_doc(text, width=width, indent=indent)}"""', mode="eval")
    assert isinstance(tree.body, ast.Constant) and isinstance(tree.body.value, str)


@EXAMPLES
@given(hostile_text)
def test_py_comment_stays_one_comment_line(text: str) -> None:
    source = f"# {py_comment(text)}\nvalue = 1\n"
    tree = ast.parse(source)
    assert [type(node) for node in tree.body] == [ast.Assign]
    assert len(source.splitlines()) == 2


@EXAMPLES
@given(hostile_text)
def test_toml_str_reads_back_as_the_text(text: str) -> None:
    parsed = tomllib.loads(f"key = {toml_str(text)}\nother = 1\n")
    expected = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)  # TOML holds no surrogates
    assert parsed == {"key": expected, "other": 1}


@EXAMPLES
@given(hostile_text)
def test_markdown_text_cannot_open_structure(text: str) -> None:
    inline = md(text)
    assert "\n" not in inline and "\r" not in inline
    for character in "`*_[]<>|~":
        assert inline.count(character) == inline.count("\\" + character) + _escaped_backslashes(inline, character)


def _escaped_backslashes(text: str, character: str) -> int:
    # `\\` before the character is an escaped backslash, and then the character itself must be escaped too:
    # counted by the first term already. Only `\` itself needs this correction.
    return text.count("\\\\") if character == "\\" else 0


@EXAMPLES
@given(hostile_text)
def test_markdown_code_span_is_one_span(text: str) -> None:
    span = md_code(text)
    fence = span[: len(span) - len(span.lstrip("`"))]
    inner = span[len(fence) : len(span) - len(fence)]
    assert "\n" not in span and fence not in inner
    assert "|" not in md_code(text, table=True).replace("\\|", "")


@EXAMPLES
@given(hostile_text)
def test_markdown_fence_is_never_closed_early(text: str) -> None:
    block = md_fence(text, "python")
    fence = block.split("python", 1)[0]
    body = block[len(fence) + len("python") + 1 : -len(fence) - 1]
    assert all(not line.strip().startswith(fence) for line in body.splitlines())


@EXAMPLES
@given(hostile_text)
def test_py_ident_is_a_safe_identifier(text: str) -> None:
    name = py_ident(text, reserved=["timeout"])
    assert name.isidentifier() and name.isascii()
    assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
    assert name != "timeout"


def test_py_ident_examples() -> None:
    assert py_ident("companyID") == "company_id"
    assert py_ident("class") == "class_"
    assert py_ident("9lives") == "v_9lives"
    assert py_ident('"; import os') == "import_os"
    assert py_ident("") == "value"
    assert py_ident("base_url", reserved=["base_url"]) == "base_url_"


def test_vendor_text_cannot_be_rendered_without_a_filter() -> None:
    environment = install(jinja2.Environment(undefined=jinja2.StrictUndefined))
    data = {"title": VendorText('x"; import os')}
    with pytest.raises(UnescapedVendorText):
        environment.from_string('TITLE = "{{ title }}"').render(**data)
    with pytest.raises(UnescapedVendorText):  # a non-escaping filter does not launder it either
        environment.from_string("{{ title | upper }}").render(**data)
    assert environment.from_string("TITLE = {{ title | py_str }}").render(**data) == "TITLE = 'x\"; import os'"


def test_vendor_text_compares_and_tests_like_its_value() -> None:
    wrapped = vendor({"names": ["page", "pageSize"], "empty": "", "none": None})
    assert "page" in wrapped["names"] and wrapped["names"][0] == "page"
    assert not wrapped["empty"] and wrapped["none"] is None


@EXAMPLES
@given(hostile_text)
def test_markdown_message_keeps_quoted_names_as_code_and_the_rest_as_text(text: str) -> None:
    message = md_message(f"property `{text}` removed", table=True)
    assert "\n" not in message and "|" not in message.replace("\\|", "")
    assert message.endswith(" removed")


def test_a_drift_report_shows_vendor_names_as_text_not_markup() -> None:
    from generator.drift import render_markdown
    from generator.drift.model import Change, ChangeLevel
    from generator.drift.report import DriftReport

    hostile = "<img src=x onerror=alert(1)>|[link](http://evil)"
    change = Change(
        id="api-path-removed-without-deprecation",
        level=ChangeLevel.BREAKING,
        place=f"#/paths/{hostile}",
        message=f"path `{hostile}` removed; also {hostile}",
        operation=f"GET {hostile}",
        operations=(f"GET {hostile}",),
        symbols=(f"Model.{hostile}",),
    )
    report = DriftReport.build("tiny", "1.0.0", [change], [], [f"overlay {hostile}"])
    text = render_markdown(report)
    outside_code = re.sub(r"(`+)(?:(?!\1).)+?\1", "", text)
    assert not re.search(r"(?<!\\)<img", outside_code) and not re.search(r"(?<!\\)\]\(http", outside_code)
    row = next(line for line in text.splitlines() if line.startswith("| `api-path-removed-without-deprecation`"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 6  # five cells: no vendor pipe splits the row
