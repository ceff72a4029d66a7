"""Does a parsed value hold the types its generated class declares? A runtime walk over attrs models and
their annotations, for contract tests: parsing "without exception" is not enough when an integer can land in
a field declared `ParentRef | None` without complaint."""

from __future__ import annotations

import datetime
import enum
import importlib
import pkgutil
import types
import typing
from typing import Any

import attrs


def model_namespace(package: str) -> dict[str, Any]:
    """Every name the models of `package` annotate with (their classes and the package's types module)."""
    namespace: dict[str, Any] = {"datetime": datetime}
    models = importlib.import_module(f"{package}.models")
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{package}.models.{info.name}")
        namespace.update({name: value for name, value in vars(module).items() if isinstance(value, type)})
    namespace.update({name: value for name, value in vars(importlib.import_module(f"{package}.types")).items()})
    return namespace


def mismatches(value: Any, annotation: Any, namespace: dict[str, Any], where: str = "$") -> list[str]:
    """Every place under `value` whose type contradicts `annotation` (empty when it conforms)."""
    origin = typing.get_origin(annotation)
    if annotation is Any or annotation is object:
        return []
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(annotation)
        attempts = [mismatches(value, option, namespace, where) for option in options]
        return [] if any(not found for found in attempts) else [f"{where}: {value!r:.80} is none of {annotation}"]
    if annotation is type(None):
        return [] if value is None else [f"{where}: {value!r:.80} is not None"]
    if origin is typing.Literal:
        return [] if value in typing.get_args(annotation) else [f"{where}: {value!r:.80} not in {annotation}"]
    if origin in (list, tuple, set) or annotation in (list, tuple, set):
        if not isinstance(value, origin or annotation):
            return [f"{where}: {type(value).__name__} is not a {getattr(origin, '__name__', annotation)}"]
        (item,) = typing.get_args(annotation)[:1] or (Any,)
        return [
            found
            for index, each in enumerate(value)
            for found in mismatches(each, item, namespace, f"{where}[{index}]")
        ]
    if origin is dict or annotation is dict:
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__} is not a dict"]
        item = (typing.get_args(annotation) or (str, Any))[1]
        return [found for key, each in value.items() for found in mismatches(each, item, namespace, f"{where}.{key}")]
    if annotation is float:
        return (
            []
            if isinstance(value, (int, float)) and not isinstance(value, bool)
            else [f"{where}: {value!r:.80} is not a float"]
        )
    if annotation is int:
        return (
            [] if isinstance(value, int) and not isinstance(value, bool) else [f"{where}: {value!r:.80} is not an int"]
        )
    if isinstance(annotation, type):
        if not isinstance(value, annotation):
            return [f"{where}: {type(value).__name__} {value!r:.80} is not a {annotation.__name__}"]
        if attrs.has(annotation) and not issubclass(annotation, enum.Enum):
            return _model_mismatches(value, namespace, where)
        return []
    return [f"{where}: cannot check annotation {annotation!r}"]


def _model_mismatches(model: Any, namespace: dict[str, Any], where: str) -> list[str]:
    hints = typing.get_type_hints(type(model), globalns=namespace, localns=namespace)
    found: list[str] = []
    for field in attrs.fields(type(model)):
        if field.name == "additional_properties":
            continue
        found += mismatches(getattr(model, field.name), hints[field.name], namespace, f"{where}.{field.name}")
    return found
