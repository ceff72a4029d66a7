"""The curated spec reads back as exactly what was written, whatever the vendor's text holds: no line break
folded away, no control character that makes the file unreadable (libyaml reads YAML 1.1, where \\x85 and
U+2028/U+2029 are line breaks), in values and in keys."""

from __future__ import annotations

from hypothesis import given, settings

from generator.yamlio import dump_yaml, load_yaml
from tests.hostile.strategies import hostile_text


@settings(max_examples=500, derandomize=True, deadline=None)
@given(hostile_text)
def test_any_text_survives_the_curated_spec(text: str) -> None:
    for document in ({"description": text}, {text or "key": 1}, {"enum": [text, "b"]}):
        assert load_yaml(dump_yaml(document), file="openapi.yaml") == document


def test_readable_text_stays_a_literal_block() -> None:
    assert dump_yaml({"description": "First line.\nSecond line."}) == "description: |-\n  First line.\n  Second line.\n"
