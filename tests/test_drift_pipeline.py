"""Drift wired into the pipeline: a vendor change bumps the version, adds a CHANGELOG entry and writes the
reports; `check --fail-on breaking` needs an acknowledgement; `diff` compares files or git revisions."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from pathlib import Path

import jsonschema
import pytest

from generator.drift.report import load_schema
from tests.conftest import run_cli, snapshot

SOURCE = Path("specs/lucca-invoices/sources/import-cost-centers.md")
PACKAGE = Path("generated/lucca-invoices-client")
MODELS = Path("generated/lucca-invoices-models")


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(repo_copy: Path) -> Path:
    """The scratch repo under git, so --base has something to compare with."""
    git(repo_copy, "init", "-q", "-b", "main")
    git(repo_copy, "add", "-A")
    git(repo_copy, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base")
    return repo_copy


def edit_source(root: Path, *replacements: tuple[str, str]) -> None:
    path = root / SOURCE
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


RENAME = ("                  imported:\n", "                  importedCount:\n")
NEW_MODE = ("        - SkipInvalidItems\n", "        - SkipInvalidItems\n        - DryRun\n")


def version(root: Path, package: Path = PACKAGE) -> str:
    return str(tomllib.loads((root / package / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def bumped(version: str, part: str) -> str:
    """Semantic versioning: the committed version (whatever it is today) after a major/minor/patch release."""
    major, minor, patch = (int(number) for number in version.split("."))
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        part
    ]


def test_breaking_vendor_change_bumps_major_with_changelog_and_reports(repo: Path) -> None:
    start = version(repo)
    new = bumped(start, "major")
    edit_source(repo, RENAME, NEW_MODE)
    result = run_cli("--root", str(repo), "regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert version(repo) == new
    changelog = (repo / PACKAGE / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index(f"## {new}") < changelog.index(f"## {start}")  # newest entry first, history kept
    assert "Response property `imported` renamed to `importedCount`" in changelog
    assert "`ImportCostCentersResponse.imported` removed" in changelog
    assert "`ImportMode.DRYRUN` added" in changelog
    markdown = (repo / f"build/drift/lucca-invoices-client-{new}.md").read_text(encoding="utf-8")
    assert f"New version **{new}** (major bump from {start})" in markdown
    assert f"build/drift/lucca-invoices-client-{new}.md" in result.stdout  # the run says where the reports are
    report = json.loads((repo / f"build/drift/lucca-invoices-client-{new}.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, load_schema())
    assert {change["id"] for change in report["changes"]} >= {
        "response-property-renamed",
        "response-property-enum-value-added",
    }
    # each change names the generated symbols it touches, in the old and the new package
    renamed = next(change for change in report["changes"] if change["id"] == "response-property-renamed")
    assert renamed["symbols"] == [
        "ImportCostCentersResponse.imported",
        "ImportCostCentersResponse.imported_count",
    ]
    assert "`ImportCostCentersResponse.imported`<br>`ImportCostCentersResponse.imported_count`" in markdown
    # a second run changes nothing and writes no new report
    before = snapshot(repo)
    again = run_cli("--root", str(repo), "regenerate", "--force", cwd=repo)
    assert again.returncode == 0 and "nothing changed" in again.stdout
    assert snapshot(repo) == before
    assert "build/drift" not in again.stdout


def test_additive_change_is_a_minor_bump_and_documentation_a_patch(repo: Path) -> None:
    start = version(repo)
    edit_source(repo, ("      summary: Import Cost-Centers\n", "      summary: Import cost-centers in bulk\n"))
    assert run_cli("--root", str(repo), "regenerate", cwd=repo).returncode == 0
    assert version(repo) == bumped(start, "patch")
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "doc")
    edit_source(
        repo,
        (
            "                  imported:\n",
            "                  skipped:\n                    type: integer\n                  imported:\n",
        ),
    )
    assert run_cli("--root", str(repo), "regenerate", cwd=repo).returncode == 0
    assert version(repo) == bumped(bumped(start, "patch"), "minor")


def test_unchanged_spec_keeps_the_version(repo: Path) -> None:
    start = version(repo)
    result = run_cli("--root", str(repo), "regenerate", "--force", cwd=repo)
    assert result.returncode == 0 and version(repo) == start
    assert not (repo / "build").exists()


def test_check_fails_on_unacknowledged_breaking_drift_until_acknowledged(repo: Path) -> None:
    edit_source(repo, RENAME)
    assert run_cli("--root", str(repo), "regenerate", cwd=repo).returncode == 0
    failing = run_cli("--root", str(repo), "check", "--fail-on", "breaking", "--base", "main", cwd=repo)
    assert failing.returncode == 1
    assert "1 unacknowledged breaking change(s) since main" in failing.stderr
    match = re.search(r"  (response-property-renamed) at (\S+):", failing.stderr)
    assert match, failing.stderr
    acks = repo / "specs/lucca-invoices/drift-acknowledgements.yaml"
    acks.write_text(
        f"acknowledged:\n  - id: {match.group(1)}\n    place: '{match.group(2)}'\n"
        "    reason: Lucca renamed the counter; callers updated.\n",
        encoding="utf-8",
    )
    passing = run_cli("--root", str(repo), "check", "--fail-on", "breaking", "--base", "main", cwd=repo)
    assert passing.returncode == 0, passing.stderr
    # without --fail-on, breaking drift alone does not fail check
    assert run_cli("--root", str(repo), "check", cwd=repo).returncode == 0


def test_acknowledgement_without_reason_is_rejected(repo: Path) -> None:
    (repo / "specs/lucca-invoices/drift-acknowledgements.yaml").write_text(
        "acknowledged:\n  - id: x\n    place: y\n", encoding="utf-8"
    )
    result = run_cli("--root", str(repo), "check", "--fail-on", "breaking", cwd=repo)
    assert result.returncode == 1
    assert "needs id, place and reason" in result.stderr and "Traceback" not in result.stderr


def test_diff_against_a_git_revision_and_between_two_files(repo: Path, tmp_path: Path) -> None:
    edit_source(repo, RENAME)
    assert run_cli("--root", str(repo), "regenerate", cwd=repo).returncode == 0
    by_revision = run_cli("--root", str(repo), "diff", "lucca-invoices", "--base", "main", cwd=repo)
    assert by_revision.returncode == 0, by_revision.stderr
    assert "`response-property-renamed`" in by_revision.stdout
    assert "`ImportCostCentersResponse.imported` removed" in by_revision.stdout
    old = tmp_path / "old.yaml"
    old.write_text(git(repo, "show", "main:specs/lucca-invoices/openapi.yaml"), encoding="utf-8")
    by_files = run_cli(
        "--root",
        str(repo),
        "diff",
        str(old),
        str(repo / "specs/lucca-invoices/openapi.yaml"),
        "--api",
        "lucca-invoices",
        "--json",
        cwd=repo,
    )
    assert by_files.returncode == 0, by_files.stderr
    report = json.loads(by_files.stdout)
    jsonschema.validate(report, load_schema())
    assert report["version"]["new"] == "1.0.0"
    assert any(impact["name"] == "ImportCostCentersResponse.imported" for impact in report["python_impact"])


def test_diff_with_an_unknown_revision_is_one_clear_error(repo: Path) -> None:
    result = run_cli("--root", str(repo), "diff", "lucca-invoices", "--base", "no-such-rev", cwd=repo)
    assert result.returncode == 1
    assert "unknown git revision 'no-such-rev'" in result.stderr and "Traceback" not in result.stderr


def test_a_template_change_that_alters_the_package_is_released(repo: Path) -> None:
    template = repo / "templates/client/client.py.jinja"
    template.write_text(
        template.read_text(encoding="utf-8") + '\n\ndef ping() -> str:\n    return "pong"\n', encoding="utf-8"
    )
    start, models_start = version(repo), version(repo, MODELS)
    result = run_cli("--root", str(repo), "regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert version(repo) == bumped(start, "minor")  # additive: minor, although the spec did not change
    assert version(repo, MODELS) == models_start  # the models package did not change
    changelog = (repo / PACKAGE / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {bumped(start, 'minor')}" in changelog and "`client.ping` added" in changelog


def test_a_template_change_with_the_same_names_is_a_patch_release(repo: Path) -> None:
    """Behaviour changed, names did not (a fixed template, a newer SpecFoundry): still a new package, so a
    new version (patch), never a second package under the committed version."""
    template = repo / "templates/client/_runtime.py.jinja"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("def path(", "_PATCHED = True\n\n\ndef path(", 1), encoding="utf-8")
    start, models_start = version(repo), version(repo, MODELS)
    result = run_cli("--root", str(repo), "regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert version(repo) == bumped(start, "patch")
    assert version(repo, MODELS) == models_start  # the models package did not change: same version
    runtime = repo / PACKAGE / "lucca_invoices_client" / "_runtime.py"
    assert "_PATCHED = True" in runtime.read_text(encoding="utf-8")
    changelog = (repo / PACKAGE / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {bumped(start, 'patch')}" in changelog
    assert "changed with the same public names" in changelog and "lucca_invoices_client/_runtime.py" in changelog
    again = run_cli("--root", str(repo), "regenerate", cwd=repo)  # released once, not at every run
    assert again.returncode == 0 and version(repo) == bumped(start, "patch")


def test_a_hand_edited_package_is_repaired_not_released(repo: Path) -> None:
    client = repo / PACKAGE / "lucca_invoices_client" / "client.py"
    start = version(repo)
    client.write_text(client.read_text(encoding="utf-8") + "\n\ndef extra() -> None: ...\n", encoding="utf-8")
    result = run_cli("--root", str(repo), "regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "def extra()" not in client.read_text(encoding="utf-8")
    assert version(repo) == start
