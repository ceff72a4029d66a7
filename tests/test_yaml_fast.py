"""The fast YAML paths give exactly what ruamel gives: `write_yaml` the bytes of ruamel's round-trip dump,
`read_plain` the data of ruamel's safe loader followed by `plain`, with the same budget errors. Held to the
ruamel paths (`_dump_with_ruamel`, `_load_with_ruamel`) on every real document we have, on generated documents
full of text YAML treats specially, and on what each fast path hands back to ruamel."""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.errors import SpecFoundryError
from generator.yamlio import _dump_with_ruamel, _load_with_ruamel, _load_yaml, dump_yaml, load_yaml
from generator.yamlread import Unsupported as ReadUnsupported
from generator.yamlread import read_plain
from generator.yamlwrite import MAX_DEPTH, write_yaml
from generator.yamlwrite import Unsupported as WriteUnsupported
from tests.conftest import REPO, SHARED
from tests.hostile.strategies import hostile_text


def fast_load(text: str, file: str = "f.yaml", line_offset: int = 0) -> Any:
    """The one-pass reader alone, also on JSON text (which load_yaml gives to the json module)."""
    return read_plain(YAML(typ="safe", pure=False).parse(text), file=file, line_offset=line_offset)


def same(a: Any, b: Any) -> bool:
    """Equal, with the same types throughout (True is not 1, 1.0 is not 1) and NaN equal to itself."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, datetime.datetime):
        return a == b and a.tzinfo == b.tzinfo
    return bool(a == b)


def outcome(load: Any, text: str, line_offset: int = 0) -> Any:
    """What loading gives: the data, or the error as the user sees it (or as Python raises it)."""
    try:
        return ("data", load(text, file="f.yaml", line_offset=line_offset))
    except SpecFoundryError as error:
        return ("error", error.message, error.place, error.fix)
    except Exception as error:  # e.g. ruamel's constructor on 2024-02-30: the same on both paths
        return ("raised", type(error), str(error))


def same_outcome(a: Any, b: Any) -> bool:
    return a[0] == b[0] and (same(a[1], b[1]) if a[0] == "data" else a == b)


# --- every real document ----------------------------------------------------------------------------------

_FENCE = re.compile(r"^(`{3,})(?:yaml|yml|json)\b[^\n]*\n(.*?)^\1", re.MULTILINE | re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)^---$", re.MULTILINE | re.DOTALL)


def documents() -> list[Path]:
    roots = [REPO / "specs", SHARED / "corpus" / "openapi-realworld", SHARED / "seeds"]
    suffixes = {".yaml", ".yml", ".json", ".md", ".txt"}
    return sorted(path for root in roots for path in root.rglob("*") if path.suffix in suffixes and path.is_file())


def yaml_texts(path: Path) -> list[str]:
    """A YAML or JSON file whole; the front matter and the fenced YAML and JSON blocks of a page export."""
    text = path.read_text(encoding="utf-8")
    if path.suffix not in (".md", ".txt"):
        return [text]
    front = [match.group(1) for match in _FRONT_MATTER.finditer(text)]
    return front + [match.group(2) for match in _FENCE.finditer(text)]


def test_the_corpus_is_there() -> None:
    found = documents()
    assert len([path for path in found if "openapi-realworld" in path.parts]) >= 47
    assert len([path for path in found if path.parent.name == "seeds"]) == 3
    assert sum(len(yaml_texts(path)) for path in found) > 1000


@pytest.mark.parametrize("path", documents(), ids=lambda path: str(path.relative_to(REPO.parent)))
def test_real_documents_load_and_dump_as_with_ruamel(path: Path) -> None:
    for text in yaml_texts(path):
        expected = _load_with_ruamel(text, file=path.name)
        loaded = fast_load(text, path.name)  # never Unsupported: the fast path covers real documents
        assert same(loaded, expected)
        assert same(load_yaml(text, file=path.name), expected)
        if isinstance(expected, dict) and expected:
            assert write_yaml(expected) == _dump_with_ruamel(expected)


@pytest.mark.parametrize("api", ["lucca-invoices", "simpro"])
def test_the_curated_specs_are_written_byte_for_byte(api: str) -> None:
    text = (REPO / "specs" / api / "openapi.yaml").read_text(encoding="utf-8")
    assert write_yaml(load_yaml(text, file="openapi.yaml")) == text


# --- generated documents ------------------------------------------------------------------------------------

NASTY = [
    *("'", '"', "''", ":", ": ", " :", "#", " #", "# ", "- ", "-", "? ", "?", "---", "...", "|", ">", "&a", "*a"),
    *("!", "!!str", "%", "@", "`", "{", "}", "[", "]", ",", "\\", "<<", "=", " ", "  ", "\t", "\n", "\n\n", "\r"),
    *("\r\n", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\xa0", "\u2028", "\u2029", "\ufeff", "\ud800", "\ue000"),
    *("\U0001f642", "é", "日本", "\u200b", "\u202e", "yes", "no", "on", "off", "y", "n", "true", "False", "NULL"),
    *("null", "~", "0", "-1", "+1", "007", "0x1F", "0o17", "0b11", "1_000", "1e3", "1.5", ".5", "-.inf", ".inf"),
    *(".NaN", "1:30", "2024-01-31", "2024-02-30", "2001-12-14t21:59:43.10-05:00", "2024-01-31 10:00:00"),
    *("a" * 130, "b " * 70, "x" * 4100),
]
text = st.one_of(st.sampled_from(NASTY), hostile_text, st.lists(st.sampled_from(NASTY), max_size=4).map("".join))
scalars = st.one_of(
    text,
    text,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([None, datetime.UTC, datetime.timezone(datetime.timedelta(hours=-5))])),
)


def nested(leaves: st.SearchStrategy[Any], keys: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return st.recursive(
        leaves,
        lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=4)),
        max_leaves=20,
    )


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.dictionaries(text, nested(scalars, text), min_size=1, max_size=4))
def test_any_document_dumps_as_with_ruamel(document: dict[str, Any]) -> None:
    assert dump_yaml(document) == _dump_with_ruamel(document)


# What the fast writer always takes: keys on one line, lines short of the width.
short_text = text.filter(lambda value: len(value) < 1000)
one_line_keys = short_text.filter(lambda key: not any(c in key for c in "\n\x85\u2028\u2029"))


short_scalars = scalars.filter(lambda value: not isinstance(value, str) or len(value) < 1000)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.dictionaries(one_line_keys, nested(short_scalars, one_line_keys), min_size=1, max_size=4))
def test_ordinary_documents_take_the_fast_writer(document: dict[str, Any]) -> None:
    assert write_yaml(document) == _dump_with_ruamel(document)


def texts_of(document: Any) -> list[str]:
    """The document as YAML written several ways: our block style, flow style folded at 20 columns (folded
    plain and quoted scalars), and JSON when it is JSON."""
    texts = [_dump_with_ruamel(document)]
    flow = YAML(typ="safe", pure=True)
    flow.default_flow_style = True
    flow.width = 20
    flow.allow_unicode = False
    stream = io.StringIO()
    flow.dump(document, stream)
    texts.append(stream.getvalue())
    with contextlib.suppress(TypeError, ValueError):  # dates are not JSON
        texts.append(json.dumps(document, ensure_ascii=False))
    return texts


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.dictionaries(text, nested(scalars, text), min_size=1, max_size=4))
def test_any_document_loads_as_with_ruamel(document: dict[str, Any]) -> None:
    ours, *others = texts_of(document)
    expected = outcome(_load_with_ruamel, ours)
    if expected[0] == "data":  # what we write, the fast reader reads (a lone surrogate is unreadable either way)
        assert same(fast_load(ours), expected[1])
    else:
        assert same_outcome(outcome(_load_yaml, ours), expected)
    for written in others:  # _load_yaml: YAML even when the text is JSON
        assert same_outcome(outcome(_load_yaml, written), outcome(_load_with_ruamel, written)), written


plain_tokens = st.sampled_from(
    [
        *("yes", "No", "ON", "off", "y", "true", "True", "TRUE", "tRue", "false", "null", "Null", "NULL", "~", ""),
        *("0", "-0", "+12", "007", "0x1F", "0X1f", "0o17", "0b101", "1_000", "12:30", "190:20:30", "1e3", "1E3"),
        *("1.5", "-1.5e-3", "1.", ".5", "+.inf", "-.Inf", ".NAN", ".nan", "0.1_0", "6.8523015e+5", "685.230_15e+03"),
        *("2024-01-31", "2024-1-3", "2024-02-30", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5"),
        *("2001-12-15T02:59:43.1Z", "2002-12-14", "<<", "=", "a b", "a:b", "http://x", "-a", "@", "é"),
    ]
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.tuples(plain_tokens, plain_tokens), min_size=1, max_size=6))
def test_plain_scalars_resolve_as_with_ruamel(pairs: list[tuple[str, str]]) -> None:
    """Plain keys and values written raw: each is resolved (null, bool, int, float, timestamp, string) and
    constructed as ruamel's safe loader does, a key then made a string as `plain` does."""
    block = "".join(f"k{index}: {value}\n{key}: [{value}]\n" for index, (key, value) in enumerate(pairs))
    flow = "{" + ", ".join(f"{key}: {value}" for key, value in pairs) + "}\n"
    for written in (block, flow):
        assert same_outcome(outcome(_load_yaml, written), outcome(_load_with_ruamel, written)), written


# --- anchors, aliases and budgets -----------------------------------------------------------------------------


def test_aliases_are_independent_copies() -> None:
    loaded = fast_load("a: &a {x: [1, {y: 2}]}\nb: *a\nc: [*a, *a]\n")
    assert loaded == {"a": {"x": [1, {"y": 2}]}, "b": {"x": [1, {"y": 2}]}, "c": [{"x": [1, {"y": 2}]}] * 2}
    copies = [loaded["a"], loaded["b"], *loaded["c"]]
    assert len({id(copy) for copy in copies}) == 4
    assert len({id(copy["x"][1]) for copy in copies}) == 4


@pytest.mark.parametrize(
    "text",
    [
        "a: &s 1\nb: *s\n&k key: *k\n",
        "a: &a [1, 2]\nb: [*a, *a]\n",
        "- &x text\n- *x\n",
        "? &k k\n: v\nother: *k\n",
    ],
)
def test_anchored_documents_load_as_with_ruamel(text: str) -> None:
    assert same(fast_load(text), _load_with_ruamel(text, file="f.yaml"))


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth + "\n"


def alias_bomb(uses: int) -> str:
    return f"a: &a [{', '.join(['1'] * 999)}]\nb: [{', '.join(['*a'] * uses)}]\n"


@pytest.mark.parametrize(
    "text",
    [
        deep(64),
        "a: 1\nb: " + deep(65),
        "a:\n" + "".join("  " * level + f"k{level}:\n" for level in range(1, 70)) + "  " * 70 + "x\n",
        alias_bomb(1000),
        alias_bomb(1001),
        "\n".join(
            ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
            + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
        ),
        "a: &a {b: *a}\n",
        "a: &a [1, [2, *a]]\n",
        "a: !!str &x 1\nb: " + deep(70),  # a fallback feature before the overrun: the same error
    ],
)
def test_budgets_give_the_same_errors(text: str) -> None:
    for line_offset in (0, 7):
        assert same_outcome(outcome(load_yaml, text, line_offset), outcome(_load_with_ruamel, text, line_offset))


@pytest.mark.parametrize("text", [deep(65), alias_bomb(1001), "a: &a {b: *a}\n"])
def test_the_fast_reader_enforces_the_budgets_itself(text: str) -> None:
    with pytest.raises(SpecFoundryError):
        fast_load(text)


# --- what goes to ruamel -------------------------------------------------------------------------------------

LEFT_TO_RUAMEL = [
    "a: !!str 1\n",  # explicit tags
    "a: !custom x\n",
    "a: ! x\n",
    "a: !!set {x, y}\n",
    "base: &b {x: 1}\nmore: {<<: *b, y: 2}\n",  # a merge key
    "? [a, b]\n: 1\n",  # keys that are not strings or integers
    "1.5: x\n",
    "true: x\n",
    "null: x\n",
    "2024-01-31: x\n",
    "a: 1\nb: 2\na: 3\n",  # a repeated key: ruamel's error with its line
    "1: a\n'1': b\n",  # keys that `plain` makes equal
    "a: &x 1\nb: &x 2\nc: *x\n",  # a reused anchor
    "a: *nowhere\n",  # an unknown anchor
    "%YAML 1.1\n---\na: yes\n",  # directives
    "%TAG !e! tag:example.com,2000:\n---\na: 1\n",
    "a: 1\n---\nb: 2\n",  # several documents
    "",  # no document
    "# only a comment\n",
    "a: 2024-02-30\n",  # a date-like scalar the constructor refuses
]


@pytest.mark.parametrize("text", LEFT_TO_RUAMEL)
def test_the_reader_leaves_unusual_documents_to_ruamel(text: str) -> None:
    with pytest.raises(ReadUnsupported):
        fast_load(text)
    assert same_outcome(outcome(load_yaml, text, 3), outcome(_load_with_ruamel, text, 3))


def test_a_repeated_key_is_reported_at_its_line() -> None:
    with pytest.raises(SpecFoundryError, match="duplicate key") as raised:
        load_yaml("a: 1\nb: 2\na: 3\n", file="f.yaml")
    assert raised.value.place == "3:1"


class Text(str):
    pass


LEFT_TO_RUAMEL_DUMP = [
    {1: "a"},  # a key that is not a string
    {"a": {None: 1}},
    {"two\nlines": 1},  # multi-line keys
    {"next\x85line": 1},
    {"a": "x" * 5000},  # lines ruamel could fold
    {"a": ["word " * 900]},
    {"k" * 100: "x" * 3950},
    {"a": Text("subclass")},  # types it does not know
    {"a": (1, 2)},
    {"a": b"bytes"},
    {"a": {1, 2}},
    {"a": 1 + 2j},
    {},  # an empty or non-mapping root
    [1, 2],
    "text",
]


@pytest.mark.parametrize("document", LEFT_TO_RUAMEL_DUMP, ids=repr)
def test_the_writer_leaves_unusual_documents_to_ruamel(document: Any) -> None:
    with pytest.raises(WriteUnsupported):
        write_yaml(document)
    try:
        expected = _dump_with_ruamel(document)
    except Exception as error:  # what ruamel cannot dump, dump_yaml cannot either
        with pytest.raises(type(error)):
            dump_yaml(document)
        return
    assert dump_yaml(document) == expected


def nesting(levels: int) -> dict[str, Any]:
    """A mapping holding sequences in sequences: `levels` collections in all."""
    inner: list[Any] = [1]
    for _ in range(levels - 2):
        inner = [inner]
    return {"k": inner}


def test_deep_documents_go_to_ruamel() -> None:
    assert write_yaml(nesting(MAX_DEPTH)) == _dump_with_ruamel(nesting(MAX_DEPTH))
    with pytest.raises(WriteUnsupported):
        write_yaml(nesting(MAX_DEPTH + 2))
    assert dump_yaml(nesting(MAX_DEPTH + 2)) == _dump_with_ruamel(nesting(MAX_DEPTH + 2))


@pytest.mark.parametrize(
    ("document", "written"),
    [
        ({"a": "x\n\n"}, "a: |+\n  x\n\n...\n"),  # a kept block that ends the document
        ({"a": "x\n\n", "b": None}, "a: |+\n  x\n\nb:\n"),
        ({"a": [[1, [None]], {}]}, "a:\n  -   - 1\n      -   - \n  - {}\n"),
        ({"k" * 123: {"x": 1}}, "? " + "k" * 123 + "\n: x: 1\n"),  # a long key
        ({"k" * 122: {"x": 1}}, "k" * 122 + ":\n  x: 1\n"),
    ],
)
def test_layout_corners(document: dict[str, Any], written: str) -> None:
    assert write_yaml(document) == written == _dump_with_ruamel(document)
