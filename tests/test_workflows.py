"""The GitHub Actions workflows: actionlint (a dev dependency; its binary ships in the wheel) passes them and
catches a broken one, and the update loop's own logic (the API matrix, the order of its steps, pinned
actions) is what the README says."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def actionlint(*files: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    # `-shellcheck=` and `-pyflakes=`: the same verdict whether or not those optional linters are installed.
    command = [str(ACTIONLINT), "-no-color", "-shellcheck=", "-pyflakes=", *map(str, files)]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, timeout=120)


def load(name: str) -> dict[str, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def test_every_workflow_passes_actionlint() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert {path.name for path in files} >= {"regenerate.yml", "update.yml"}
    found = actionlint(*files)
    assert found.returncode == 0, found.stdout + found.stderr


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        # a typo in a step output the status step reads
        (
            ("steps.pr.outputs.pull-request-head-sha != ''", "steps.pull.outputs.pull-request-head-sha != ''"),
            'property "pull" is not defined',
        ),
        # the matrix read from a job the update job does not need
        (("needs: apis", "needs: []"), 'property "apis" is not defined'),
        # a step with both `run` and `uses`
        (
            (
                "      - name: Regenerate the curated spec and packages\n",
                "      - name: Regenerate the curated spec and packages\n        uses: actions/cache@v4\n",
            ),
            'unexpected key "uses"',
        ),
    ],
)
def test_actionlint_fails_on_a_broken_copy(tmp_path: Path, breakage: tuple[str, str], message: str) -> None:
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    text = (WORKFLOWS / "update.yml").read_text(encoding="utf-8")
    old, new = breakage
    assert old in text
    (folder / "update.yml").write_text(text.replace(old, new, 1), encoding="utf-8")
    found = actionlint(folder / "update.yml", cwd=tmp_path)
    assert found.returncode == 1
    assert message in found.stdout


def test_every_action_is_pinned_to_a_commit() -> None:
    for path in sorted(WORKFLOWS.glob("*.yml")):
        uses = re.findall(r"^\s*(?:- )?uses:\s*(\S+)", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert uses, path.name
        for action in uses:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), f"{path.name}: {action} is not pinned"


def test_the_update_loop_runs_update_then_regenerate_then_opens_the_pull_request() -> None:
    workflow = load("update.yml")
    assert workflow[True]["schedule"]  # PyYAML reads the key `on` as True
    job = workflow["jobs"]["update"]
    assert job["strategy"]["matrix"]["api"] == "${{ fromJSON(needs.apis.outputs.apis) }}"
    assert job["strategy"]["fail-fast"] is False
    order = [step.get("run", step.get("uses", "")) for step in steps(job)]

    def position(fragment: str) -> int:
        return next(index for index, text in enumerate(order) if fragment in text)

    assert (
        position("scripts/dev.sh setup")
        < position('specfoundry update "$API"')
        < position('specfoundry regenerate "$API"')
        < position("--fail-on breaking")
        < position("build/drift/*.md")
        < position("peter-evans/create-pull-request@")
        < position("/statuses/")
    )
    pull_request = next(step for step in steps(job) if "create-pull-request" in step.get("uses", ""))
    assert pull_request["with"]["body-path"] == "${{ runner.temp }}/pr-body.md"
    assert pull_request["with"]["branch"] == "specfoundry/update/${{ matrix.api }}"


def run_matrix_step(requested: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The `apis` job's listing step, run as the runner would, in a copy of specs/ with an extra folder."""
    step = next(step for step in steps(load("update.yml")["jobs"]["apis"]) if step.get("id") == "list")
    shutil.copytree(ROOT / "specs", tmp_path / "specs", ignore=shutil.ignore_patterns("sources", "overlays"))
    (tmp_path / "specs" / "not-an-api").mkdir()  # a folder without api.toml is not an API
    output = tmp_path / "github-output"
    output.touch()
    env = {**os.environ, "GITHUB_OUTPUT": str(output), "REQUESTED": requested}
    found = subprocess.run(
        ["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    found.stdout = output.read_text(encoding="utf-8")
    return found


def test_the_matrix_is_every_api_folder_or_those_asked_for(tmp_path: Path) -> None:
    every = sorted(path.parent.name for path in (ROOT / "specs").glob("*/api.toml"))
    assert len(every) >= 2
    found = run_matrix_step("", tmp_path)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "apis=" + str(every).replace("'", '"')
    found = run_matrix_step(every[-1], tmp_path / "one")
    assert found.stdout.strip() == f'apis=["{every[-1]}"]'
    found = run_matrix_step("not-an-api", tmp_path / "unknown")
    assert found.returncode != 0
    assert "no such API under specs/: not-an-api" in found.stderr
