"""A server URL template (`https://{host}`) becomes client arguments with the documented defaults."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class ServerVariable:
    name: str  # as in the spec
    python_name: str
    default: str | None
    description: str


@dataclass(frozen=True)
class ServerSettings:
    url_template: str  # Python str.format template over python names, e.g. "https://{host}"
    variables: tuple[ServerVariable, ...]
    description: str

    def url(self, **values: str) -> str:
        return self.url_template.format(**values)

    @property
    def default_url(self) -> str | None:
        if any(variable.default is None for variable in self.variables):
            return None
        return self.url(**{variable.python_name: str(variable.default) for variable in self.variables})


def lift_server(document: dict[str, Any], required: tuple[str, ...] = ()) -> tuple[dict[str, Any], ServerSettings]:
    """`required` names variables the user must give (their spec default is only a placeholder)."""
    result = copy.deepcopy(document)
    servers = result.get("servers") or [{"url": "/"}]
    server = servers[0]
    url = str(server.get("url", "/"))
    declared = server.get("variables") or {}
    variables = []
    template = url
    for name in dict.fromkeys(_VARIABLE.findall(url)):
        python_name = re.sub(r"\W|^(?=\d)", "_", name).lower()
        spec = declared.get(name, {})
        default = spec.get("default")
        variables.append(
            ServerVariable(
                name=name,
                python_name=python_name,
                default=None if default is None or name in required else str(default),
                description=_first_paragraph(str(spec.get("description", ""))),
            )
        )
        template = template.replace("{" + name + "}", "{" + python_name + "}")
    return result, ServerSettings(
        url_template=template, variables=tuple(variables), description=str(server.get("description", ""))
    )


def _first_paragraph(text: str) -> str:
    """Docstrings and README tables get the summary, not the vendor's whole essay."""
    return " ".join(text.strip().split("\n\n", 1)[0].split())
