"""Contract tests of the whole Simpro client against the real Prism mock server, serving the curated spec.

Every GET of the full reference is called through the documented surface (`client.<tag>.<method>`); Prism
answers with the vendor's documented example, and the answer must parse without exception *and* hold the
types the client declares (tests/declared_types.py), and the same JSON must validate against the models
package's class of the same name. Every list has its page iterators, sync and async. A sample of writes
(one POST, PATCH, PUT or DELETE per tag) goes through Prism's request validation with the documented
request example as its body."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import itertools
import re
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import simpro_client
import simpro_models

from generator.yamlio import load_yaml
from tests.declared_types import mismatches, model_namespace

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "specs" / "simpro" / "openapi.yaml"
TOKEN = "contract-token"


class Operation(typing.NamedTuple):
    resource: str
    method: str
    build: Callable[..., Any]
    verb: str
    template: str


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = load_yaml(SPEC.read_text(encoding="utf-8"), file=str(SPEC))
    return document


@pytest.fixture(scope="module")
def client(prism: Callable[[Path], str]) -> Iterator[Any]:
    with simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=prism(SPEC), max_retries=0) as client:
        yield client


def operations(client: Any) -> list[Operation]:
    """Every method of every resource of the client, with the request it sends."""
    found = []
    resources = [name for name, _ in inspect.getmembers(type(client), lambda value: isinstance(value, property))]
    for resource in resources:
        holder = getattr(client, resource)
        if not isinstance(holder, simpro_client._runtime.Resource):
            continue
        for method in sorted(name for name in vars(type(holder)) if not name.startswith("_")):
            build = importlib.import_module(getattr(holder, method).__module__).request
            sent = re.search(r'_rt\.Call\(\s*"(\w+)",\s*(?:_rt\.path\(\s*)?"([^"]+)"', inspect.getsource(build))
            assert sent is not None, build
            found.append(Operation(resource, method, build, sent.group(1), sent.group(2)))
    return found


def required_arguments(build: Callable[..., Any]) -> dict[str, Any]:
    """A valid value for every required argument but the body: its first member for an enum, else 1."""
    hints = typing.get_type_hints(build, globalns=vars(importlib.import_module(build.__module__)))
    return {
        name: _sample(hints.get(name))
        for name, parameter in inspect.signature(build).parameters.items()
        if parameter.default is parameter.empty and parameter.kind is parameter.KEYWORD_ONLY and name != "body"
    }


def _sample(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is datetime.date:
        return datetime.date(2026, 11, 30)
    return "1" if annotation is str else 1


def declared_answer(build: Callable[..., Any]) -> Any:
    """T of the `Call[T]` an operation's request() returns."""
    hints = typing.get_type_hints(build, globalns=vars(importlib.import_module(build.__module__)))
    return typing.get_args(hints["return"])[0]


def test_every_get_of_the_full_reference_parses_with_its_declared_types(client: Any) -> None:
    namespace = model_namespace("simpro_client")
    gets = [op for op in operations(client) if op.verb == "GET" and not op.method.startswith("iterate")]
    assert len(gets) == 615  # every GET of the 322 sections
    wrong: dict[str, list[str]] = {}
    models_checked = 0
    for op in gets:
        call = op.build(**required_arguments(op.build))
        response = client.send(call)
        assert response.status_code == 200, (op, response.content[:200])
        declared = declared_answer(op.build)
        found = mismatches(response.parsed, declared, namespace)
        models_checked += _validate_with_models(response.content, declared)
        if found:
            wrong[f"{op.resource}.{op.method}"] = found[:3]
    assert wrong == {}
    assert models_checked >= 600  # nearly every answer is a class (or a list of one) the models package has


def _validate_with_models(content: bytes, declared: Any) -> int:
    """The same JSON, validated by the models package's class of the same name (one vocabulary)."""
    import json

    item = typing.get_args(declared)[0] if typing.get_origin(declared) is list else declared
    model = getattr(simpro_models, getattr(item, "__name__", ""), None)
    if model is None:
        return 0
    payload = json.loads(content)
    for value in payload if typing.get_origin(declared) is list else [payload]:
        model.model_validate(value)
    return 1


def test_every_list_has_page_iterators_sync_and_async(client: Any) -> None:
    by_resource: dict[str, set[str]] = {}
    for op in operations(client):
        by_resource.setdefault(op.resource, set()).add(op.method)
    lists = [
        (resource, method)
        for resource, methods in by_resource.items()
        for method in methods
        if method.startswith("list")
    ]
    paged = [
        (resource, method)
        for resource, method in lists
        if "page_size" in inspect.signature(getattr(getattr(client, resource), method)).parameters
    ]
    assert len(paged) >= 300
    missing = [
        (resource, method)
        for resource, method in paged
        if "iterate" + method.removeprefix("list") not in by_resource[resource]
        or not inspect.isasyncgenfunction(
            getattr(getattr(client.aio, resource), "iterate" + method.removeprefix("list"))
        )
    ]
    assert missing == []
    # and they really page: the first items of a sample of iterators, from Prism's examples
    for resource, method in paged[:: max(1, len(paged) // 20)]:
        iterate = getattr(getattr(client, resource), "iterate" + method.removeprefix("list"))
        build = importlib.import_module(iterate.__module__).request
        items = list(itertools.islice(iterate(**required_arguments(build), page_size=1), 2))
        assert items, (resource, method)


def test_a_write_per_tag_passes_prism_request_validation(client: Any, spec: dict[str, Any]) -> None:
    """One POST, PATCH, PUT or DELETE per tag, the body built from the vendor's request example through the
    client's request model: Prism rejects (422) a body or path that does not match the curated spec."""
    accepted: list[str] = []
    rejected: list[str] = []
    seen: set[str] = set()
    for op in operations(client):
        if op.verb == "GET" or op.resource in seen:
            continue
        seen.add(op.resource)
        arguments = required_arguments(op.build)
        if "body" in inspect.signature(op.build).parameters:
            example = _request_example(spec, op)
            if example is None:
                continue
            model = typing.get_type_hints(op.build, globalns=vars(importlib.import_module(op.build.__module__)))["body"]
            arguments["body"] = _from_example(model, example)
        try:
            response = client.send(op.build(**arguments))
        except simpro_client.errors.APIStatusError as error:
            rejected.append(f"{op.resource}.{op.method}: {str(error)[:400]}")
            continue
        assert 200 <= response.status_code < 300, (op.resource, op.method, response.content[:300])
        accepted.append(f"{op.resource}.{op.method}")
    assert rejected == []
    assert len(accepted) >= 200


def _request_example(spec: dict[str, Any], op: Operation) -> Any:
    template = op.template
    for path, item in spec["paths"].items():
        if _python_template(path) == template:
            body = (item.get(op.verb.lower()) or {}).get("requestBody") or {}
            media = (body.get("content") or {}).get("application/json") or {}
            if "example" in media:
                return media["example"]
            examples = media.get("examples") or {}
            return next(iter(examples.values()), {}).get("value") if examples else None
    raise AssertionError(f"no spec path for {op}")


def _python_template(path: str) -> str:
    from openapi_python_client.strings import snake_case

    return re.sub(r"\{([^}]+)\}", lambda match: "{" + snake_case(match.group(1)) + "}", path)


def _from_example(model: Any, example: Any) -> Any:
    origin = typing.get_origin(model)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(model) if option is not type(None)]
        model = next(option for option in options if hasattr(option, "from_dict") or typing.get_origin(option) is list)
        origin = typing.get_origin(model)
    if origin is list:
        (item,) = typing.get_args(model)
        return [_from_example(item, value) for value in example]
    return model.from_dict(example) if hasattr(model, "from_dict") else example
