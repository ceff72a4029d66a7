"""Specs and generated packages shared by the drift tests.

The Lucca pair is the realistic change set of the golden report: the seed spec (plus a read operation
like the ones on the API's other pages) against a version with four edits a vendor or a curator makes.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from ruamel.yaml import YAML

FIXTURES = Path(__file__).parent / "fixtures"
IMPORT_PATH = "/cleemy-procurement/services/imports/costcenters"
READ_PATH = "/cleemy-procurement/api/costcenters/{id}"

_READ_OPERATION: dict[str, Any] = {
    "parameters": [{"$ref": "#/components/parameters/Authorization"}],
    "get": {
        "tags": ["Cost-Centers"],
        "summary": "Get a Cost-Center",
        "operationId": "get-cost-center",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "format": "int32"}}
        ],
        "responses": {
            "200": {
                "description": "The cost-center.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/cost-center"}}},
            }
        },
    },
}


def lucca_seed() -> dict[str, Any]:
    loaded: dict[str, Any] = YAML(typ="safe").load((FIXTURES / "lucca-import-cost-centers.yaml").read_text("utf-8"))
    return loaded


def lucca_pair() -> tuple[dict[str, Any], dict[str, Any]]:
    """(old, new): new renames `imported`, adds the `Archived` cost-center state, drops the read
    operation and fixes `format: int3é` to `int32`."""
    old = lucca_seed()
    old["paths"][READ_PATH] = copy.deepcopy(_READ_OPERATION)
    new = copy.deepcopy(old)
    del new["paths"][READ_PATH]
    response = new["paths"][IMPORT_PATH]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    properties = response["properties"]
    response["properties"] = {
        ("importedCount" if name == "imported" else name): value for name, value in properties.items()
    }
    properties = response["properties"]
    properties["failedValidation"]["format"] = "int32"
    new["components"]["schemas"]["cost-center-state"]["enum"].append("Archived")
    return old, new


def generate_client(spec: Mapping[str, Any], out: Path) -> Path:
    """An openapi-python-client package generated from `spec` into `out` (the module folder itself)."""
    config = Config.from_sources(ConfigFile(post_hooks=[]), MetaType.NONE, "spec.yaml", "utf-8", True, out)
    data = GeneratorData.from_dict(copy.deepcopy(dict(spec)), config=config)
    assert isinstance(data, GeneratorData), data
    errors = Project(openapi=data, config=config).build()
    assert not errors, errors
    return out


@pytest.fixture(scope="session")
def lucca_packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    old, new = lucca_pair()
    root = tmp_path_factory.mktemp("lucca-clients")
    return generate_client(old, root / "before"), generate_client(new, root / "after")
