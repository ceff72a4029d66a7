"""Path templates vs path parameters: every defect at once, in both directions, and a draft overlay that
fixes them (`specfoundry lint --suggest-overlay`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.curate.lint import lint
from generator.curate.overlay import apply_overlays, load_overlay
from generator.curate.path_parameters import draft_overlay, find_defects
from generator.yamlio import dump_yaml, load_yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "simpro-docs"
INT_ID = {"name": "companyID", "in": "path", "required": True, "schema": {"type": "integer"}, "description": "Company."}


def defective() -> dict[str, Any]:
    def ok(name: str) -> dict[str, Any]:
        return {"operationId": name, "responses": {"200": {"description": "ok"}}}

    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "components": {"parameters": {"company": INT_ID}},
        "paths": {
            # declared by $ref here, so the type of {companyID} is known elsewhere in the document
            "/companies/{companyID}/jobs/": {
                "get": {**ok("list_jobs"), "parameters": [{"$ref": "#/components/parameters/company"}]}
            },
            # a lock DELETE that declares nothing for its two placeholders
            "/companies/{companyID}/jobs/{jobID}/lock/": {"delete": ok("unlock_job")},
            # a parameter the path lacks, declared once on the path item: one defect per operation, one removal
            "/companies/{companyID}/customers/companies/": {
                "parameters": [
                    INT_ID,
                    {"name": "customerType", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "get": ok("list_company_customers"),
                "post": ok("create_company_customer"),
            },
        },
    }


def test_both_directions_are_found_at_their_place_and_the_validator_does_not_repeat_them() -> None:
    findings = lint(defective(), file="spec.yaml")
    codes = sorted((item.code, item.place) for item in findings)
    assert codes == [
        ("path-parameter-absent", "/paths/~1companies~1{companyID}~1customers~1companies~1/parameters/1"),
        ("path-parameter-absent", "/paths/~1companies~1{companyID}~1customers~1companies~1/parameters/1"),
        ("path-parameter-undeclared", "/paths/~1companies~1{companyID}~1jobs~1{jobID}~1lock~1/delete"),
        ("path-parameter-undeclared", "/paths/~1companies~1{companyID}~1jobs~1{jobID}~1lock~1/delete"),
    ]
    undeclared = [item for item in findings if item.code == "path-parameter-undeclared"]
    assert {"'companyID'" in item.message or "'jobID'" in item.message for item in undeclared} == {True}
    assert all(item.fix and "--suggest-overlay" in item.fix for item in findings)


def test_the_draft_overlay_fixes_every_defect_and_types_what_the_document_knows(tmp_path: Path) -> None:
    document = defective()
    overlay_file = tmp_path / "draft.yaml"
    overlay_file.write_text(draft_overlay(document), encoding="utf-8")
    fixed, stale = apply_overlays(document, [load_overlay(overlay_file)])
    assert stale == []
    assert find_defects(fixed) == []
    assert lint(fixed, file="fixed.yaml") == []
    declared = {
        p["name"]: p for p in fixed["paths"]["/companies/{companyID}/jobs/{jobID}/lock/"]["delete"]["parameters"]
    }
    assert declared["companyID"]["schema"] == {"type": "integer"}  # as declared elsewhere (through the $ref)
    assert declared["companyID"]["description"] == "Company."
    assert declared["jobID"]["schema"] == {"type": "string"}  # nothing known: a string
    shared = fixed["paths"]["/companies/{companyID}/customers/companies/"]["parameters"]
    assert [p["name"] for p in shared] == ["companyID"]
    # applied again, the draft is stale: the overlay reports itself once the vendor fixes the document
    _, again = apply_overlays(fixed, [load_overlay(overlay_file)])
    assert len(again) == len(load_overlay(overlay_file).actions)


def test_a_path_with_quotes_gets_a_target_that_still_selects_it(tmp_path: Path) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/it's/{a\\b}": {"get": {"operationId": "q", "responses": {"200": {"description": "ok"}}}}},
    }
    overlay_file = tmp_path / "draft.yaml"
    overlay_file.write_text(draft_overlay(document), encoding="utf-8")
    fixed, stale = apply_overlays(document, [load_overlay(overlay_file)])
    assert stale == [] and find_defects(fixed) == []


def test_nothing_to_draft_is_said_as_a_comment() -> None:
    assert draft_overlay({"paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path"}]}}}}).startswith(
        "#"
    )


def test_the_simpro_reference_defects_are_listed_at_once_and_drafted(tmp_path: Path) -> None:
    """Two real sections: basic/advanced commissions declare a `commissionType` their paths lack (10 times),
    and the company default settings path uses {companyID} without declaring it."""
    from generator.config import SourceConfig
    from generator.importers import import_sources

    folder = tmp_path / "api"
    (folder / "sources").mkdir(parents=True)
    sources = []
    for name in ("00-overview.md", "commissions.md", "company_default_settings.md"):
        (folder / "sources" / name).write_bytes((CORPUS / name).read_bytes())
        sources.append(SourceConfig(path=folder / "sources" / name, format="widdershins"))
    document = import_sources(sources, folder=folder).document
    spec = tmp_path / "import.yaml"
    spec.write_text(dump_yaml(document), encoding="utf-8")

    linted = subprocess.run(
        [sys.executable, "-m", "generator.cli", "lint", "--file", str(spec), "--suggest-overlay"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert linted.returncode == 1
    assert "path-parameter-absent 10" in linted.stderr and "path-parameter-undeclared 1" in linted.stderr
    draft = load_yaml(linted.stdout, file="stdout")
    assert draft["overlay"] == "1.0.0" and len(draft["actions"]) == 11
    overlay_file = tmp_path / "draft.yaml"
    overlay_file.write_text(linted.stdout, encoding="utf-8")
    fixed, stale = apply_overlays(document, [load_overlay(overlay_file)])
    assert stale == [] and find_defects(fixed) == []


def test_suggest_overlay_wants_exactly_one_api_or_file() -> None:
    refused = subprocess.run(
        [sys.executable, "-m", "generator.cli", "lint", "--suggest-overlay", "simpro", "lucca-invoices"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert refused.returncode != 0
    assert "exactly one API" in refused.stderr and "Traceback" not in refused.stderr
