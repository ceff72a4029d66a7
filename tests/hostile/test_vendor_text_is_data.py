"""Vendor text is data: hostile strings in every string field of a spec (and api.toml's title) that can reach a
template are regenerated into real packages, which must compile, import and call a real server on loopback
without running anything, and hand the data strings back unchanged.

The suite runs a fixed-seed set of examples (SPECFOUNDRY_FUZZ_EXAMPLES, default 40 runs of 5 APIs: 200 hostile
specs); `scripts/fuzz_vendor_text.sh` runs many more, from a random seed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.harness import assert_no_side_effects, page_export, scratch
from tests.hostile.strategies import hostile_name, hostile_text
from tests.loopback import RecordedRequest, Reply, loopback_server

EXAMPLES = int(os.environ.get("SPECFOUNDRY_FUZZ_EXAMPLES", "40"))

# HTTP header names are tokens (RFC 9110), here with every punctuation mark a token allows (a quote and a
# backtick among them); names that are not tokens are refused (tests/hostile/test_hostile_config.py).
header_name = st.text(alphabet="abcXYZ019-!#$%&'*+.^_`|~", min_size=1, max_size=20)
# Literal text of a server URL (braces would declare more variables; they are tested elsewhere).
url_text = hostile_text.map(lambda text: text.replace("{", "").replace("}", ""))


@st.composite
def hostile_api(draw: st.DrawFn) -> dict[str, Any]:
    """Everything a template can see, each field its own hostile string."""
    return {
        "title": draw(hostile_text),
        "info_title": draw(hostile_text),
        "info_description": draw(hostile_text),
        "info_version": draw(hostile_text.filter(bool)),
        "url_text": draw(url_text),
        "server_description": draw(hostile_text),
        "variable_default": draw(hostile_text),
        "variable_description": draw(hostile_text),
        "header": draw(header_name),
        "tag": draw(hostile_text.filter(bool)),
        "tag_description": draw(hostile_text),
        "operation_id": draw(hostile_text.filter(bool)),
        "x_name": draw(st.one_of(st.none(), hostile_text.filter(bool))),
        "summary": draw(hostile_text),
        "description": draw(hostile_text),
        "query_name": draw(hostile_name),
        "query_description": draw(hostile_text),
        "query_default": draw(hostile_text),
        "enum_values": draw(st.lists(hostile_name, min_size=1, max_size=3, unique=True)),
        "property_name": draw(hostile_name),
        "property_description": draw(hostile_text),
        "property_default": draw(hostile_text),
        "example": draw(hostile_text),
    }


def build_spec(fields: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": fields["operation_id"],
        "summary": fields["summary"],
        "description": fields["description"],
        "tags": [fields["tag"]],
        "parameters": [
            {"name": "thingId", "in": "path", "required": True, "schema": {"type": "integer"}},
            {
                "name": fields["query_name"],
                "in": "query",
                "description": fields["query_description"],
                "schema": {"type": "string", "default": fields["query_default"]},
            },
        ],
        "responses": {
            "200": {
                "description": fields["description"],
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            }
        },
    }
    if fields["x_name"] is not None:
        operation["x-specfoundry-name"] = fields["x_name"]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": fields["info_title"],
            "version": fields["info_version"],
            "description": fields["info_description"],
        },
        "servers": [
            {
                "url": "http://{host}/" + fields["url_text"],
                "description": fields["server_description"],
                "variables": {
                    "host": {"default": fields["variable_default"], "description": fields["variable_description"]}
                },
            }
        ],
        "security": [{"key": []}],
        "tags": [{"name": fields["tag"], "description": fields["tag_description"]}],
        "paths": {"/things/{thingId}": {"get": operation}},
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": fields["header"]}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        fields["property_name"]: {
                            "type": "string",
                            "description": fields["property_description"],
                            "default": fields["property_default"],
                            "examples": [fields["example"]],
                        },
                        "kind": {"type": "string", "enum": fields["enum_values"]},
                    },
                }
            },
        },
    }


def json_as_yaml(document: dict[str, Any]) -> str:
    """The spec as JSON, which is YAML 1.2 with no type guessing (`1e100` stays a string). YAML allows no raw
    DEL or C1 control characters, and YAML 1.1 readers (libyaml) fold U+2028/U+2029 like line breaks, so those
    are written as JSON escapes, which YAML reads as the characters themselves."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    return re.sub(r"[\x7f-\x9f\u2028\u2029]", lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


def toml_basic_string(text: str) -> str:
    """The test's own TOML writer for api.toml (JSON escapes are TOML escapes; TOML holds no surrogates)."""
    text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007F")


API_TOML = """\
[api]
name = "{name}"
title = {title}

[[sources]]
path = "sources/page.md"
format = "mintlify-export"

[[targets]]
kind = "client"
package = "{name}-client"

[[targets]]
kind = "models"
package = "{name}-models"
"""
APIS_PER_RUN = 5  # one regenerate renders several hostile APIs side by side: more examples per second

# Runs in a fresh interpreter with every package on the path: imports every module, then calls the API.
CHECK = r"""
import importlib, inspect, json, pkgutil, sys, unicodedata
for expected in json.loads(sys.argv[1]):
    name = expected["name"]
    for package_name in (f"{name}_client", f"{name}_models"):
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(module.name)
    client_module = importlib.import_module(f"{name}_client.client")
    models = importlib.import_module(f"{name}_models.models")
    assert client_module.DEFAULT_HOST == expected["host"], (client_module.DEFAULT_HOST, expected["host"])
    assert client_module.server_url() == expected["server_url"], client_module.server_url()
    assert client_module.server_url(host="h") == expected["server_url_h"]
    assert client_module.AUTH_HEADER == expected["header"]
    api = importlib.import_module(f"{name}_client.api")
    [operation] = [m for m in pkgutil.walk_packages(api.__path__, f"{name}_client.api.") if not m.ispkg]
    endpoint = importlib.import_module(operation.name)
    signature = inspect.signature(endpoint.request).parameters
    # besides the path id, the operation's own keyword (the per-call options are `**options`)
    [keyword] = [parameter for parameter in signature if parameter not in ("thing_id", "options")]
    client = client_module.AuthenticatedClient(api_key="KEY", base_url=expected["base_url"])
    response = client.send(endpoint.request(thing_id=7, **{keyword: "VALUE"}))
    assert response.status_code == 200, response
    wire = {expected["property"]: "v", "kind": expected["kind"]}
    assert response.parsed.to_dict() == wire, response.parsed.to_dict()
    # the same operation as a method of its tag's resource on the client (`client.<tag>.<method>`)
    runtime = importlib.import_module(f"{name}_client._runtime")
    tag = unicodedata.normalize("NFKC", operation.name.split(".")[-2])  # as Python reads `client.<tag>`
    resources = [getattr(client, attribute, None) for attribute in (tag, tag + "_")]
    [resource] = [found for found in resources if isinstance(found, runtime.Resource)]
    [method] = [m for m in vars(type(resource)) if not m.startswith("_")]
    assert getattr(resource, method)(thing_id=7, **{keyword: "VALUE"}).to_dict() == wire
    model = models.Thing.model_validate(wire)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == wire
print("checked")
"""


@settings(
    max_examples=EXAMPLES,
    derandomize=not os.environ.get("SPECFOUNDRY_FUZZ_RANDOM"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(hostile_api(), min_size=APIS_PER_RUN, max_size=APIS_PER_RUN))
def test_hostile_strings_stay_data(apis: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as scratch_dir:
        space = scratch(Path(scratch_dir))
        apis = [{key: _with_marker(value, str(space.marker)) for key, value in api.items()} for api in apis]
        for index, fields in enumerate(apis):
            spec_yaml = json_as_yaml(build_spec(fields))
            title = toml_basic_string(fields["title"])
            space.api(
                f"fuzz{index}",
                page=page_export(spec_yaml, fence="`" * 12),
                api_toml=API_TOML.format(name=f"fuzz{index}", title=title),
            )

        result = space.run("regenerate", timeout=600)
        output = result.stdout + result.stderr
        assert result.returncode == 0, output
        assert "Traceback" not in output and "internal error" not in output, output
        assert_no_side_effects(space)

        generated = space.root / "generated"
        for index, fields in enumerate(apis):
            _check_files(generated, f"fuzz{index}", fields)

        def answer(request: RecordedRequest) -> Reply:
            fields = apis[int(request.path.split("/")[1].removeprefix("api"))]
            return Reply(200, {fields["property_name"]: "v", "kind": fields["enum_values"][0]})

        with loopback_server(answer) as server:
            expected = [
                {
                    "name": f"fuzz{index}",
                    "host": fields["variable_default"],
                    "server_url": f"http://{fields['variable_default']}/{fields['url_text']}",
                    "server_url_h": f"http://h/{fields['url_text']}",
                    "header": fields["header"],
                    "base_url": f"{server.url}/api{index}",
                    "property": fields["property_name"],
                    "kind": fields["enum_values"][0],
                }
                for index, fields in enumerate(apis)
            ]
            packages = [
                generated / f"fuzz{index}-{kind}" for index in range(len(apis)) for kind in ("client", "models")
            ]
            check = subprocess.run(
                [sys.executable, "-c", CHECK, json.dumps(expected)],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(map(str, packages))},
                cwd=scratch_dir,
                timeout=300,
                check=False,
            )
            assert check.returncode == 0 and "checked" in check.stdout, check.stderr + check.stdout
        assert not space.marker.exists()
        assert len(server.requests) == 2 * len(apis)  # client.send(request(...)), then the resource method
        for index, fields in enumerate(apis):
            for request in server.requests[2 * index : 2 * index + 2]:
                assert request.path == f"/api{index}/things/7"
                assert request.query == {fields["query_name"]: ["VALUE"]}
                assert {key.lower(): value for key, value in request.headers.items()}[fields["header"].lower()] == "KEY"


def _check_files(generated: Path, name: str, fields: dict[str, Any]) -> None:
    """Every Python file compiles, every pyproject.toml parses with the data intact, READMEs hold no HTML."""
    for package in (f"{name}-client", f"{name}-models"):
        for source in (generated / package).rglob("*.py"):
            compile(source.read_text(encoding="utf-8"), str(source), "exec")
        pyproject = tomllib.loads((generated / package / "pyproject.toml").read_text(encoding="utf-8"))
        assert pyproject["project"]["name"] == package
        readme = (generated / package / "README.md").read_text(encoding="utf-8")
        assert "<script>" not in _outside_code(readme)  # vendor text is escaped Markdown, never HTML
    models_pyproject = tomllib.loads((generated / f"{name}-models" / "pyproject.toml").read_text(encoding="utf-8"))
    title = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in fields["title"])
    assert (
        models_pyproject["project"]["description"] == f"Pydantic models of the {title} API, generated by SpecFoundry."
    )


def _outside_code(markdown: str) -> str:
    """The Markdown text outside fenced blocks and code spans (where `<script>` is shown, not run)."""
    markdown = re.sub(r"^(`{3,})[^\n]*\n.*?^\1\s*$", "", markdown, flags=re.S | re.M)
    return re.sub(r"(`+)(?:(?!\1).)+?\1", "", markdown)


def _with_marker(value: Any, marker: str) -> Any:
    if isinstance(value, str):
        return value.replace("MARKER", marker)
    if isinstance(value, list):
        return [_with_marker(item, marker) for item in value]
    return value
