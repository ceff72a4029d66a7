"""The models target: pydantic v2 models rendered by datamodel-code-generator from the normalized spec.

Each spec is normalized the way the pipeline does it, rendered into a temporary folder and imported from
there; the generated package is then checked as a consumer uses it (parse, dump, reject), and as a
maintainer does (byte-identical re-render, mypy --strict, ruff format --check, pip install).
"""

from __future__ import annotations

import enum
import filecmp
import importlib
import json
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import ValidationError

from generator.config import ApiConfig, TargetConfig
from generator.errors import SpecFoundryError
from generator.normalize import NormalizedSpec, normalize
from generator.pipeline import Workspace, load_curated
from generator.targets.models import mark_request_schemas, render_models
from generator.yamlio import load_yaml

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "models"
LUCCA_TARGET = TargetConfig(kind="models", package="lucca-invoices-models")
FIXTURE_TARGET = TargetConfig(kind="models", package="fixture-invoices-models")
SIMPRO_TARGET = TargetConfig(kind="models", package="simpro-models")


# --- building and importing packages -----------------------------------------------------------------


def lucca() -> tuple[ApiConfig, NormalizedSpec]:
    workspace = Workspace(REPO)
    api = workspace.apis(["lucca-invoices"])[0]
    return api, normalize(load_curated(workspace, api), api.settings.get("normalize", {}))


def fixture() -> tuple[ApiConfig, NormalizedSpec]:
    """The OpenAPI 3.0.3 fixture, as an API folder of its own (it has no api.toml: nothing reads one)."""
    api = ApiConfig(
        name="fixture-invoices",
        folder=FIXTURE,
        title="Fixture Invoices",
        sources=(),
        overlays=(),
        targets=(FIXTURE_TARGET,),
    )
    document = load_yaml((FIXTURE / "openapi.yaml").read_text(encoding="utf-8"), file="openapi.yaml")
    return api, normalize(document, {})


def render(api: ApiConfig, spec: NormalizedSpec, target: TargetConfig, output: Path) -> Path:
    render_models(api, target, spec, version="1.2.3", output=output, templates=REPO / "templates")
    return output


@contextmanager
def imported(output: Path, name: str) -> Iterator[ModuleType]:
    """Import the package rendered in `output`, then forget it (so another render can be imported)."""
    sys.path.insert(0, str(output))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(output))
        for module in [module for module in sys.modules if module == name or module.startswith(f"{name}.")]:
            del sys.modules[module]


@pytest.fixture(scope="module")
def lucca_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(*lucca(), LUCCA_TARGET, tmp_path_factory.mktemp("lucca") / LUCCA_TARGET.package)


@pytest.fixture(scope="module")
def lucca_models(lucca_output: Path) -> Iterator[ModuleType]:
    with imported(lucca_output, LUCCA_TARGET.import_name) as module:
        yield module


@pytest.fixture(scope="module")
def fixture_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(*fixture(), FIXTURE_TARGET, tmp_path_factory.mktemp("fixture") / FIXTURE_TARGET.package)


@pytest.fixture(scope="module")
def fixture_models(fixture_output: Path) -> Iterator[ModuleType]:
    with imported(fixture_output, FIXTURE_TARGET.import_name) as module:
        yield module


# --- Lucca (OpenAPI 3.1) ------------------------------------------------------------------------------

COST_CENTER = {
    "id": 41,
    "name": "Marketing",
    "code": "MKT",
    "owner": {
        "id": 416,
        "href": "https://example.ilucca.net/api/v3/users/416",
        "name": "John Doe",
        "firstName": "John",
        "lastName": "Doe",
        "pictureHref": None,
    },
    "state": "Enabled",
    "establishments": [
        {"id": 13, "name": "Paris", "href": "/organization/structure/api/establishments/13"},
    ],
}


def test_a_cost_center_response_parses_and_dumps_back_to_the_same_json(lucca_models: ModuleType) -> None:
    model = lucca_models.CostCenterResponse.model_validate_json(_json(COST_CENTER))

    assert model.owner.first_name == "John"
    assert model.owner.picture_href is None
    assert model.establishments[0].href == "/organization/structure/api/establishments/13"
    assert model.model_dump(mode="json", exclude_unset=True) == COST_CENTER
    assert model.model_dump_json(exclude_unset=True) == _json(COST_CENTER)


def test_models_follow_the_read_write_split(lucca_models: ModuleType) -> None:
    response = set(lucca_models.CostCenterResponse.model_fields)
    request = set(lucca_models.ImportCostCentersRequestItem.model_fields)

    assert {"id", "owner", "establishments"} <= response
    assert not {"owner_id", "establishment_ids"} & response  # write-only
    assert {"owner_id", "establishment_ids"} <= request
    assert not {"id", "owner", "establishments"} & request  # read-only
    assert issubclass(lucca_models.ImportCostCentersRequestItem, lucca_models.RequestModel)
    assert issubclass(lucca_models.ImportCostCentersRequest, lucca_models.RequestModel)
    assert not issubclass(lucca_models.CostCenterResponse, lucca_models.RequestModel)


@pytest.mark.parametrize(
    ("field", "value"),
    [("id", 41), ("owner", {"id": 416}), ("establishments", [{"id": 13}]), ("typo", 1)],
)
def test_a_request_model_refuses_read_only_and_unknown_fields(
    lucca_models: ModuleType, field: str, value: object
) -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        lucca_models.ImportCostCentersRequestItem.model_validate({"name": "Marketing", "code": "MKT", field: value})


def test_fields_are_snake_case_with_the_wire_names_as_aliases(lucca_models: ModuleType) -> None:
    item = lucca_models.ImportCostCentersRequestItem
    assert item.model_fields["owner_id"].alias == "ownerId"
    assert lucca_models.UserReferenceResponse.model_fields["first_name"].alias == "firstName"
    by_name = item(name="Marketing", code="MKT", owner_id=416, establishment_ids=[1])
    by_alias = item.model_validate({"name": "Marketing", "code": "MKT", "ownerId": 416, "establishmentIds": [1]})
    assert by_name == by_alias
    assert by_name.model_dump(exclude_unset=True) == {
        "name": "Marketing",
        "code": "MKT",
        "ownerId": 416,
        "establishmentIds": [1],
    }


def test_enums_are_enums_with_enum_defaults(lucca_models: ModuleType) -> None:
    state = lucca_models.CostCenterState
    assert issubclass(state, enum.Enum)
    assert [member.value for member in state] == ["Disabled", "Enabled"]
    assert lucca_models.ImportCostCentersRequestItem(name="n", code="c").state is state.DISABLED
    assert lucca_models.ImportCostCentersRequest(mode="AllOrNothing").mode is lucca_models.ImportMode.ALL_OR_NOTHING
    with pytest.raises(ValidationError):
        lucca_models.ImportCostCentersRequest(mode="Sometimes")


def test_every_documented_example_validates_and_dumps_back(lucca_models: ModuleType) -> None:
    """Every request/response example of the spec, through the model its schema became."""
    _api, spec = lucca()
    checked = 0
    for class_name, example in _documented_examples(spec.document):
        model = getattr(lucca_models, class_name).model_validate(example)
        assert _same_json(model.model_dump(mode="json", exclude_unset=True), example), class_name
        checked += 1
    assert checked >= 2  # the purchase request (curl body) and response examples at least


def test_every_simpro_example_validates_and_dumps_back_by_alias(tmp_path: Path) -> None:
    workspace = Workspace(REPO)
    api = workspace.apis(["simpro"])[0]
    spec = normalize(load_curated(workspace, api), api.settings.get("normalize", {}))
    output = render(api, spec, SIMPRO_TARGET, tmp_path / SIMPRO_TARGET.package)
    checked = set()
    with imported(output, SIMPRO_TARGET.import_name) as models:
        for class_name, example in _documented_examples(spec.document):
            model = getattr(models, class_name).model_validate(example)
            assert _same_json(model.model_dump(mode="json", by_alias=True, exclude_unset=True), example), class_name
            checked.add(class_name)
    assert len(checked) >= 15, sorted(checked)


def test_the_package_is_laid_out_for_pip_and_documented(lucca_output: Path, lucca_models: ModuleType) -> None:
    package = lucca_output / LUCCA_TARGET.import_name
    files = sorted(path.name for path in package.iterdir())
    assert files == ["__init__.py", "_base.py", "convert.py", "models.py", "py.typed"]
    project = tomllib.loads((lucca_output / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (project["name"], project["version"]) == ("lucca-invoices-models", "1.2.3")
    assert any(dependency.startswith("pydantic>=2") for dependency in project["dependencies"])

    models = importlib.import_module(f"{LUCCA_TARGET.import_name}.models")
    # (pydantic also files parametrized generics, `RootModel[...]`, under their repr in the module)
    classes = {
        name
        for name, value in vars(models).items()
        if isinstance(value, type) and value.__module__ == models.__name__ and name.isidentifier()
    }
    assert classes <= set(lucca_models.__all__)
    assert {"CostCenterResponse", "CostCenterState", "ImportCostCentersRequest", "ImportCostCentersResponse"} <= classes

    code = (package / "models.py").read_text(encoding="utf-8")
    assert "datamodel-codegen" not in code and "timestamp" not in code  # no banner that changes per run
    assert "AnyUrl" not in code  # relative hrefs are valid hrefs

    readme = (lucca_output / "README.md").read_text(encoding="utf-8")
    [example, conversion] = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    namespace: dict[str, Any] = {"payload": _json(COST_CENTER)}
    exec(compile(example, "README.md", "exec"), namespace)
    # "With the client": a models value to the installed client's class of the same name, and back.
    body = {"mode": "AllOrNothing", "items": [{"name": "Marketing", "code": "MKT", "ownerId": 416}]}
    model = lucca_models.ImportCostCentersRequest.model_validate(body)
    namespace = {"model": model}
    exec(compile(conversion, "README.md", "exec"), namespace)
    assert type(namespace["for_the_client"]).__module__.startswith("lucca_invoices_client.models")
    assert namespace["for_the_client"].to_dict() == body
    assert namespace["validated"] == model


def test_rendering_twice_gives_identical_bytes(tmp_path: Path) -> None:
    api, spec = lucca()
    first = render(api, spec, LUCCA_TARGET, tmp_path / "first")
    second = render(api, spec, LUCCA_TARGET, tmp_path / "second")
    assert _tree(first) == _tree(second)
    for relative in _tree(first):
        assert filecmp.cmp(first / relative, second / relative, shallow=False), relative


@pytest.mark.parametrize("which", ["lucca", "fixture"])
def test_the_package_passes_mypy_strict_and_ruff_and_installs_with_pip(which: str, tmp_path: Path) -> None:
    api, spec = lucca() if which == "lucca" else fixture()
    target = LUCCA_TARGET if which == "lucca" else FIXTURE_TARGET
    output = render(api, spec, target, tmp_path / target.package)

    ruff = _run([sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."], cwd=output)
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    # The package's own configuration: --strict with the pydantic plugin (pyproject.toml).
    mypy = _run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), target.import_name], cwd=output)
    assert "strict = true" in (output / "pyproject.toml").read_text(encoding="utf-8")
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr

    site = tmp_path / "site"
    pip_install = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps"]
    pip = _run([*pip_install, "--target", str(site), str(output)], cwd=tmp_path)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    assert (site / target.import_name / "py.typed").is_file()
    assert (site / target.import_name / "models.py").is_file()
    # A consumer without the plugin: the installed package is still mypy --strict clean.
    consumer = _run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache2"), target.import_name],
        cwd=site,
    )
    assert consumer.returncode == 0, consumer.stdout + consumer.stderr


# --- the OpenAPI 3.0.3 fixture: what Simpro and the Lucca purchase bring --------------------------------

INVOICE = {
    "ID": 7,
    "Type": "TaxInvoice",
    "Stage": "Approved",
    "Description": None,
    "CISDeductionRate": None,
    "Status": "Open",
    "Date": "2024-09-24",
    "DateCreated": "2024-09-24T10:02:01+10:00",
    "Customer": {"ID": 3, "CompanyName": "ACME", "Href": "/api/v1.0/companies/0/customers/companies/3"},
    "Total": {"ExTax": 100.0, "IncTax": 110.0},
    "Payment": {"Method": "Card", "Last4": "4242", "ID": 12},
    "Href": "/api/v1.0/companies/0/invoices/7",
}


def test_fixture_response_round_trips_with_nullables_dates_and_relative_hrefs(fixture_models: ModuleType) -> None:
    invoice = fixture_models.InvoiceResponse.model_validate(INVOICE)

    assert invoice.description is None and invoice.cis_deduction_rate is None
    assert invoice.date == date(2024, 9, 24)  # a field named like its type still gets the type
    assert isinstance(invoice.date_created, datetime) and invoice.date_created.utcoffset() is not None
    assert invoice.href == "/api/v1.0/companies/0/invoices/7"
    assert invoice.status is fixture_models.InvoiceResponseStatus.OPEN
    assert invoice.model_dump(mode="json", exclude_unset=True) == INVOICE


def test_fixture_nullable_fields_are_optional_types_and_required_stays_required(fixture_models: ModuleType) -> None:
    request = fixture_models.InvoiceRequest
    base = {"Type": "TaxInvoice", "Stage": "Pending"}
    assert request.model_validate({**base, "Description": None}).description is None
    with pytest.raises(ValidationError, match="Description"):
        request.model_validate(base)  # required, even though it may be null
    with pytest.raises(ValidationError):
        fixture_models.InvoiceResponse.model_validate({**INVOICE, "Stage": None})  # not nullable
    with pytest.raises(ValidationError):
        fixture_models.InvoiceResponse.model_validate({**INVOICE, "DateCreated": "2024-09-24T10:02:01"})  # naive


def test_fixture_discriminated_union_uses_the_mapping(fixture_models: ModuleType) -> None:
    response = fixture_models.InvoiceResponse
    card = response.model_validate(INVOICE).payment.root
    cash = response.model_validate({**INVOICE, "Payment": {"Method": "Cash", "ReceivedOn": "2024-10-01"}}).payment.root
    assert isinstance(card, fixture_models.CardPaymentResponse) and card.id == 12
    assert isinstance(cash, fixture_models.CashPayment) and cash.received_on == date(2024, 10, 1)
    with pytest.raises(ValidationError, match="does not match any of the expected tags"):
        response.model_validate({**INVOICE, "Payment": {"Method": "Cheque"}})
    # The request side of the union is the request variant: its read-only `ID` is refused.
    request = {"Type": "TaxInvoice", "Stage": "Pending", "Description": "d"}
    assert fixture_models.InvoiceRequest.model_validate({**request, "Payment": {"Method": "Card", "Last4": "4242"}})
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        fixture_models.InvoiceRequest.model_validate({**request, "Payment": {"Method": "Card", "Last4": "1", "ID": 1}})


def test_fixture_request_models_refuse_read_only_fields_and_shared_models_stay_lenient(
    fixture_models: ModuleType,
) -> None:
    request = {"Type": "TaxInvoice", "Stage": "Pending", "Description": "d", "CustomerID": 3, "Jobs": [1]}
    assert fixture_models.InvoiceRequest.model_validate(request).customer_id == 3
    for field in ("ID", "DateCreated", "Href"):
        with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
            fixture_models.InvoiceRequest.model_validate({**request, field: INVOICE[field]})
    assert "CustomerID" not in fixture_models.InvoiceResponse.model_validate({**INVOICE, "CustomerID": 3}).model_dump()
    # `total` is reached by requests and responses alike: a server adding a field must not break responses.
    assert issubclass(fixture_models.CreateNoteRequest, fixture_models.RequestModel)
    assert not issubclass(fixture_models.Total, fixture_models.RequestModel)
    assert fixture_models.Total.model_validate({"ExTax": 1, "Discount": 2}).model_dump(exclude_unset=True) == {
        "ExTax": 1
    }


def test_fixture_array_response_validates_ten_thousand_items(fixture_models: ModuleType) -> None:
    items = [
        {"ID": index, "Type": "TaxInvoice", "IsPaid": index % 2 == 0, "DateIssued": "2024-09-24"}
        | {"Total": {"ExTax": 1.5, "IncTax": 1.65}, "Href": f"/api/v1.0/companies/0/invoices/{index}"}
        for index in range(10_000)
    ]
    page = fixture_models.ListInvoicesResponse.model_validate_json(_json(items))
    assert len(page.root) == 10_000
    assert page.root[9_999].href == "/api/v1.0/companies/0/invoices/9999"
    assert page.model_dump(mode="json", exclude_unset=True) == items


def test_fixture_inline_bodies_are_named_after_their_operation(fixture_models: ModuleType) -> None:
    note = fixture_models.CreateNoteRequest(subject="Hello", visibility="Private")
    assert note.visibility is fixture_models.CreateNoteRequestVisibility.PRIVATE
    assert fixture_models.CreateNoteResponse.model_validate({"ID": 1, "Subject": "Hello"}).id == 1


# --- the Simpro spec, once it exists ------------------------------------------------------------------


def test_simpro_list_responses_validate_ten_thousand_items(tmp_path: Path) -> None:
    workspace = Workspace(REPO)
    api = workspace.apis(["simpro"])[0]
    spec = normalize(load_curated(workspace, api), api.settings.get("normalize", {}))
    output = render(api, spec, SIMPRO_TARGET, tmp_path / SIMPRO_TARGET.package)
    lists = [
        (class_name, example)
        for class_name, example in _documented_examples(spec.document)
        if isinstance(example, list) and example and class_name.endswith("Response")
    ]
    assert lists, "the Simpro spec documents no list response example"
    # Every list response class reads its documented example; ten of them, spread over the names, read a
    # 10,000-item page (all ~300 at that size took 80 s of the suite for the same proof of scale).
    at_scale = {class_name for class_name, _ in sorted(lists)[:: max(1, len(lists) // 10)]}
    with imported(output, SIMPRO_TARGET.import_name) as models:
        for class_name, example in lists:
            size = 10_000 if class_name in at_scale else len(example)
            items = (example * (size // len(example) + 1))[:size]
            page = getattr(models, class_name).model_validate_json(_json(items))
            assert len(page.root) == size, class_name
            dumped = [item.model_dump(mode="json", exclude_unset=True) for item in page.root[: len(example)]]
            assert _same_json(dumped, example), class_name
    assert len(at_scale) >= 10


# --- request marking and errors -------------------------------------------------------------------------


def test_only_object_schemas_that_only_requests_reach_get_the_request_base() -> None:
    def body(schema: dict[str, Any]) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": schema}}}

    ref = {"$ref": "#/components/schemas/shared"}
    document = {
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"$ref": "#/components/requestBodies/thing"},
                    "responses": {"200": body({"type": "object", "properties": {"shared": ref}})},
                }
            }
        },
        "components": {
            "requestBodies": {
                "thing": body(
                    {
                        "type": "object",
                        "properties": {
                            "shared": ref,
                            "free": {"type": "object"},
                            "map": {"type": "object", "properties": {"a": {}}, "additionalProperties": True},
                            "only": {"type": "array", "items": {"$ref": "#/components/schemas/only-request"}},
                        },
                    }
                )
            },
            "schemas": {
                "shared": {"type": "object", "properties": {"a": {"type": "string"}}},
                "only-request": {"type": "object", "properties": {"b": {"type": "string"}}},
            },
        },
    }
    marked = mark_request_schemas(document, "pkg._base.RequestModel")

    schemas = marked["components"]["schemas"]
    request = marked["components"]["requestBodies"]["thing"]["content"]["application/json"]["schema"]
    assert schemas["only-request"]["customBasePath"] == "pkg._base.RequestModel"
    assert request["customBasePath"] == "pkg._base.RequestModel"
    assert "customBasePath" not in schemas["shared"]
    assert "customBasePath" not in request["properties"]["free"]
    assert "customBasePath" not in request["properties"]["map"]
    assert "customBasePath" not in document["components"]["schemas"]["only-request"]  # a copy


def test_rendering_into_an_existing_folder_is_an_error(tmp_path: Path) -> None:
    api, spec = fixture()
    with pytest.raises(SpecFoundryError, match="already exists"):
        render(api, spec, FIXTURE_TARGET, tmp_path)


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"$ref": "#/components/schemas/missing"}, "missing"),
        ({"type": 12}, "cannot read a schema"),
    ],
)
def test_a_schema_the_generator_cannot_model_is_one_clear_error(
    tmp_path: Path, schema: dict[str, Any], message: str
) -> None:
    api, spec = fixture()
    spec.document["components"]["schemas"]["total"]["properties"]["Broken"] = schema
    with pytest.raises(SpecFoundryError, match=message) as raised:
        render(api, spec, FIXTURE_TARGET, tmp_path / "out")
    assert raised.value.file == str(api.curated_spec)
    assert raised.value.fix


def test_what_the_generator_approximates_is_a_warning_and_the_package_is_written(tmp_path: Path) -> None:
    api, spec = fixture()
    spec.document["components"]["schemas"]["total"]["properties"]["Broken"] = {"type": "integer", "format": "int3é"}
    found = render_models(
        api, FIXTURE_TARGET, spec, version="1.0.0", output=tmp_path / "out", templates=REPO / "templates"
    )
    assert [item.code for item in found] == ["models-approximated"]
    assert "int3é" in found[0].message and found[0].file == str(api.curated_spec)
    assert (tmp_path / "out" / FIXTURE_TARGET.import_name / "models.py").is_file()


def test_a_broken_template_is_one_clear_error(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates" / "models", templates / "models")
    (templates / "models" / "README.md.jinja").write_text("# {{ project_name ", encoding="utf-8")
    api, spec = fixture()
    with pytest.raises(SpecFoundryError, match="invalid template") as raised:
        render_models(api, FIXTURE_TARGET, spec, version="1.0.0", output=tmp_path / "out", templates=templates)
    assert raised.value.file is not None and "README.md.jinja" in raised.value.file


# --- helpers ------------------------------------------------------------------------------------------


def _json(value: object) -> str:
    """Compact JSON, as pydantic's model_dump_json writes it."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _run(command: list[str], *, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def _tree(folder: Path) -> list[Path]:
    return sorted(path.relative_to(folder) for path in folder.rglob("*") if path.is_file())


def _pascal(name: str) -> str:
    """datamodel-code-generator's class name for a component key or an operationId."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def _documented_examples(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(class name, example) for every body example whose schema is a component or an inline body."""
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            bodies = [("Request", operation.get("requestBody") or {})]
            bodies += [("Response", response) for response in operation["responses"].values()]
            inline_responses = sum(
                1
                for _, body in bodies[1:]
                for media in (body.get("content") or {}).values()
                if "$ref" not in media.get("schema", {})
            )
            for direction, body in bodies:
                for media in (body.get("content") or {}).values():
                    if "example" not in media:
                        continue
                    ref = media.get("schema", {}).get("$ref", "")
                    if ref.startswith("#/components/schemas/"):
                        yield _pascal(ref.rsplit("/", 1)[1]), media["example"]
                    elif direction == "Request" or inline_responses == 1:
                        yield _pascal(operation["operationId"]) + direction, media["example"]


def _same_json(dumped: Any, expected: Any) -> bool:
    """Equal JSON, where date-times are equal instants (pydantic writes `Z` and at most microseconds)."""
    if isinstance(dumped, dict) and isinstance(expected, dict):
        return dumped.keys() == expected.keys() and all(_same_json(dumped[key], expected[key]) for key in dumped)
    if isinstance(dumped, list) and isinstance(expected, list):
        return len(dumped) == len(expected) and all(map(_same_json, dumped, expected))
    if isinstance(dumped, str) and isinstance(expected, str) and dumped != expected:
        try:
            return abs((_instant(dumped) - _instant(expected)).total_seconds()) < 1e-6
        except ValueError:
            return False
    return bool((dumped == expected and type(dumped) is type(expected)) or _numbers_equal(dumped, expected))


def _instant(text: str) -> datetime:
    # Python reads at most 6 fractional digits; Lucca writes 7.
    return datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", text).replace("Z", "+00:00"))


def _numbers_equal(dumped: Any, expected: Any) -> bool:
    numbers = (int, float)
    both = isinstance(dumped, numbers) and isinstance(expected, numbers)
    return both and not isinstance(dumped, bool) and not isinstance(expected, bool) and dumped == expected


def test_same_json_compares_date_times_as_instants() -> None:
    assert _same_json({"at": "2024-09-24T10:02:02.447676Z"}, {"at": "2024-09-24T10:02:02.4476765+00:00"})
    assert not _same_json({"at": "2024-09-24T10:02:03Z"}, {"at": "2024-09-24T10:02:02+00:00"})
    assert not _same_json({"a": 1}, {"a": 1, "b": None})
    assert _same_json({"a": 1.0}, {"a": 1}) and not _same_json({"a": True}, {"a": 1})
