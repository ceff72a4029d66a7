"""Formats that tools recognise, and what an unknown `format` most likely is.

Known: the OpenAPI Format Registry, JSON Schema's own, and formats common in real vendor specs (Twilio's
`phone-number` and `uri-map`, `url`, ...). A `format` tools do not know is legal and harmless (generators
fall back to the type), so it is only a warning, unless it is one keystroke away from a known format of the
same type (`int3é` for int32): such a typo silently loses what the author meant, so it is an error.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

REGISTERED_FORMATS: dict[str, str] = {
    **{name: "integer" for name in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")},
    **{name: "number" for name in ("float", "double", "decimal", "decimal128")},
    **{
        name: "string"
        for name in (
            "byte",
            "binary",
            "base64url",
            "char",
            "commonmark",
            "html",
            "password",
            "date",
            "date-time",
            "time",
            "duration",
            "http-date",
            "email",
            "idn-email",
            "hostname",
            "idn-hostname",
            "ipv4",
            "ipv6",
            "uri",
            "uri-reference",
            "iri",
            "iri-reference",
            "uri-template",
            "uuid",
            "json-pointer",
            "relative-json-pointer",
            "regex",
            "media-range",
            "sf-binary",
            "sf-boolean",
            "sf-decimal",
            "sf-integer",
            "sf-string",
            "sf-token",
        )
    },
}

# Not registered, but common in published specs (Twilio, Stripe, Swagger-era documents): no warning.
COMMON_FORMATS: dict[str, str] = {
    **{name: "integer" for name in ("int", "uint", "unix-time", "timestamp")},
    **{name: "number" for name in ("currency", "money", "percent")},
    **{
        name: "string"
        for name in (
            "phone-number",
            "phone",
            "url",
            "uri-map",
            "date-time-rfc-2822",
            "date-time-rfc-1123",
            "rfc2822",
            "json",
            "iso-country-code",
            "country-code",
            "language-code",
            "currency-code",
            "e164",
            "ip",
            "ip-address",
            "mac-address",
            "cidr",
            "color",
            "base64",
            "markdown",
            "ulid",
        )
    },
}

KNOWN_FORMATS: dict[str, str] = {**REGISTERED_FORMATS, **COMMON_FORMATS}


@dataclass(frozen=True)
class FormatVerdict:
    """What to say about an unknown format: `typo` when it is almost certainly a misspelt known one."""

    typo: bool
    suggestion: str | None


def judge_format(fmt: str, types: set[str]) -> FormatVerdict | None:
    """None for a known format; otherwise whether it is a typo, and the known format to use, if any.

    `types` are the schema's types (empty when it has none): suggestions keep to formats of those types."""
    if fmt in KNOWN_FORMATS:
        return None
    fitting = [name for name, kind in KNOWN_FORMATS.items() if not types or kind in types]
    folded = _fold(fmt)
    variants = [name for name in fitting if _fold(name) == folded]  # `UUID`, `datetime`, `date_time`
    if variants:
        return FormatVerdict(typo=False, suggestion=variants[0])
    if len(fmt) >= 4:
        typos = [name for name in fitting if len(name) >= 4 and _one_edit_apart(fmt, name)]
        if typos:
            return FormatVerdict(typo=True, suggestion=_closest(fmt, typos))
    close = difflib.get_close_matches(fmt, fitting, n=1, cutoff=0.85)
    return FormatVerdict(typo=False, suggestion=close[0] if close else None)


def _fold(name: str) -> str:
    return name.lower().replace("-", "").replace("_", "")


def _closest(fmt: str, names: list[str]) -> str:
    return max(names, key=lambda name: (difflib.SequenceMatcher(None, fmt, name).ratio(), name))


def _one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours turns `a` into `b`."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [index for index, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        first = diffs[0]
        return len(diffs) == 2 and diffs[1] == first + 1 and a[first] == b[first + 1] and a[first + 1] == b[first]
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:index] + longer[index + 1 :] == shorter for index in range(len(longer)))
