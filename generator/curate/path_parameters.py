"""Path templates and path parameters that disagree, found all at once and drafted into overlay actions.

A `{placeholder}` with no `in: path` parameter leaves the client unable to fill the URL; a path parameter
the template lacks is a required argument that goes nowhere. openapi-spec-validator reports both with the
same words ("was not resolved"); this rule says which of the two it is and what to do, and
`specfoundry lint --suggest-overlay` turns each into a draft action for a human to review: declare the
missing parameter (typed like the parameter of that name elsewhere in the document), or drop the one the
path lacks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.curate.refs import resolve
from generator.errors import Diagnostic, Level, shown
from generator.shape import pointer
from generator.yamlio import dump_yaml

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")
VALIDATOR_MESSAGE = re.compile(r"^Path parameter '.*' for '.*' operation in '.*' was not resolved$", re.DOTALL)


@dataclass(frozen=True)
class PathParameterDefect:
    path: str
    method: str
    name: str
    undeclared: bool  # a placeholder without a parameter; else a parameter without a placeholder
    pointer: str  # the operation, or the parameter the path lacks
    parameters_key: tuple[str, ...]  # ("paths", path, method) or ("paths", path): where the parameter lives

    def as_diagnostic(self, file: str) -> Diagnostic:
        if self.undeclared:
            return Diagnostic(
                Level.ERROR,
                f"{self.method.upper()} {shown(self.path)}: the path's placeholder {shown(self.name)} has no "
                "path parameter of that name declared",
                file=file,
                place=self.pointer,
                fix=f"declare it (name: {shown(self.name)}, in: path, required: true) with an overlay; "
                "`specfoundry lint --suggest-overlay` drafts the action",
                code="path-parameter-undeclared",
            )
        return Diagnostic(
            Level.ERROR,
            f"{self.method.upper()} {shown(self.path)}: path parameter {shown(self.name)} is declared but the path "
            "has no such placeholder",
            file=file,
            place=self.pointer,
            fix="remove the parameter with an overlay (or fix the path if the vendor renamed its placeholder); "
            "`specfoundry lint --suggest-overlay` drafts the action",
            code="path-parameter-absent",
        )


def find_defects(document: dict[str, Any]) -> list[PathParameterDefect]:
    defects: list[PathParameterDefect] = []
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        placeholders = list(dict.fromkeys(_PLACEHOLDER.findall(str(path))))
        shared = dict(_path_parameters(document, item.get("parameters"), ("paths", path)))
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            here = ("paths", path, method)
            declared = {**shared, **dict(_path_parameters(document, operation.get("parameters"), here))}
            defects.extend(
                PathParameterDefect(path, method, name, True, pointer(here), here)
                for name in placeholders
                if name not in declared
            )
            defects.extend(
                PathParameterDefect(path, method, name, False, pointer, where)
                for name, (pointer, where) in declared.items()
                if name not in placeholders
            )
    return defects


def lint_path_parameters(document: dict[str, Any], file: str) -> Iterator[Diagnostic]:
    for defect in find_defects(document):
        yield defect.as_diagnostic(file)


def draft_actions(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Overlay actions that would fix every defect: one `update` per operation that misses parameters,
    one `remove` per parameter the path lacks (once per path item for a shared one)."""
    known = _known_path_parameters(document)
    missing: dict[tuple[str, str], list[str]] = {}
    actions: list[dict[str, Any]] = []
    removed: set[tuple[tuple[str, ...], str]] = set()
    for defect in find_defects(document):
        if defect.undeclared:
            missing.setdefault((defect.path, defect.method), []).append(defect.name)
        elif (defect.parameters_key, defect.name) not in removed:
            removed.add((defect.parameters_key, defect.name))
            actions.append(
                {
                    "target": f"{_jsonpath(defect.parameters_key)}.parameters[?@.in == 'path' && @.name == "
                    f"{_quoted(defect.name)}]",
                    "description": f"Drafted by `specfoundry lint --suggest-overlay`: {defect.path} has no "
                    f"{{{defect.name}}} placeholder, so the declared path parameter {defect.name} goes nowhere. "
                    "Review: drop it, or fix the path if the vendor renamed the placeholder.",
                    "remove": True,
                }
            )
    for (path, method), names in missing.items():
        actions.append(
            {
                "target": _jsonpath(("paths", path, method)),
                "description": f"Drafted by `specfoundry lint --suggest-overlay`: {method.upper()} {path} uses "
                f"{', '.join('{' + name + '}' for name in names)} without declaring "
                f"{'it' if len(names) == 1 else 'them'}. Review the type and description.",
                "update": {"parameters": [_declaration(name, known) for name in names]},
            }
        )
    return actions


def _declaration(name: str, known: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The parameter as the rest of the document declares it (its most common schema), else a string."""
    seen = known.get(name, [])
    schemas = Counter(repr(sorted((parameter.get("schema") or {}).items())) for parameter in seen)
    parameter: dict[str, Any] = {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
    if seen:
        common = schemas.most_common(1)[0][0]
        model = next(p for p in seen if repr(sorted((p.get("schema") or {}).items())) == common)
        if isinstance(model.get("schema"), dict):
            parameter["schema"] = dict(model["schema"])
        if isinstance(model.get("description"), str):
            parameter["description"] = model["description"]
    return parameter


def _known_path_parameters(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    known: dict[str, list[dict[str, Any]]] = {}
    paths = document.get("paths")
    for item in paths.values() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        for holder in [item, *(item.get(method) for method in _METHODS)]:
            if isinstance(holder, dict) and isinstance(holder.get("parameters"), list):
                for parameter in holder["parameters"]:
                    resolved = _resolve(document, parameter)
                    if resolved.get("in") == "path" and isinstance(resolved.get("name"), str):
                        known.setdefault(resolved["name"], []).append(resolved)
    return known


def _path_parameters(
    document: dict[str, Any], parameters: Any, where: tuple[str, ...]
) -> Iterator[tuple[str, tuple[str, tuple[str, ...]]]]:
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        resolved = _resolve(document, parameter)
        if resolved.get("in") == "path" and isinstance(resolved.get("name"), str):
            yield resolved["name"], (pointer((*where, "parameters", str(index))), where)


def _resolve(document: dict[str, Any], parameter: Any) -> dict[str, Any]:
    """A parameter, its local `$ref` followed (references are checked before lint runs)."""
    if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
        parameter = resolve(document, parameter["$ref"])
    return parameter if isinstance(parameter, dict) else {}


def _jsonpath(parts: tuple[str, ...]) -> str:
    """An RFC 9535 path of name selectors: `$['paths']['/a/{id}']['get']`."""
    return "$" + "".join(f"[{_quoted(part)}]" for part in parts)


def _quoted(text: str) -> str:
    """An RFC 9535 single-quoted string literal."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'")
    escaped = "".join(ch if ch >= " " else f"\\u{ord(ch):04x}" for ch in escaped)
    return f"'{escaped}'"


def draft_overlay(document: dict[str, Any]) -> str:
    """An Overlay 1.0 document of `draft_actions`, as YAML; a comment when there is nothing to fix."""
    actions = draft_actions(document)
    if not actions:
        return "# specfoundry lint --suggest-overlay: no mechanical defect to fix\n"
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "Path parameters (drafted by specfoundry lint --suggest-overlay)", "version": "1.0.0"},
        "actions": actions,
    }
    return dump_yaml(overlay)
