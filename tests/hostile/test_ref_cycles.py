"""`$ref` cycles: a cycle of bare references or of allOf inheritance is refused at its place (it used to reach
the validators and openapi-python-client as a RecursionError); recursion through properties is legitimate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.hostile.harness import TINY_SPEC, assert_refused, page_export, scratch

REF = "#/components/schemas/"
# Where the response first refers into the cycle: the first place a walk of the document meets it.
RESPONSE_REF = "/paths/~1things~1{thingId}/get/responses/200/content/application~1json/schema/$ref"


def spec_returning_a(schemas: dict[str, Any]) -> str:
    spec = yaml.safe_load(TINY_SPEC)
    spec["components"]["schemas"].update(schemas)
    response = spec["paths"]["/things/{thingId}"]["get"]["responses"]["200"]
    response["content"]["application/json"]["schema"] = {"$ref": REF + "A"}
    return page_export(yaml.safe_dump(spec, sort_keys=False))


@pytest.mark.parametrize(
    ("schemas", "place", "says"),
    [
        ({"A": {"$ref": REF + "B"}, "B": {"$ref": REF + "A"}}, RESPONSE_REF, "cycle of references"),
        ({"A": {"$ref": REF + "A"}}, RESPONSE_REF, "cycle of references"),
        (
            {
                "A": {"allOf": [{"$ref": REF + "B"}]},
                "B": {"allOf": [{"$ref": REF + "C"}]},
                "C": {"allOf": [{"$ref": REF + "A"}]},
            },
            "/components/schemas/A/allOf/0/$ref",
            "includes itself through allOf: A → B → C → A",
        ),
        (
            {"A": {"type": "object", "allOf": [{"$ref": REF + "A"}], "properties": {"x": {"type": "string"}}}},
            "/components/schemas/A/allOf/0/$ref",
            "includes itself through allOf: A → A",
        ),
    ],
)
def test_a_cycle_with_nothing_to_stop_it_is_refused_at_its_place(
    tmp_path: Path, schemas: dict[str, Any], place: str, says: str
) -> None:
    space = scratch(tmp_path)
    space.api(page=spec_returning_a(schemas))
    before = space.outputs()
    result = space.run("regenerate")
    assert_refused(result, space, before, file="specs/tiny/openapi.yaml", place=place, says=says)


def test_recursion_through_properties_is_a_legitimate_recursive_model(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    schemas = {
        "A": {
            "type": "object",
            "properties": {"b": {"$ref": REF + "B"}, "children": {"type": "array", "items": {"$ref": REF + "A"}}},
        },
        "B": {"type": "object", "properties": {"a": {"$ref": REF + "A"}}},
    }
    space.api(page=spec_returning_a(schemas))
    result = space.run("regenerate")
    assert result.returncode == 0, result.stderr
    models = (space.root / "generated" / "tiny-models" / "tiny_models" / "models.py").read_text()
    assert "class A(" in models and "class B(" in models
