"""`specfoundry diff OLD NEW`: a pure spec comparison from any directory; with `--api`, the Python impact
or a note saying why it is missing; every bad input one message naming the file at fault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from generator.drift import diff_specs
from generator.drift.report import load_schema
from generator.errors import SpecFoundryError
from tests.conftest import REPO, run_cli

OLD = """openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, required: [count], properties: {count: {type: integer}}}
"""
NEW = OLD.replace("count", "total")
# openapi-python-client cannot render this one: its OpenAPI model refuses an unknown schema type (the drift
# engine only skips what it cannot compare, so the spec changes are still reported).
UNRENDERABLE = (
    OLD
    + """components:
  schemas:
    thing: {type: object, properties: {a: {type: wat}}}
"""
)


def write(folder: Path, **files: str | bytes) -> None:
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")


def test_diff_without_api_compares_the_specs_only_from_any_directory(tmp_path: Path) -> None:
    """Run from a folder that is not a repo: no template or API is needed, and the generators are never
    even imported (the comparison is pure)."""
    write(tmp_path, **{"old.yaml": OLD, "new.yaml": NEW})
    probe = (
        "import sys; from generator.cli import main; code = main(['diff', 'old.yaml', 'new.yaml', '--json']); "
        "heavy = {'openapi_python_client', 'generator.importers.widdershins', "
        "'generator.importers.mintlify_rendered'}; "
        "print('RENDERER-LOADED' if heavy & set(sys.modules) else 'RENDERER-ABSENT'); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report_text, marker = result.stdout.rsplit("\n", 2)[0], result.stdout.split()[-1]
    assert marker == "RENDERER-ABSENT"
    report = json.loads(report_text)
    jsonschema.validate(report, load_schema())
    assert {change["id"] for change in report["changes"]} == {"response-property-renamed"}
    assert report["python_impact"] == [] and "--api API" in report["python_impact_note"]


def test_diff_markdown_says_the_python_impact_was_not_computed(tmp_path: Path) -> None:
    write(tmp_path, **{"old.yaml": OLD, "new.yaml": NEW})
    result = run_cli("diff", "old.yaml", "new.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Python impact: not computed." in result.stdout
    assert "Not computed: `diff OLD NEW` compares the specs only." in result.stdout


@pytest.mark.parametrize("broken", ["old", "new"])
def test_with_api_a_side_that_cannot_render_is_a_note_naming_it(tmp_path: Path, broken: str) -> None:
    files = {"old.yaml": OLD, "new.yaml": NEW}
    files[f"{broken}.yaml"] = UNRENDERABLE if broken == "old" else NEW + UNRENDERABLE.removeprefix(OLD)
    write(tmp_path, **files)
    result = run_cli(
        "--root", str(REPO), "diff", "old.yaml", "new.yaml", "--api", "lucca-invoices", "--json", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, load_schema())
    assert "response-property-renamed" in {change["id"] for change in report["changes"]}
    note = report["python_impact_note"]
    assert f"the {broken} spec ({broken}.yaml)" in note and "cannot read the normalized spec" in note
    other = "new" if broken == "old" else "old"
    assert f"{other}.yaml" not in note


def test_with_api_both_sides_rendered_give_the_python_impact(tmp_path: Path) -> None:
    write(tmp_path, **{"old.yaml": OLD, "new.yaml": NEW})
    result = run_cli(
        "--root", str(REPO), "diff", "old.yaml", "new.yaml", "--api", "lucca-invoices", "--json", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "python_impact_note" not in report
    names = {(impact["name"], impact["level"]) for impact in report["python_impact"]}
    assert ("ListItemsResponse.count", "breaking") in names
    # the change row names the class the package really has (the inline response, lifted by normalization)
    [renamed] = [change for change in report["changes"] if change["id"] == "response-property-renamed"]
    assert set(renamed["symbols"]) == {"ListItemsResponse.count", "ListItemsResponse.total"}


@pytest.mark.parametrize(
    ("old", "new", "blamed", "says"),
    [
        (OLD, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: null\n", "new.yaml:/paths", "found nothing"),
        (b"openapi: 3.0.3\ninfo: {title: caf\xe9, version: '1'}\npaths: {}\n", NEW, "old.yaml:2", "not UTF-8"),
        (
            OLD + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
            "    B: {$ref: '#/components/schemas/A'}\n",
            NEW,
            "old.yaml:/components/schemas/A",
            "cycle",
        ),
    ],
    ids=["paths-null", "not-utf8", "ref-cycle"],
)
def test_bad_input_is_one_message_naming_the_file_at_fault(
    tmp_path: Path, old: str | bytes, new: str, blamed: str, says: str
) -> None:
    write(tmp_path, **{"old.yaml": old, "new.yaml": new})
    result = run_cli("diff", "old.yaml", "new.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert blamed in result.stderr and says in result.stderr, result.stderr
    innocent = "new.yaml" if blamed.startswith("old") else "old.yaml"
    assert innocent not in result.stderr and "Traceback" not in result.stderr and "internal error" not in result.stderr


def _nested(leaf: str, levels: int) -> dict[str, object]:
    schema: dict[str, object] = {"type": leaf}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"p": schema}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
                }
            }
        },
    }


def test_the_engine_compares_400_levels_of_nesting_and_refuses_absurd_depth_clearly() -> None:
    changes = diff_specs(_nested("string", 400), _nested("integer", 400))
    assert [(change.id, change.level.value) for change in changes] == [("response-property-type-changed", "breaking")]
    assert changes[0].place.count("/properties/p") == 400
    limit = sys.getrecursionlimit()
    with pytest.raises(SpecFoundryError, match="nest too deeply to be compared"):
        diff_specs(_nested("string", 5000), _nested("integer", 5000))
    assert sys.getrecursionlimit() == limit


def test_the_engine_takes_null_or_missing_sections_as_empty() -> None:
    bare = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}
    assert diff_specs({**bare, "paths": None, "components": None}, bare) == []
    assert [change.id for change in diff_specs({**bare, "paths": None}, _nested("string", 1))] == ["api-path-added"]


def test_an_old_revision_that_is_misshapen_is_refused_naming_the_revision(tmp_path: Path) -> None:
    """`diff API --base REV` reads the old spec from git: it is checked like any input before comparing."""
    from generator.config import ApiConfig
    from generator.release.diff import spec_at
    from generator.workspace import Workspace

    folder = tmp_path / "specs" / "tiny"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: 5\n", encoding="utf-8")
    for command in (
        ["init", "-q", "-b", "main"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@x", "commit", "-qm", "x"],
    ):
        subprocess.run(["git", "-C", str(tmp_path), *command], check=True, capture_output=True)
    api = ApiConfig(name="tiny", folder=folder, title="t", sources=(), overlays=(), targets=())
    with pytest.raises(SpecFoundryError) as refused:
        spec_at(Workspace(tmp_path), api, "main")
    assert "main:specs/tiny/openapi.yaml" in refused.value.render() and "/paths" in refused.value.render()


def test_with_api_a_generator_failure_is_a_note_not_a_failed_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug of the generator on one spec (no real spec triggers one today, so it is simulated) must not
    cost the reviewer the spec changes."""
    import generator.targets.client as client
    from generator.release.diff import diff_files
    from generator.workspace import Workspace

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(client, "render_client", broken)
    write(tmp_path, **{"old.yaml": OLD, "new.yaml": NEW})
    api = Workspace(REPO).apis(["lucca-invoices"])[0]
    [report] = diff_files(tmp_path / "old.yaml", tmp_path / "new.yaml", api)
    assert [change.id for change in report.changes] == ["response-property-renamed"]
    assert report.python_impact_note is not None and "ValueError: boom" in report.python_impact_note


def test_the_format_names_known_without_the_importers_are_theirs() -> None:
    from generator.importers import KNOWN_FORMATS, importers

    assert tuple(sorted(importers())) == KNOWN_FORMATS
