"""The CLI end to end on a scratch copy of the repo: regenerate is idempotent, check catches staleness,
and bad input gives one clear message, a non-zero exit and an untouched tree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import run_cli, snapshot


def test_regenerate_twice_changes_nothing(repo_copy: Path) -> None:
    before = snapshot(repo_copy)
    first = run_cli("--root", str(repo_copy), "regenerate", cwd=repo_copy)
    assert first.returncode == 0, first.stderr
    assert "nothing changed" in first.stdout  # the committed tree is what the pipeline produces
    second = run_cli("--root", str(repo_copy), "regenerate", cwd=repo_copy)
    assert second.returncode == 0, second.stderr
    assert snapshot(repo_copy) == before


def test_regenerate_from_scratch_reproduces_the_committed_tree(repo_copy: Path) -> None:
    """Everything generated comes back byte for byte. A package's release history (its version in
    pyproject.toml and its CHANGELOG.md) is state the drift carries forward, so those two files stay."""
    expected = snapshot(repo_copy)
    for spec in repo_copy.glob("specs/*/openapi.yaml"):
        spec.unlink()
    history = {"pyproject.toml", "CHANGELOG.md"}
    for path in sorted((repo_copy / "generated").rglob("*"), reverse=True):
        if path.is_file() and not (path.name in history and path.parent.parent.name == "generated"):
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    assert sorted(p.name for p in (repo_copy / "generated").rglob("*") if p.is_file()) == sorted(
        [name for name in history for _ in (repo_copy / "generated").iterdir()]
    )
    result = run_cli("--root", str(repo_copy), "regenerate", cwd=repo_copy)
    assert result.returncode == 0, result.stderr
    assert snapshot(repo_copy) == expected


def test_check_passes_on_the_committed_tree(repo_copy: Path) -> None:
    result = run_cli("--root", str(repo_copy), "check", cwd=repo_copy)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_check_fails_naming_the_stale_file_after_an_overlay_edit(repo_copy: Path) -> None:
    overlay = repo_copy / "specs" / "lucca-invoices" / "overlays" / "fix-typos.yaml"
    overlay.write_text(
        overlay.read_text(encoding="utf-8").replace(
            "IDs of the establishments to which the cost-center belongs.",
            "IDs of the establishments the cost-center belongs to.",
        ),
        encoding="utf-8",
    )
    before = snapshot(repo_copy)
    result = run_cli("--root", str(repo_copy), "check", cwd=repo_copy)
    assert result.returncode == 1
    assert "specs/lucca-invoices/openapi.yaml" in result.stderr
    assert "specfoundry regenerate" in result.stderr
    assert snapshot(repo_copy) == before  # check never writes


def test_check_fails_when_a_generated_file_was_edited_by_hand(repo_copy: Path) -> None:
    client = repo_copy / "generated" / "lucca-invoices-client" / "lucca_invoices_client" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    result = run_cli("--root", str(repo_copy), "check", cwd=repo_copy)
    assert result.returncode == 1
    assert "generated/lucca-invoices-client/lucca_invoices_client/client.py" in result.stderr


def test_lint_uncurated_reports_the_typo_and_curated_is_clean(repo_copy: Path) -> None:
    raw = run_cli("--root", str(repo_copy), "lint", "--uncurated", "lucca-invoices", cwd=repo_copy)
    assert raw.returncode == 1
    assert "unknown format 'int3é'" in raw.stdout and "fix: use format 'int32'" in raw.stdout
    curated = run_cli("--root", str(repo_copy), "lint", "lucca-invoices", cwd=repo_copy)
    assert curated.returncode == 0, curated.stdout
    assert "lint: 0 error(s), 0 warning(s)" in curated.stdout


def _break_source(root: Path, text: str) -> None:
    (root / "specs" / "lucca-invoices" / "sources" / "import-cost-centers.md").write_text(text, encoding="utf-8")


def _seed_text(root: Path) -> str:
    return (root / "specs" / "lucca-invoices" / "sources" / "import-cost-centers.md").read_text(encoding="utf-8")


BAD_INPUTS = {
    "no-openapi-block": (
        lambda root: _break_source(root, "# Import Cost-Centers\n\nThe page lost its OpenAPI section.\n"),
        r"import-cost-centers\.md: no OpenAPI block found",
    ),
    "malformed-yaml": (
        lambda root: _break_source(root, _seed_text(root).replace("    post:\n", "    post: [\n", 1)),
        r"import-cost-centers\.md:\d+:\d+: malformed YAML",
    ),
    "invalid-jsonpath": (
        lambda root: (root / "specs/lucca-invoices/overlays/fix-typos.yaml").write_text(
            (root / "specs/lucca-invoices/overlays/fix-typos.yaml")
            .read_text(encoding="utf-8")
            .replace("$.components.schemas['cost-center']", "$.components.schemas['cost-center'"),
            encoding="utf-8",
        ),
        r"fix-typos\.yaml:actions\[1\]\.target: invalid JSONPath",
    ),
    "unknown-source-format": (
        lambda root: (root / "specs/lucca-invoices/api.toml").write_text(
            (root / "specs/lucca-invoices/api.toml")
            .read_text(encoding="utf-8")
            .replace('format = "mintlify-export"', 'format = "mintlfy-export"'),
            encoding="utf-8",
        ),
        r"api\.toml:\[\[sources\]\] #1 format: unknown source format 'mintlfy-export'",
    ),
    "broken-template": (
        lambda root: (root / "templates/client/README.md.jinja").write_text("{% if %}\n", encoding="utf-8"),
        r"README.md.jinja:1: invalid template",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", ["regenerate", "check"])
def test_bad_input_is_one_message_and_leaves_the_tree_untouched(repo_copy: Path, case: str, command: str) -> None:
    breaker, expected = BAD_INPUTS[case]
    breaker(repo_copy)
    before = snapshot(repo_copy)
    result = run_cli("--root", str(repo_copy), command, cwd=repo_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(expected, result.stderr), result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [result.stderr.splitlines()[0]]
    assert "fix:" in result.stderr
    assert snapshot(repo_copy) == before
    assert not list(repo_copy.glob(".specfoundry-staging-*"))  # the scratch folder is cleaned up


def test_unknown_api_name(repo_copy: Path) -> None:
    result = run_cli("--root", str(repo_copy), "regenerate", "nope", cwd=repo_copy)
    assert result.returncode == 1
    assert "unknown API 'nope'" in result.stderr and "lucca-invoices" in result.stderr


def test_help_lists_every_command(repo_root: Path) -> None:
    result = run_cli("--help", cwd=repo_root)
    for command in ("regenerate", "generate", "check", "lint", "import"):
        assert command in result.stdout


def test_noop_regenerate_is_answered_from_the_cache_but_never_serves_stale_output(repo_copy: Path) -> None:
    first = run_cli("--root", str(repo_copy), "regenerate", cwd=repo_copy)
    assert first.returncode == 0 and "nothing changed" in first.stdout
    cached = run_cli("--root", str(repo_copy), "regenerate", cwd=repo_copy)
    assert "unchanged since the last run" in cached.stdout
    expected = snapshot(repo_copy)
    # a hand edit of an output is not "up to date": the run repairs it
    client = repo_copy / "generated" / "lucca-invoices-client" / "lucca_invoices_client" / "client.py"
    client.write_text("# edited\n", encoding="utf-8")
    repaired = run_cli("--root", str(repo_copy), "regenerate", cwd=repo_copy)
    assert "unchanged since the last run" not in repaired.stdout
    assert "generated/lucca-invoices-client/lucca_invoices_client/client.py" in repaired.stdout
    assert snapshot(repo_copy) == expected
    # an input change is not "up to date" either
    overlay = repo_copy / "specs" / "lucca-invoices" / "overlays" / "fix-typos.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8").replace("stray double quote", "stray quote"), "utf-8")
    rerun = run_cli("--root", str(repo_copy), "regenerate", cwd=repo_copy)
    assert "unchanged since the last run" not in rerun.stdout
    forced = run_cli("--root", str(repo_copy), "regenerate", "--force", cwd=repo_copy)
    assert "unchanged since the last run" not in forced.stdout and forced.returncode == 0


def test_roundtrip_command_reports_per_file(repo_root: Path, shared_dir: Path) -> None:
    seed = shared_dir / "seeds" / "simpro-invoice-cost-centers.md"
    result = run_cli("roundtrip", str(seed), str(shared_dir / "corpus" / "simpro-docs" / "companies.md"), cwd=repo_root)
    assert result.returncode == 0, result.stderr
    rows = _roundtrip_rows(result.stdout)
    assert rows["simpro-invoice-cost-centers.md"] == ["2", "2", "2", "0"]
    assert rows["companies.md"] == ["3", "3", "3", "0"]


def test_roundtrip_command_fails_when_an_operation_differs(repo_root: Path, tmp_path: Path, shared_dir: Path) -> None:
    text = (shared_dir / "seeds" / "simpro-invoice-cost-centers.md").read_text(encoding="utf-8")
    edited = tmp_path / "edited.md"
    # a hand edit Widdershins would never produce: the rebuilt page cannot match it
    edited.write_text(text.replace("|page|query|integer|false|", "|page|query|integer| false|", 1), encoding="utf-8")
    result = run_cli("roundtrip", "--diff", str(edited), cwd=repo_root)
    assert result.returncode == 1
    assert _roundtrip_rows(result.stdout)["edited.md"] == ["2", "2", "1", "1"]  # rebuilt, identical, different
    assert "operation bf0f7b7fe8e3bad57a0a9d677048f390 differs" in result.stdout


def _roundtrip_rows(output: str) -> dict[str, list[str]]:
    """file name → [operations, rebuilt, identical, different] from the roundtrip table."""
    return {cells[0]: cells[1:5] for cells in map(str.split, output.splitlines()) if cells and cells[0].endswith(".md")}


def test_a_clean_lint_is_remembered_for_the_same_spec_text_only(repo_copy: Path) -> None:
    """`regenerate --force` of an unchanged spec reuses the last clean lint (the full Simpro lint takes
    seconds); any change of the spec text lints again, a damaged record is no record, and a failing lint
    is never remembered."""

    def regenerate() -> tuple[int, str]:
        done = run_cli("--root", str(repo_copy), "regenerate", "--force", cwd=repo_copy)
        return done.returncode, done.stdout + done.stderr

    assert regenerate()[0] == 0
    record_path = repo_copy / ".specfoundry-cache" / "lint" / "lucca-invoices.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    planted = {
        "level": "warning",
        "message": "planted in the lint record",
        "file": "specs/lucca-invoices/openapi.yaml",
        "place": "/info",
        "fix": None,
        "code": "planted",
    }
    record_path.write_text(json.dumps({**record, "findings": [*record["findings"], planted]}), encoding="utf-8")
    code, output = regenerate()
    assert code == 0 and "planted in the lint record" in output  # the same text: not linted again

    overlay = repo_copy / "specs" / "lucca-invoices" / "overlays" / "fix-typos.yaml"
    text = overlay.read_text(encoding="utf-8")
    overlay.write_text(text.replace("IDs of the establishments", "Identifiers of the establishments"), "utf-8")
    code, output = regenerate()
    assert code == 0 and "planted in the lint record" not in output  # another spec text: linted again
    relinted = json.loads(record_path.read_text(encoding="utf-8"))
    assert relinted["key"] != record["key"] and planted not in relinted["findings"]

    record_path.write_text('{"key": "', encoding="utf-8")  # torn, as by a run killed while writing it
    assert regenerate()[0] == 0
    assert json.loads(record_path.read_text(encoding="utf-8"))["key"] == relinted["key"]

    overlay.write_text(overlay.read_text(encoding="utf-8").replace("format: int32", "format: int3é"), "utf-8")
    code, output = regenerate()
    assert code == 1 and "int3é" in output
    assert json.loads(record_path.read_text(encoding="utf-8"))["key"] == relinted["key"]  # not remembered
