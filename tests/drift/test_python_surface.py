"""The Python surface of generated packages (read with ast, never imported) and what a spec change does to it."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from generator.drift import ChangeLevel, compare_surfaces, read_surface
from generator.drift.python_surface import Argument, annotation_text
from generator.errors import SpecFoundryError
from tests.drift.conftest import IMPORT_PATH, generate_client, lucca_seed

B, N = ChangeLevel.BREAKING, ChangeLevel.NON_BREAKING
IMPORT_MODULE = "api.cost_centers.import_cost_centers"


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_reads_generated_client_functions_and_models(lucca_packages: tuple[Path, Path]) -> None:
    surface = read_surface(lucca_packages[0])
    endpoint = surface.modules[IMPORT_MODULE]
    assert sorted(endpoint.functions) == ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]
    sync = endpoint.functions["sync"]
    assert sync.arguments == (
        Argument("client", "AuthenticatedClient | Client", "keyword-only", has_default=False),
        Argument("body", "ImportCostCentersBody | Unset", "keyword-only", has_default=True),
        Argument("authorization", "str", "keyword-only", has_default=False),
    )
    assert sync.returns == "ImportCostCentersResponse200 | None"
    assert endpoint.functions["asyncio"].is_async
    # The path parameter of the read operation is the one positional argument.
    read = surface.modules["api.cost_centers.get_cost_center"].functions["sync"]
    assert [(a.name, a.kind) for a in read.arguments if a.kind == "positional"] == [("id", "positional")]

    cost_center = surface.modules["models.cost_center"].classes["CostCenter"]
    fields = {name: (a.annotation, a.has_default) for name, a in cost_center.attributes.items() if a.kind == "field"}
    assert fields["name"] == ("str", False)
    assert fields["owner_id"] == ("int | Unset", True)
    assert fields["state"] == ("CostCenterStateEnum | Unset", True)
    assert fields["additional_properties"] == ("dict[str, Any]", True)  # attrs field(init=False)
    assert "to_dict" in cost_center.methods and "from_dict" in cost_center.methods
    enum = surface.modules["models.cost_center_state_enum"].classes["CostCenterStateEnum"]
    assert enum.is_enum
    assert [name for name, a in enum.attributes.items() if a.kind == "enum-member"] == ["DISABLED", "ENABLED"]


def test_lucca_change_set_impacts(lucca_packages: tuple[Path, Path]) -> None:
    impacts = compare_surfaces(read_surface(lucca_packages[0]), read_surface(lucca_packages[1]))
    assert [(i.id, i.level, i.module, i.name) for i in impacts] == [
        # The read operation is gone: its whole module with it (one impact, not one per function).
        ("python-module-removed", B, "api.cost_centers.get_cost_center", "api.cost_centers.get_cost_center"),
        # `imported` renamed to `importedCount`: the attribute moves.
        (
            "python-attribute-removed",
            B,
            "models.import_cost_centers_response_200",
            "ImportCostCentersResponse200.imported",
        ),
        ("python-enum-member-added", N, "models.cost_center_state_enum", "CostCenterStateEnum.ARCHIVED"),
        (
            "python-attribute-added",
            N,
            "models.import_cost_centers_response_200",
            "ImportCostCentersResponse200.imported_count",
        ),
        # int3é → int32 changes nothing: the generator ignores integer formats.
    ]
    removed = impacts[1]
    assert removed.message == (
        "`ImportCostCentersResponse200.imported` removed: breaking for callers reading or setting it."
    )
    assert removed.old == "int | Unset"


def test_credential_header_moved_to_security_scheme(tmp_path: Path) -> None:
    """Lucca's Authorization header parameter turned into an apiKey scheme: every endpoint function loses
    its `authorization` argument."""
    before = lucca_seed()
    after = lucca_seed()
    del after["paths"][IMPORT_PATH]["parameters"]
    after["components"]["securitySchemes"] = {"lucca": {"type": "apiKey", "in": "header", "name": "Authorization"}}
    after["security"] = [{"lucca": []}]
    impacts = compare_surfaces(
        read_surface(generate_client(before, tmp_path / "before")),
        read_surface(generate_client(after, tmp_path / "after")),
    )
    assert [(i.id, i.name) for i in impacts] == [
        ("python-argument-removed", f"{function}(authorization)")
        for function in ("asyncio", "asyncio_detailed", "sync", "sync_detailed")
    ]
    assert all(i.level is B and i.module == IMPORT_MODULE for i in impacts)


def test_new_required_query_parameter_adds_a_required_argument(tmp_path: Path) -> None:
    before = lucca_seed()
    after = lucca_seed()
    after["paths"][IMPORT_PATH]["post"]["parameters"] = [
        {"name": "dryRun", "in": "query", "required": True, "schema": {"type": "boolean"}}
    ]
    impacts = compare_surfaces(
        read_surface(generate_client(before, tmp_path / "before")),
        read_surface(generate_client(after, tmp_path / "after")),
    )
    assert {(i.id, i.name, i.new) for i in impacts} == {
        ("python-required-argument-added", f"{function}(dry_run)", "bool")
        for function in ("asyncio", "asyncio_detailed", "sync", "sync_detailed")
    }


PYDANTIC_BEFORE = {
    "__init__.py": "",
    "models.py": """
        from enum import Enum
        from typing import Optional, Union
        from pydantic import BaseModel, Field

        class State(str, Enum):
            disabled = "Disabled"
            enabled = "Enabled"

        class CostCenter(BaseModel):
            name: str
            code: str = Field(..., max_length=20)
            owner_id: Optional[int] = None
            label: Union[str, None] = Field(None, alias="label")
            state: State = State.disabled
            _private: int = 0

        class _Hidden(BaseModel):
            x: int
        """,
    "api.py": """
        def get(cost_center_id: int, page: int, *, expand: bool = False) -> "CostCenter":
            ...

        def delete(cost_center_id: int) -> None:
            ...

        def _helper(x):
            ...
        """,
}

PYDANTIC_AFTER = {
    "__init__.py": "",
    "models.py": """
        from enum import Enum
        from pydantic import BaseModel, Field

        class State(str, Enum):
            enabled = "Enabled"
            archived = "Archived"

        class CostCenter(BaseModel):
            name: str
            code: str = "DEFAULT"
            owner_id: int
            label: "str | None" = None
            state: State = State.enabled
            establishment_id: int = Field(alias="establishmentId")
            comment: str | None = None

        class Establishment(BaseModel):
            id: int
        """,
    "api.py": """
        def get(page: int, cost_center_id: int, *, expand: bool = False, locale: str) -> "CostCenter | None":
            ...

        def create(body: "CostCenter") -> "CostCenter":
            ...
        """,
}


def test_pydantic_models_package(tmp_path: Path) -> None:
    impacts = compare_surfaces(
        read_surface(_write(tmp_path / "v1", PYDANTIC_BEFORE)), read_surface(_write(tmp_path / "v2", PYDANTIC_AFTER))
    )
    found = {(i.id, i.name): i for i in impacts}
    assert {key: (i.level, i.old, i.new) for key, i in found.items()} == {
        ("python-function-removed", "delete"): (B, None, None),
        ("python-function-added", "create"): (N, None, None),
        ("python-return-type-changed", "get"): (B, "CostCenter", "CostCenter | None"),
        ("python-required-argument-added", "get(locale)"): (B, None, "str"),
        ("python-positional-arguments-reordered", "get()"): (B, "cost_center_id, page", "page, cost_center_id"),
        ("python-attribute-type-changed", "CostCenter.owner_id"): (B, "int | None", "int"),
        ("python-attribute-became-required", "CostCenter.owner_id"): (B, None, None),
        ("python-attribute-became-optional", "CostCenter.code"): (N, None, None),
        # pydantic `Field(alias=...)` without a default is a required field.
        ("python-required-attribute-added", "CostCenter.establishment_id"): (B, None, "int"),
        ("python-attribute-added", "CostCenter.comment"): (N, None, "str | None"),
        ("python-enum-member-removed", "State.disabled"): (B, None, None),
        ("python-enum-member-added", "State.archived"): (N, None, None),
        ("python-class-added", "Establishment"): (N, None, None),
    }
    # `Union[str, None]` and `"str | None"` are the same annotation: no change reported for `label`.
    assert not any(name.startswith("CostCenter.label") for _, name in found)
    assert impacts == sorted(impacts, key=lambda i: (i.level is not B, i.module, i.name, i.id))
    assert found[("python-enum-member-removed", "State.disabled")].message == (
        "`State.disabled` removed: breaking for callers using that value."
    )


def test_argument_kind_changes(tmp_path: Path) -> None:
    before = _write(tmp_path / "a", {"ops.py": "def f(a, b=1, /, c=2, *, d=3):\n    ...\n"})
    after = _write(tmp_path / "b", {"ops.py": "def f(a, b=1, c=2, *, d):\n    ...\n"})
    impacts = compare_surfaces(read_surface(before), read_surface(after))
    assert [(i.id, i.name) for i in impacts] == [("python-argument-became-required", "f(d)")]
    after = _write(tmp_path / "c", {"ops.py": "def f(a, /, b=1, *, c=2, d=3):\n    ...\n"})
    impacts = compare_surfaces(read_surface(before), read_surface(after))
    assert [(i.id, i.name) for i in impacts] == [("python-argument-became-keyword-only", "f(c)")]


def test_annotation_spellings() -> None:
    def canon(text: str) -> str | None:
        return annotation_text(ast.parse(text, mode="eval").body)

    assert canon("Union[Unset, int]") == canon("int | Unset") == canon("'int | Unset'") == "int | Unset"
    assert canon("Optional[list['CostCenter']]") == canon("list[CostCenter] | None") == "list[CostCenter] | None"
    assert canon("typing.Union[None, str, Unset]") == "str | Unset | None"


def test_identical_packages_have_no_impact(lucca_packages: tuple[Path, Path]) -> None:
    surface = read_surface(lucca_packages[0])
    assert compare_surfaces(surface, surface) == []


def test_bad_package_input(tmp_path: Path) -> None:
    with pytest.raises(SpecFoundryError, match="package directory not found"):
        read_surface(tmp_path / "missing")
    broken = _write(tmp_path / "broken", {"models.py": "class Broken(:\n"})
    with pytest.raises(SpecFoundryError) as raised:
        read_surface(broken)
    assert raised.value.file is not None and raised.value.file.endswith("models.py")
    assert raised.value.place == "line 1"


def test_resource_methods_of_a_client_are_part_of_its_surface(tmp_path: Path) -> None:
    """`client.invoices.get` is a class-level `get = _rt.operation(...)`: renaming it, or pointing it at
    another operation, is drift."""
    resource = (
        "from ... import _runtime as _rt\n"
        "from . import {module} as _{module}\n\n\n"
        "class Invoices(_rt.Resource):\n"
        "    {name} = _rt.operation(_{module}.request, {name!r})\n"
        "    iterate = _rt.pages(_list_invoices.request, 'iterate', 'page', 'page_size')\n"
    )
    before = _write(tmp_path / "a", {"api/invoices/__init__.py": resource.format(name="get", module="get_invoice")})
    renamed = _write(
        tmp_path / "b", {"api/invoices/__init__.py": resource.format(name="get_invoice", module="get_invoice")}
    )
    moved = _write(tmp_path / "c", {"api/invoices/__init__.py": resource.format(name="get", module="fetch_invoice")})
    surface = read_surface(before).modules["api.invoices"].classes["Invoices"]
    assert {name: a.kind for name, a in surface.attributes.items()} == {"get": "method", "iterate": "method"}
    impacts = compare_surfaces(read_surface(before), read_surface(renamed))
    assert sorted((i.id, i.level.value, i.name) for i in impacts) == [
        ("python-attribute-added", N.value, "Invoices.get_invoice"),
        ("python-attribute-removed", B.value, "Invoices.get"),
    ]
    [changed] = compare_surfaces(read_surface(before), read_surface(moved))
    assert changed.id == "python-attribute-type-changed" and "fetch_invoice" in str(changed.new)
