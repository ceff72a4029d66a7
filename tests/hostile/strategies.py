"""Hostile text for property-based tests: every code point, weighted towards what breaks generated code."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

DANGEROUS = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\N{",
    "\\x",
    "\x00",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u2028",
    "\u2029",
    "\u202e",
    "\x1b[31m",
    "{{ x }}",
    "{% if x %}",
    "{#",
    "{x}",
    "`",
    "```",
    "|",
    "<script>",
    "[a](http://x)",
    "#",
    "é",
    "🙂",
    "\ufeff",
    "x" * 300,
    '"; __import__("pathlib").Path(MARKER).touch(); "',
    "'''; __import__('pathlib').Path(MARKER).touch(); '''",
    '"""; __import__("pathlib").Path(MARKER).touch(); """',
]

hostile_text = st.lists(st.one_of(st.sampled_from(DANGEROUS), st.text(max_size=8)), max_size=12).map("".join)


def printable(text: str) -> bool:
    """No control, format or separator characters: what a name on the wire (a query parameter, a JSON key,
    an enum value) can reasonably hold, and what openapi-python-client keeps unchanged in its literals."""
    return all(unicodedata.category(c)[0] != "C" and unicodedata.category(c) not in ("Zl", "Zp") for c in text)


def _as_name(text: str) -> str:
    kept = "".join(character for character in text if printable(character))
    return kept if kept.strip() else f"name{kept}"


hostile_name = hostile_text.map(_as_name)
