"""Read an untrusted text document: within the size budget, UTF-8, not binary.

Every vendor document, overlay and spec file goes through `read_document`, so a wrong encoding or a
binary file is one message naming the file and the line (and byte offset), never a UnicodeDecodeError.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from generator.budgets import MAX_SOURCE_BYTES
from generator.errors import SpecFoundryError

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_OTHER_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_RESAVE = "re-save (or capture) the document as UTF-8 text"


def read_document(path: Path, *, label: str | None = None, limit: int = MAX_SOURCE_BYTES) -> str:
    """The file's text; `label` is how messages name it (default: the path as given)."""
    name = label or str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            data = stream.read(limit + 1)  # never more than the budget, whatever the file claims
    except OSError as error:
        raise SpecFoundryError(
            f"cannot read the file: {error.strerror}", file=name, fix="check that it exists and is readable"
        ) from None
    if len(data) > limit:
        raise SpecFoundryError(
            f"the document is {max(size, len(data)):,} bytes, over the budget of {limit:,} bytes for one file",
            file=name,
            place=str(data.count(b"\n", 0, limit) + 1),  # the line where the budget runs out
            fix="split the document into several source files (one per page or section) in api.toml",
        )
    return decode_document(data, name)


def decode_document(data: bytes, name: str) -> str:
    for mark, encoding in _OTHER_ENCODINGS:
        if data.startswith(mark):
            raise SpecFoundryError(
                f"the document is {encoding} text (it starts with a {encoding} byte order mark)",
                file=name,
                place="1",
                fix=_RESAVE,
            )
    data = data.removeprefix(codecs.BOM_UTF8)  # a UTF-8 mark is harmless: some editors add one
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SpecFoundryError(
            f"the document is binary, not text (NUL byte at byte offset {nul})",
            file=name,
            place=_line_column(data, nul),
            fix="give the captured page or spec itself; the file may be corrupted or of another kind",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SpecFoundryError(
            f"the document is not UTF-8: byte 0x{data[error.start]:02x} at byte offset {error.start} ({error.reason})",
            file=name,
            place=_line_column(data, error.start),
            fix=_RESAVE,
        ) from None


def _line_column(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1  # in bytes: the text is not decodable there
    return f"{line}:{column}"
