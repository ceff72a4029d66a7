"""Issue 12, items 6 and 9: the resource-style surface of the generated clients (`client.<tag>.<method>`,
`client.aio.<tag>.<method>`, keyword arguments named from the spec, docstrings with every parameter's
description and the errors raised), checked against a real loopback server, the curated specs and
`mypy --strict`; and the per-operation code staying small."""

from __future__ import annotations

import asyncio
import collections.abc
import importlib
import inspect
import os
import pkgutil
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import lucca_invoices_client
import pytest
import simpro_client
from openapi_python_client.strings import PythonIdentifier
from simpro_client.api.invoice_cost_centers import list_invoice_cost_centers

from generator.normalize import normalize
from generator.pipeline import Workspace, load_curated
from generator.targets.client_surface import CLIENT_MEMBER_NAMES, resource
from tests.loopback import RecordedRequest, Reply, loopback_server
from tests.test_simpro_contract import declared_answer, required_arguments

REPO = Path(__file__).resolve().parents[1]
TOKEN = "simpro-T0ken-9e1d"
PACKAGES = {"simpro": simpro_client, "lucca-invoices": lucca_invoices_client}


def operation_modules(package: Any) -> list[Any]:
    api = importlib.import_module(f"{package.__name__}.api")
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(api.__path__, f"{package.__name__}.api.")
        if not info.ispkg
    ]


def curated_operations(api_name: str) -> dict[str, dict[str, Any]]:
    """Operation module name → operation of the normalized spec the package was generated from."""
    workspace = Workspace(REPO)
    [api] = workspace.apis([api_name])
    document = normalize(load_curated(workspace, api), api.settings.get("normalize", {})).document
    return {
        str(PythonIdentifier(operation["operationId"], "field_")): {**operation, "shared": item.get("parameters", [])}
        for item in document["paths"].values()
        for method, operation in item.items()
        if method != "parameters"
    }


def flat(text: str) -> str:
    return " ".join(text.split())


def test_resources_are_named_from_tags_and_verbs() -> None:
    client = simpro_client.AuthenticatedClient(api_key=TOKEN, build="acme")
    methods = {name for name in vars(type(client.invoice_cost_centers)) if not name.startswith("_")}
    assert methods == {"list", "get", "iterate"}
    assert {name for name in vars(type(client.job_cost_centers)) if not name.startswith("_")} == {
        "list",
        "list_all",  # "List all cost centers" of every job of the company: `list_all_job_cost_centers`
        "create",
        "get",
        "update",
        "delete",
        "iterate",
        "iterate_all",
    }
    assert {name for name in vars(type(client.aio.invoice_cost_centers)) if not name.startswith("_")} == methods
    lucca = lucca_invoices_client.AuthenticatedClient(api_key="k", host="acme.ilucca.net")
    assert callable(lucca.purchases.create)
    assert callable(lucca.cost_centers.import_cost_centers)  # `import` is a keyword: the whole name stays


def test_path_ids_are_keywords_named_from_the_spec() -> None:
    with loopback_server(lambda request: Reply(body=[])) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        assert client.invoice_cost_centers.list(company_id=3, invoice_id=42) == []
        with pytest.raises(TypeError):
            client.invoice_cost_centers.list(3, 42)  # type: ignore[misc]
        with pytest.raises(TypeError, match="invoice_id"):
            client.invoice_cost_centers.list(company_id=3)  # type: ignore[call-arg]
    assert [request.path for request in server.requests] == ["/api/v1.0/companies/3/invoices/42/costCenters/"]


def test_async_twins_and_iterate_from_a_given_page() -> None:
    def pages(request: RecordedRequest) -> Reply:
        if "page" not in request.query:  # the get
            return Reply(body={"ID": 1, "Name": "one"})
        page = int(request.query["page"][0])
        return Reply(body=[{"ID": page, "Name": f"n{page}"}], headers={"Result-Pages": "4"})

    async def collect(client: simpro_client.AuthenticatedClient) -> tuple[list[int], int]:
        ids = [item.id async for item in client.aio.invoice_cost_centers.iterate(company_id=0, invoice_id=1, page=3)]
        one = await client.aio.invoice_cost_centers.get(company_id=0, invoice_id=1, cost_center_id=9)
        return ids, one.id  # type: ignore[return-value]

    with loopback_server(pages) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        ids = [item.id for item in client.invoice_cost_centers.iterate(company_id=0, invoice_id=1, page_size=7)]
        assert ids == [1, 2, 3, 4]
        assert asyncio.run(collect(client)) == ([3, 4], 1)
    assert [r.query["pageSize"] for r in server.requests[:4]] == [["7"]] * 4
    assert server.requests[4].query["pageSize"] == ["250"]  # the documented default page size
    assert server.requests[-1].path == "/api/v1.0/companies/0/invoices/1/costCenters/9"


def test_methods_raise_on_an_undocumented_2xx_while_send_gives_the_whole_response() -> None:
    with loopback_server(lambda request: Reply(status=299, body=[], headers={"X-Request-Id": "r-1"})) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        with pytest.raises(simpro_client.errors.UnexpectedStatus) as unexpected:
            client.invoice_cost_centers.list(company_id=0, invoice_id=1)
        response = client.send(list_invoice_cost_centers.request(company_id=0, invoice_id=1))
        strict = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url, raise_on_unexpected_status=True)
        with pytest.raises(simpro_client.errors.UnexpectedStatus):
            strict.send(list_invoice_cost_centers.request(company_id=0, invoice_id=1))
    assert unexpected.value.status_code == 299
    assert response.status_code == 299 and response.parsed is None and response.request_id == "r-1"


@pytest.mark.parametrize("api_name", sorted(PACKAGES))
def test_docstrings_carry_every_parameter_description_from_the_spec(api_name: str) -> None:
    package = PACKAGES[api_name]
    operations = curated_operations(api_name)
    described = 0
    for module in operation_modules(package):
        doc = flat(module.request.__doc__ or "")
        operation = operations[module.__name__.rsplit(".", 1)[1]]
        parameters = [p for p in inspect.signature(module.request).parameters if p != "options"]
        for name in parameters:
            assert f" {name}: " in doc, (module.__name__, name)
        for parameter in [*operation["shared"], *operation.get("parameters", [])]:
            if parameter.get("description") and "$ref" not in parameter:
                assert flat(parameter["description"]) in doc, (module.__name__, parameter["name"])
                described += 1
        body = operation.get("requestBody", {}).get("description")
        if body:
            assert f"body: {flat(body)}" in doc, module.__name__
            described += 1
    assert described >= {"simpro": 150, "lucca-invoices": 1}[api_name]


def test_docstrings_list_the_documented_errors_that_are_really_raised() -> None:
    from simpro_client.api.cost_centers import delete_cost_center

    doc = flat(delete_cost_center.request.__doc__ or "")
    assert "errors.NotFoundError: 404 - Cost center does not exist." in doc
    client = simpro_client.AuthenticatedClient(api_key=TOKEN, build="acme")
    assert client.cost_centers.delete.__doc__ == delete_cost_center.request.__doc__  # what help() shows
    assert "cost_center_id" in inspect.signature(client.cost_centers.delete).parameters
    # help() shows what a method returns, not the request() it is built from
    from simpro_client.models import InvoiceCostCenter

    assert inspect.signature(client.cost_centers.delete).return_annotation is type(None)
    assert inspect.signature(client.invoice_cost_centers.list).return_annotation == list[InvoiceCostCenter]
    iterate = inspect.signature(client.aio.invoice_cost_centers.iterate).return_annotation
    assert iterate == collections.abc.AsyncIterator[InvoiceCostCenter]
    with loopback_server(lambda request: Reply(status=404, body={"message": "no such cost center"})) as server:
        client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=server.url)
        with pytest.raises(simpro_client.errors.NotFoundError):
            client.cost_centers.delete(company_id=0, cost_center_id=5)


def test_every_public_client_member_is_reserved_from_tag_names() -> None:
    """A tag named like a Client member (`request`, `close`) gets a trailing underscore as its attribute;
    generator/targets/client_surface.py must know every member for that."""
    tags = {resource["attribute"] for resource in _resources(simpro_client)}
    members = {name for name in dir(simpro_client.AuthenticatedClient) if not name.startswith("_")}
    server_variables = {"build"}
    assert members - tags <= CLIENT_MEMBER_NAMES | server_variables, sorted(members - tags - CLIENT_MEMBER_NAMES)
    assert "invoice_cost_centers" in members and "build" in members
    assert resource(_collection("get_build"), "build", (), "p", "s", frozenset({"build"}))["attribute"] == "build_"


def _resources(package: Any) -> list[dict[str, Any]]:
    api = importlib.import_module(f"{package.__name__}.api")
    return [{"attribute": info.name} for info in pkgutil.iter_modules(api.__path__) if info.ispkg]


def _collection(*names: str) -> SimpleNamespace:
    endpoints = [
        SimpleNamespace(name=name, method="get", path=f"/{name}", summary="", query_parameters=[]) for name in names
    ]
    return SimpleNamespace(endpoints=endpoints)


def test_method_names_fall_back_to_the_whole_operation_name() -> None:
    names = [
        m.name for m in resource(_collection("get_invoice", "get_invoices"), "invoices", (), "page", "size")["methods"]
    ]
    assert names == ["get_invoice", "get_invoices"]  # both would be `get`: neither is shortened
    named = resource(_collection("list_categories", "import_categories", "search"), "categories", (), "p", "s")
    assert [m.name for m in named["methods"]] == ["list", "import_categories", "search"]
    assert resource(_collection("send_request"), "request", (), "p", "s")["attribute"] == "request_"


USER_PROGRAM = """
import asyncio

import httpx
from simpro_client import AuthenticatedClient, errors
from simpro_client.api.invoice_cost_centers import list_invoice_cost_centers
from simpro_client.models import InvoiceCostCenter, Search
from simpro_client.types import Response


def names(client: AuthenticatedClient) -> list[str]:
    listed: list[InvoiceCostCenter] = client.invoice_cost_centers.list(
        company_id=0, invoice_id=42, search=Search.ANY, columns=["ID", "Name"], timeout=5.0
    )
    one: InvoiceCostCenter = client.invoice_cost_centers.get(company_id=0, invoice_id=42, cost_center_id=7)
    every = [str(item.name) for item in client.invoice_cost_centers.iterate(company_id=0, invoice_id=42, page_size=100)]
    return [str(item.name) for item in listed] + [str(one.name)] + every


def whole(client: AuthenticatedClient) -> int:
    response: Response[list[InvoiceCostCenter]] = client.send(
        list_invoice_cost_centers.request(company_id=0, invoice_id=42, extra_headers={"X-Trace": "1"})
    )
    return response.status_code


async def awaited(client: AuthenticatedClient) -> int:
    items = await client.aio.invoice_cost_centers.list(company_id=0, invoice_id=42, max_retries=0)
    async for item in client.aio.invoice_cost_centers.iterate(company_id=0, invoice_id=42):
        items.append(item)
    await client.aio.cost_centers.delete(company_id=0, cost_center_id=1)  # None: answers 204
    return len(items)


def main() -> None:
    client = AuthenticatedClient(api_key="k", build="b", timeout=httpx.Timeout(10.0))
    try:
        names(client)
        asyncio.run(awaited(client))
    except errors.NotFoundError as missing:
        print(missing.status_code, missing.request_id)
    except errors.APIError:
        pass
"""

WRONG = {
    "a string id": "client.invoice_cost_centers.get(company_id='0', invoice_id=42, cost_center_id=7)",
    "a positional id": "client.invoice_cost_centers.list(0, 42)",
    "a missing id": "client.invoice_cost_centers.list(company_id=0)",
    "an unknown option": "client.invoice_cost_centers.list(company_id=0, invoice_id=42, retries=2)",
    "a wrong option type": "client.invoice_cost_centers.list(company_id=0, invoice_id=42, timeout='slow')",
    "a wrong result type": "x: int = client.invoice_cost_centers.get(company_id=0, invoice_id=42, cost_center_id=7)",
}


def mypy_strict(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "user_program.py"
    program.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(program)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": str(REPO / "generated" / "simpro-client")},
    )


def test_a_user_program_against_the_resource_surface_passes_mypy_strict_and_mistakes_fail(tmp_path: Path) -> None:
    result = mypy_strict(tmp_path, USER_PROGRAM)
    assert result.returncode == 0, result.stdout + result.stderr
    mistakes = "".join(
        f"\n\ndef mistake_{n}(client: AuthenticatedClient) -> None:\n    {c}\n" for n, c in enumerate(WRONG.values())
    )
    result = mypy_strict(tmp_path, USER_PROGRAM + mistakes)
    flagged = {int(line) for line in re.findall(r"user_program\.py:(\d+): error", result.stdout)}
    lines = (USER_PROGRAM + mistakes).splitlines()
    for what, code in WRONG.items():
        line = lines.index(f"    {code}") + 1
        assert line in flagged, (what, result.stdout)
    assert len(flagged) == len(WRONG), result.stdout


def test_per_operation_code_is_at_most_a_third_of_what_it_was() -> None:
    """Issue 12, item 9: 8,195 lines in Simpro's 32 operation modules before the shared runtime (256 per
    operation); at most a third of that now, the resource classes included."""
    api = REPO / "generated" / "simpro-client" / "simpro_client" / "api"
    modules = [path for path in api.rglob("*.py") if path.name != "__init__.py"]
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in api.rglob("*.py"))
    assert len(modules) == 1324  # every operation of the full reference
    assert lines / len(modules) <= 256 / 3, lines / len(modules)


def test_every_simpro_method_without_a_body_works_against_prism(prism: Callable[[Path], str]) -> None:
    """The documented surface on the happy path: each list, get, iterate and delete of the client, called
    with keyword ids, against Prism serving the curated spec (Prism validates every request)."""
    spec = REPO / "specs" / "simpro" / "openapi.yaml"
    client = simpro_client.AuthenticatedClient(api_key=TOKEN, base_url=prism(spec), raise_on_unexpected_status=True)
    called: dict[str, int] = {}
    for tag in _resources(simpro_client):
        resource_ = getattr(client, tag["attribute"])
        for name in [n for n in vars(type(resource_)) if not n.startswith("_")]:
            method = getattr(resource_, name)
            parameters = inspect.signature(method).parameters.values()
            if "body" in {p.name for p in parameters}:
                continue
            ids = required_arguments(importlib.import_module(method.__module__).request)  # enums: a member
            result = method(**ids)
            if name.startswith("iterate"):
                result = list(result)
            build = importlib.import_module(method.__module__).request
            verb = build(**ids).method
            answers_nothing = name.startswith("iterate") is False and declared_answer(build) is type(None)
            assert (result is None) == answers_nothing, (tag, name, result)
            called[verb] = called.get(verb, 0) + 1
    # every GET, the paged lists again by iterate, every DELETE, the POSTs without a body (locks)
    iterators = sum(
        1
        for tag in _resources(simpro_client)
        for n in vars(type(getattr(client, tag["attribute"])))
        if n.startswith("iterate")
    )
    assert iterators >= 302 and called["GET"] == 615 + iterators and called["DELETE"] == 216, called
