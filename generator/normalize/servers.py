"""A server URL template (`https://{host}`) becomes client arguments with the documented defaults."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.escaping import py_ident
from generator.tree import copy_tree

# Client attributes a server variable's argument must not shadow (`Client(timeout=...)` is taken).
CLIENT_ARGUMENTS = (
    # constructor arguments
    "api_key",
    "base_url",
    "cookies",
    "follow_redirects",
    "headers",
    "httpx_args",
    "max_retries",
    "max_retry_delay",
    "raise_on_unexpected_status",
    "timeout",
    "verify_ssl",
    # methods an attribute would hide
    "aclose",
    "arequest",
    "close",
    "get_async_httpx_client",
    "get_httpx_client",
    "request",
    "set_async_httpx_client",
    "set_httpx_client",
    "with_headers",
    "with_timeout",
)
_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class ServerVariable:
    name: str  # as in the spec
    python_name: str
    default: str | None
    description: str


@dataclass(frozen=True)
class UrlPart:
    """A piece of the server URL: literal `text`, or the value of the argument named `variable`."""

    text: str = ""
    variable: str | None = None


@dataclass(frozen=True)
class ServerSettings:
    url_template: str  # the URL as documented, e.g. "https://{host}"
    variables: tuple[ServerVariable, ...]
    description: str
    parts: tuple[UrlPart, ...] = ()

    def url(self, **values: str) -> str:
        return "".join(values[part.variable] if part.variable else part.text for part in self.parts)

    @property
    def default_url(self) -> str | None:
        if any(variable.default is None for variable in self.variables):
            return None
        return self.url(**{variable.python_name: str(variable.default) for variable in self.variables})


def lift_server(
    document: dict[str, Any], required: tuple[str, ...] = (), *, in_place: bool = False
) -> tuple[dict[str, Any], ServerSettings]:
    """`required` names variables the user must give (their spec default is only a placeholder)."""
    result = document if in_place else copy_tree(document)
    servers = result.get("servers") or [{"url": "/"}]
    server = servers[0]
    url = str(server.get("url", "/"))
    declared = server.get("variables") or {}
    declared = declared if isinstance(declared, dict) else {}
    variables: list[ServerVariable] = []
    python_names: dict[str, str] = {}
    for name in dict.fromkeys(_VARIABLE.findall(url)):
        python_name = py_ident(name, reserved=[*CLIENT_ARGUMENTS, *python_names.values()])
        python_names[name] = python_name
        spec = declared.get(name, {})
        spec = spec if isinstance(spec, dict) else {}
        default = spec.get("default")
        variables.append(
            ServerVariable(
                name=name,
                python_name=python_name,
                default=None if default is None or name in required else str(default),
                description=_first_paragraph(str(spec.get("description", ""))),
            )
        )
    parts = tuple(
        UrlPart(variable=python_names[piece[1:-1]]) if index % 2 else UrlPart(text=piece)
        for index, piece in enumerate(re.split(r"(\{[^{}]+\})", url))
        if piece
    )
    return result, ServerSettings(
        url_template=url,
        variables=tuple(variables),
        description=str(server.get("description", "")).strip().rstrip("."),
        parts=parts,
    )


def _first_paragraph(text: str) -> str:
    """Docstrings and README tables get the summary, not the vendor's whole essay."""
    return " ".join(text.strip().split("\n\n", 1)[0].split())
