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


def version(root: Path) -> str:
    return str(tomllib.loads((root / PACKAGE / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def test_breaking_vendor_change_bumps_major_with_changelog_and_reports(repo: Path) -> None:
    assert version(repo) == "2.0.0"
    edit_source(repo, RENAME, NEW_MODE)
    result = run_cli("--root", str(repo), "regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert version(repo) == "3.0.0"
    changelog = (repo / PACKAGE / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 3.0.0") < changelog.index("## 2.0.0")  # newest entry first, history kept
    assert "Response property `imported` renamed to `importedCount`" in changelog
    assert "`ImportCostCentersResponse200.imported` removed" in changelog
    assert "`ImportMode.DRYRUN` added" in changelog
    markdown = (repo / "build/drift/lucca-invoices-client-3.0.0.md").read_text(encoding="utf-8")
    assert "New version **3.0.0** (major bump from 2.0.0)" in markdown
    assert "build/drift/lucca-invoices-client-3.0.0.md" in result.stdout  # the run says where the reports are
    report = json.loads((repo / "build/drift/lucca-invoices-client-3.0.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, load_schema())
    assert {change["id"] for change in report["changes"]} >= {
        "response-property-renamed",
        "response-property-enum-value-added",
    }
    # a second run changes nothing and writes no new report
    before = snapshot(repo)
    again = run_cli("--root", str(repo), "regenerate", "--force", cwd=repo)
    assert again.returncode == 0 and "nothing changed" in again.stdout
    assert snapshot(repo) == before
    assert "build/drift" not in again.stdout


def test_additive_change_is_a_minor_bump_and_documentation_a_patch(repo: Path) -> None:
    edit_source(repo, ("      summary: Import Cost-Centers\n", "      summary: Import cost-centers in bulk\n"))
    assert run_cli("--root", str(repo), "regenerate", cwd=repo).returncode == 0
    assert version(repo) == "2.0.1"
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
    assert version(repo) == "2.1.0"


def test_unchanged_spec_keeps_the_version(repo: Path) -> None:
    result = run_cli("--root", str(repo), "regenerate", "--force", cwd=repo)
    assert result.returncode == 0 and version(repo) == "2.0.0"
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
    assert "`ImportCostCentersResponse200.imported` removed" in by_revision.stdout
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
    assert any(impact["name"] == "ImportCostCentersResponse200.imported" for impact in report["python_impact"])


def test_diff_with_an_unknown_revision_is_one_clear_error(repo: Path) -> None:
    result = run_cli("--root", str(repo), "diff", "lucca-invoices", "--base", "no-such-rev", cwd=repo)
    assert result.returncode == 1
    assert "unknown git revision 'no-such-rev'" in result.stderr and "Traceback" not in result.stderr


def test_a_template_change_that_alters_the_package_is_released(repo: Path) -> None:
    template = repo / "templates/client/client.py.jinja"
    template.write_text(
        template.read_text(encoding="utf-8") + '\n\ndef ping() -> str:\n    return "pong"\n', encoding="utf-8"
    )
    result = run_cli("--root", str(repo), "regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert version(repo) == "2.1.0"  # additive: minor, although the spec did not change
    models = tomllib.loads((repo / "generated/lucca-invoices-models/pyproject.toml").read_text(encoding="utf-8"))
    assert models["project"]["version"] == "0.1.0"  # the models package did not change
    changelog = (repo / PACKAGE / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 2.1.0" in changelog and "`client.ping` added" in changelog


def test_a_hand_edited_package_is_repaired_not_released(repo: Path) -> None:
    client = repo / PACKAGE / "lucca_invoices_client" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "\n\ndef extra() -> None: ...\n", encoding="utf-8")
    result = run_cli("--root", str(repo), "regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "def extra()" not in client.read_text(encoding="utf-8")
    assert version(repo) == "2.0.0"
