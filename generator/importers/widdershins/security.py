"""Security on a Widdershins page: operations' requirements, and names for the schemes the page leaves unnamed.

security.def prints an API key scheme with its name (`* API Key (name)`), but an HTTP scheme
(`- HTTP Authentication, scheme: bearer …`) and an OAuth 2 scheme (`- oAuth2 authentication. …` with
its flows and scopes) without one, and an OpenID Connect or mutual TLS scheme not at all. The operations'
notes (authentication.def) name every scheme they use, OAuth 2 ones with their scopes
(`oauth ( Scopes: read write )`). So the unnamed schemes take the names the operations use that no API key
has: OAuth 2 schemes those used with scopes (the scopes they declare, where that tells), HTTP schemes those
used without. Within a kind, a scheme takes the name that is its own word (`basic` for an HTTP basic
scheme, `oauth2`), else one that contains it (`bearer` in `bearer_jwt`; for OAuth 2 the name of its only
flow), else the first used; a choice made by order alone is reported. A name left over (an OpenID Connect
or mutual TLS scheme, or a scheme another page defines) is reported by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_PART = re.compile(r"(?P<name>.+?)(?: \( Scopes: (?P<scopes>.*?) \))?")
NO_SCHEME = "None"  # authentication.def's word for an empty requirement, or for a scheme it cannot find


@dataclass(frozen=True)
class Use:
    name: str
    line: int
    scopes: tuple[str, ...]  # any: an OAuth 2 (or OpenID Connect) scheme


def requirements(text: str, line: int) -> tuple[list[dict[str, list[str]]], list[Use]]:
    """`a ( Scopes: x y ), b & c` → [{a: [x, y]}, {b: [], c: []}], and the schemes it uses."""
    found: list[dict[str, list[str]]] = []
    uses: list[Use] = []
    for alternative in split_top(text.replace("\n", " ").strip(), ", "):
        requirement: dict[str, list[str]] = {}
        for part in alternative.split(" & "):
            match = _PART.fullmatch(part.strip())
            if match is None or match.group("name") == NO_SCHEME:
                continue  # 'None': an empty requirement (anonymous access allowed)
            scopes = (match.group("scopes") or "").split()
            requirement[match.group("name")] = scopes
            uses.append(Use(match.group("name"), line, tuple(scopes)))
        found.append(requirement)
    return found, uses


@dataclass
class Naming:
    schemes: dict[str, dict[str, Any]] = field(default_factory=dict)  # name → scheme, for the unnamed ones
    unused: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # named by their kind: no use left
    guessed: list[str] = field(default_factory=list)  # names given by order of use alone, among several
    undefined: list[tuple[str, int]] = field(default_factory=list)  # used, and no scheme on the page


def name_schemes(named: Mapping[str, Any], unnamed: Sequence[dict[str, Any]], uses: Sequence[Use]) -> Naming:
    """Names for the page's unnamed schemes (see the module docstring), in page order within each kind."""
    first: dict[str, Use] = {}
    scoped: dict[str, set[str]] = {}
    for use in uses:
        if use.name not in named:
            first.setdefault(use.name, use)
            if use.scopes:
                scoped.setdefault(use.name, set()).update(use.scopes)
    with_scopes = [name for name in first if name in scoped]
    without = [name for name in first if name not in scoped]
    naming = Naming()
    for scheme in unnamed:
        # An OAuth 2 requirement may list no scopes: then it can only be told apart by what is left.
        queue = with_scopes if scheme["type"] == "oauth2" else without
        if not queue and scheme["type"] == "oauth2":
            queue = without
        if queue:
            chosen, certain = _closest(_declaring(queue, scheme, scoped), scheme)
            queue.remove(chosen)
            naming.schemes[chosen] = scheme
            if not certain:
                naming.guessed.append(chosen)
        else:
            fallback = str(scheme.get("scheme") or scheme["type"])
            name, number = fallback, 2
            while name in named or name in naming.schemes or name in first:
                name, number = f"{fallback}{number}", number + 1
            naming.schemes[name] = scheme
            naming.unused.append((name, scheme))
    naming.undefined = [(name, use.line) for name, use in first.items() if name not in naming.schemes]
    return naming


def _declaring(names: list[str], scheme: Mapping[str, Any], scoped: Mapping[str, set[str]]) -> list[str]:
    """The names whose scopes an OAuth 2 scheme declares (all of `names` if none or no scheme does)."""
    declared = {scope for flow in (scheme.get("flows") or {}).values() for scope in flow.get("scopes") or {}}
    fitting = [name for name in names if scoped.get(name, set()) <= declared]
    return fitting or names


def _closest(names: Sequence[str], scheme: Mapping[str, Any]) -> tuple[str, bool]:
    """The name among `names` that fits `scheme` best, and whether anything but order decided it."""
    flows = list(scheme.get("flows") or {})
    single = [flows[0].lower()] if len(flows) == 1 else []  # a flow's name tells schemes apart if it is the only one
    if scheme["type"] == "http":
        exact = contained = [str(scheme.get("scheme") or "").lower()]
    else:
        exact, contained = ["oauth2", "oauth", *single], [*single, "oauth"]
    for name in names:
        if name.lower() in exact:
            return name, True
    for word in contained:
        containing = [name for name in names if word and word in name.lower()]
        if containing:
            return containing[0], len(containing) == 1
    return names[0], len(names) == 1


def split_top(text: str, separator: str) -> list[str]:
    """Split on `separator` outside parentheses (scope lists)."""
    parts: list[str] = []
    depth = 0
    current = ""
    index = 0
    while index < len(text):
        if text.startswith(separator, index) and depth == 0:
            parts.append(current)
            current = ""
            index += len(separator)
            continue
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        current += text[index]
        index += 1
    parts.append(current)
    return parts
