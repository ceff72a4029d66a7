"""The client templates' fixes of openapi-python-client output that real-world specs (Twilio, the readme-oas
examples) tripped on, on one small spec that has all three shapes: a client generated from it passes
`mypy --strict`, and the fixed code does the right thing on the wire (real HTTP on loopback).

- an optional oneOf request body: upstream calls `.to_dict()` on UNSET when no body is given;
- cookie parameters that are lists, objects and booleans: upstream hands them to httpx as Python objects;
- a nullable list with no item schema in a response: upstream's `cast(list[Any], data)` is redundant after
  the union parser's isinstance check, which mypy --strict rejects.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from jinja2.bccache import bc_magic

from tests.conftest import run_cli
from tests.loopback import Reply, loopback_server
from tests.realworld import REPO, build_repo

PET = {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Template shapes", "version": "1.0.0"},
    "servers": [{"url": "http://localhost"}],
    "paths": {
        "/pets": {
            "patch": {
                "operationId": "update_pet",
                "requestBody": {
                    "required": False,
                    "content": {"application/json": {"schema": PET}},
                },
                "responses": {"204": {"description": "updated"}},
            }
        },
        "/flows": {
            "get": {
                "operationId": "get_flow",
                "parameters": [
                    {"name": "session", "in": "cookie", "required": True, "schema": {"type": "string"}},
                    {"name": "tags", "in": "cookie", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "filter", "in": "cookie", "schema": {"$ref": "#/components/schemas/Filter"}},
                    {"name": "beta", "in": "cookie", "schema": {"type": "boolean"}},
                ],
                "responses": {
                    "200": {
                        "description": "a flow",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Flow"}}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Cat": {"type": "object", "required": ["meows"], "properties": {"meows": {"type": "boolean"}}},
            "Dog": {"type": "object", "required": ["barks"], "properties": {"barks": {"type": "boolean"}}},
            "Filter": {"type": "object", "properties": {"R": {"type": "integer"}, "G": {"type": "integer"}}},
            "Flow": {
                "type": "object",
                "properties": {"errors": {"type": "array", "items": {}, "nullable": True}, "name": {"type": "string"}},
            },
        }
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("templates")
    document = root / "template-shapes.json"
    document.write_text(json.dumps(SPEC), encoding="utf-8")
    build_repo(root / "repo", [document])
    done = run_cli("--root", str(root / "repo"), "regenerate", cwd=REPO)
    assert done.returncode == 0, done.stderr
    parent = root / "repo" / "generated" / "template-shapes-client"
    sys.path.insert(0, str(parent))
    yield parent
    sys.path.remove(str(parent))
    for name in [name for name in sys.modules if name.startswith("template_shapes_client")]:
        del sys.modules[name]


def module(name: str) -> ModuleType:
    return importlib.import_module(f"template_shapes_client.{name}")


def test_the_client_passes_mypy_strict(package: Path) -> None:
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "-p",
            "template_shapes_client",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        cwd=package,
    )
    assert found.returncode == 0, found.stdout


def test_an_optional_union_body_is_sent_only_when_given(package: Path) -> None:
    update_pet = module("api.default.update_pet")
    client_module = module("client")
    dog = module("models").Dog(barks=True)
    with loopback_server(lambda _: Reply(status=204)) as server:
        client = client_module.Client(base_url=server.url)
        client.send(update_pet.request())  # upstream: AttributeError on UNSET.to_dict()
        client.send(update_pet.request(body=dog))
    without, with_dog = server.requests
    assert without.body == b""
    assert with_dog.json() == {"barks": True}


def test_cookie_parameters_are_sent_as_strings_in_form_style(package: Path) -> None:
    get_flow = module("api.default.get_flow")
    client_module = module("client")
    models = module("models")
    with loopback_server(lambda _: Reply(body={"name": "f"})) as server:
        client = client_module.Client(base_url=server.url)
        client.send(get_flow.request(session="s1", tags=["a", "b"], filter_=models.Filter(r=100, g=200), beta=False))
        client.send(get_flow.request(session="s2"))
    full, bare = server.requests
    cookies = dict(part.split("=", 1) for part in full.headers["Cookie"].split("; "))
    assert cookies == {"session": "s1", "tags": "a,b", "filter": "R,100,G,200", "beta": "false"}
    assert bare.headers["Cookie"] == "session=s2"


def test_a_nullable_untyped_list_parses_as_given(package: Path) -> None:
    flow_class = module("models").Flow
    assert flow_class.from_dict({"errors": [1, "two", {"three": 3}]}).errors == [1, "two", {"three": 3}]
    assert flow_class.from_dict({"errors": None}).errors is None
    assert flow_class.from_dict({"errors": [], "name": "n"}).to_dict() == {"errors": [], "name": "n"}


def test_compiled_templates_are_reused_and_a_template_edit_still_shows(package: Path, tmp_path: Path) -> None:
    repo = shutil.copytree(package.parent.parent, tmp_path / "repo", symlinks=True)
    compiled = repo / ".specfoundry-cache" / "jinja"

    def regenerate() -> dict[str, int]:
        done = run_cli("--root", str(repo), "regenerate", "--force", cwd=REPO)
        assert done.returncode == 0, done.stderr
        assert len(list(compiled.iterdir())) == 1  # one folder per engine and syntax settings, run after run
        return {path.name: path.stat().st_mtime_ns for path in compiled.rglob("*.cache")}

    before = regenerate()
    assert regenerate() == before  # nothing recompiled
    init = repo / "templates" / "client" / "package_init.py.jinja"
    init.write_text(init.read_text(encoding="utf-8") + "\nEDITED_TEMPLATE = True\n", encoding="utf-8")
    after = regenerate()
    written = repo / "generated" / "template-shapes-client" / "template_shapes_client" / "__init__.py"
    assert "EDITED_TEMPLATE = True" in written.read_text(encoding="utf-8")
    assert after.keys() == before.keys()
    assert sum(after[name] != stamp for name, stamp in before.items()) == 1  # only the edited one recompiled


def test_compiled_templates_follow_a_moved_checkout_and_stale_engines_are_pruned(package: Path, tmp_path: Path) -> None:
    first = shutil.copytree(package.parent.parent, tmp_path / "first", symlinks=True)
    shutil.rmtree(first / ".specfoundry-cache", ignore_errors=True)
    done = run_cli("--root", str(first), "regenerate", "--force", cwd=REPO)
    assert done.returncode == 0, done.stderr
    compiled = first / ".specfoundry-cache" / "jinja"
    (current,) = compiled.iterdir()
    entries = {path.name: path.stat().st_mtime_ns for path in current.glob("*.cache")}
    assert entries
    stale = compiled / "0123456789abcdef"  # as an older openapi-python-client or Jinja would have left it
    stale.mkdir()
    (stale / "old.cache").write_bytes(b"compiled by another engine")
    moved = shutil.move(first, tmp_path / "moved")  # the same checkout at another path
    done = run_cli("--root", str(moved), "regenerate", "--force", cwd=REPO)
    assert done.returncode == 0, done.stderr
    folders = list((Path(moved) / ".specfoundry-cache" / "jinja").iterdir())
    assert [folder.name for folder in folders] == [current.name]  # the stale engine's folder is gone
    # keyed by template name, not path: the moved checkout reused every entry and compiled nothing
    assert {path.name: path.stat().st_mtime_ns for path in folders[0].glob("*.cache")} == entries


def test_a_damaged_compiled_template_is_compiled_again(package: Path, tmp_path: Path) -> None:
    repo = shutil.copytree(package.parent.parent, tmp_path / "repo", symlinks=True)
    shutil.rmtree(repo / ".specfoundry-cache")  # its entries name the templates at the fixture's path
    output = repo / "generated" / "template-shapes-client"

    def regenerate() -> dict[str, bytes]:
        done = run_cli("--root", str(repo), "regenerate", "--force", cwd=REPO)
        assert done.returncode == 0, done.stderr
        return {str(path.relative_to(output)): path.read_bytes() for path in output.rglob("*") if path.is_file()}

    first = regenerate()
    entries = list((repo / ".specfoundry-cache" / "jinja").rglob("*.cache"))
    assert entries
    damaged = bc_magic + b"\x80\x04garbage"  # the right header, then garbage where checksum and code should be
    for entry in entries:
        entry.write_bytes(damaged)
    assert regenerate() == first
    assert all(entry.read_bytes() not in (damaged, b"") for entry in entries)  # each compiled and written again
