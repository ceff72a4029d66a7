"""A run's outputs appear together even when the process is killed at any instant (generator.transaction),
two runs never interleave, and render workers never outlive the run (generator.workers).

The release used throughout: the tiny API is regenerated once, then its vendor page loses a property, so the
next `regenerate` is a major release (1.0.0) of both packages, with CHANGELOG entries and four drift reports.
The run under test is the CLI wrapped by tests/crashing_cli.py, which SIGKILLs it right after its K-th rename.

Renames cannot make several paths change at once, so right after a kill inside the swap the files on disk
are a mix, output by output. What the transaction guarantees, and these tests check, is: before the journal
is written the tree is exactly the old one; from then on every output is whole (its old or its new version,
never a partial one), the journal is on disk, and the next command, whichever it is, first turns the tree
into exactly the new one. No command ever works on the mix.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile.harness import REPO, TINY_SPEC, Scratch, page_export, scratch

JOURNAL = ".specfoundry-journal.json"
STAGING = ".specfoundry-staging-"
PACKAGES = ("tiny-client", "tiny-models")
WITHOUT_NAME = page_export(TINY_SPEC.replace("        name:\n          type: string\n", ""))  # breaking: major
REPORTS = [f"build/drift/{package}-1.0.0.{suffix}" for package in PACKAGES for suffix in ("md", "json")]
COMPLETED = "specfoundry: completed the swap of"


def crashing_run(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.crashing_cli", "--root", str(root), *args],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "SPECFOUNDRY_DEBUG": "", **(env or {})},
        check=False,
        timeout=300,
    )


def crashing_popen(root: Path, *args: str, env: dict[str, str], stderr: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crashing_cli", "--root", str(root), *args],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=stderr.open("wb"),
        env={**os.environ, "PYTHONPATH": str(REPO), "SPECFOUNDRY_DEBUG": "", **env},
    )


def tree(root: Path) -> dict[str, bytes]:
    """Every output a run writes (specs/, generated/, build/), by repo-relative path."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in ("specs", "generated", "build")
        for path in sorted((root / folder).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def output_of(path: str) -> str:
    """The unit the swap moves in one rename: a package folder, or a single file."""
    parts = path.split("/")
    return "/".join(parts[:2]) if parts[0] == "generated" else path


def part(snapshot: dict[str, bytes], output: str) -> dict[str, bytes]:
    return {path: data for path, data in snapshot.items() if output_of(path) == output}


def generated(root: Path) -> list[str]:
    """What a first run of the tiny API would write; empty while it has not swapped anything in."""
    return [path for path in tree(root) if not path.startswith("specs/tiny/sources/") and path != "specs/tiny/api.toml"]


def leftovers(root: Path) -> list[str]:
    return sorted(path.name for path in root.iterdir() if path.name.startswith((STAGING, JOURNAL)))


@dataclass(frozen=True)
class Release:
    """The release prepared once: a repo just before it, and the trees before and after an unkilled run."""

    prepared: Path  # a scratch repo (root), copied for each run under test
    old: dict[str, bytes]
    new: dict[str, bytes]
    renames: int  # renames the unkilled release run made


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    space = scratch(tmp_path_factory.mktemp("prepared"))
    space.api()
    assert space.run("regenerate").returncode == 0
    space.api(page=WITHOUT_NAME)
    # the new tree comes from an unkilled run in a separate scratch repo
    other = copy_into(space.root, tmp_path_factory.mktemp("unkilled"))
    log = other.sandbox / "renames.log"
    result = crashing_run(other.root, "regenerate", env={"SF_RENAME_LOG": str(log)})
    assert result.returncode == 0, result.stderr
    assert "tiny-client: 0.1.0 → 1.0.0" in result.stdout
    new = tree(other.root)
    assert set(REPORTS) <= set(new)
    return Release(space.root, tree(space.root), new, len(log.read_text().splitlines()))


def copy_into(root: Path, tmp_path: Path) -> Scratch:
    """A new scratch repo holding what `root` holds (its own templates link stays)."""
    space = scratch(tmp_path)
    top_level_templates = lambda folder, _names: ["templates"] if folder == str(root) else []  # noqa: E731
    shutil.copytree(root, space.root, symlinks=True, dirs_exist_ok=True, ignore=top_level_templates)
    return space


def copy_of(release: Release, tmp_path: Path, name: str) -> Scratch:
    return copy_into(release.prepared, tmp_path / name)


def assert_whole_outputs(release: Release, on_disk: dict[str, bytes], pending: bool) -> None:
    """Each output is its old version, its new one, or (while a journal is pending) moved aside."""
    if not pending:
        assert on_disk in (release.old, release.new), "no journal, yet the tree is neither the old nor the new one"
        return
    outputs = {output_of(path) for path in (*release.old, *release.new, *on_disk)}
    for output in sorted(outputs):
        now = part(on_disk, output)
        assert now in (part(release.old, output), part(release.new, output), {}), f"{output} is torn"


def assert_released(release: Release, root: Path) -> None:
    assert tree(root) == release.new
    for package in PACKAGES:
        assert 'version = "1.0.0"' in (root / "generated" / package / "pyproject.toml").read_text()
        changelog = (root / "generated" / package / "CHANGELOG.md").read_text()
        assert changelog.index("## 1.0.0") < changelog.index("## 0.1.0")
    assert all((root / report).is_file() for report in REPORTS)
    assert leftovers(root) == []


def test_a_kill_after_any_rename_of_the_release_is_completed_by_the_next_regenerate(
    release: Release, tmp_path: Path
) -> None:
    kills = 0
    for k in range(1, release.renames + 2):
        space = copy_of(release, tmp_path, f"k{k}")
        killed = crashing_run(space.root, "regenerate", env={"SF_KILL_AFTER_RENAMES": str(k)})
        if killed.returncode == 0:  # the run made fewer than k renames: every kill point was exercised
            assert k == release.renames + 1
            assert_released(release, space.root)
            break
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        kills += 1
        pending = (space.root / JOURNAL).exists()
        assert_whole_outputs(release, tree(space.root), pending)
        after = space.run("regenerate")
        assert after.returncode == 0, after.stderr
        assert (COMPLETED in after.stderr) == pending, after.stderr
        assert_released(release, space.root)
        assert not any(line.startswith("drift report") for line in after.stdout.splitlines())  # released once
    assert kills == release.renames
    assert release.renames == 1 + 2 * 3 + len(REPORTS)  # the journal, 3 outputs (2 renames each), 4 reports


@pytest.mark.parametrize("k", [1, 4])
def test_recovery_killed_after_each_of_its_own_renames_still_ends_in_the_new_tree(
    release: Release, tmp_path: Path, k: int
) -> None:
    """The release is killed after rename K (1: the journal was just written, so recovery has every output to
    move; 4: mid-swap). Then recovery runs are killed right after their first rename, again and again, until
    one completes: together they are killed after every rename recovery makes."""
    space = copy_of(release, tmp_path, "repo")
    killed = crashing_run(space.root, "regenerate", env={"SF_KILL_AFTER_RENAMES": str(k)})
    assert killed.returncode == -signal.SIGKILL
    recovery_kills = 0
    for _attempt in range(release.renames):
        again = crashing_run(space.root, "regenerate", env={"SF_KILL_AFTER_RENAMES": "1"})
        if again.returncode != -signal.SIGKILL:
            break
        recovery_kills += 1
        assert COMPLETED not in again.stderr
        assert (space.root / JOURNAL).exists()  # killed mid-recovery: the journal still says what to finish
        assert_whole_outputs(release, tree(space.root), pending=True)
    assert again.returncode == 0, again.stderr
    assert COMPLETED in again.stderr
    assert_released(release, space.root)
    assert recovery_kills == release.renames - k  # one kill per rename the release had not made yet


@pytest.mark.parametrize(
    "command",
    [
        ["generate"],
        ["check"],
        ["lint"],
        ["diff", "specs/tiny/openapi.yaml", "specs/tiny/openapi.yaml"],
    ],
)
def test_every_command_that_reads_outputs_completes_the_swap_first(
    release: Release, tmp_path: Path, command: list[str]
) -> None:
    space = copy_of(release, tmp_path, "repo")
    killed = crashing_run(space.root, "regenerate", env={"SF_KILL_AFTER_RENAMES": "4"})  # mid-swap
    assert killed.returncode == -signal.SIGKILL and (space.root / JOURNAL).exists()
    result = space.run(*command)
    assert result.returncode == 0, result.stderr
    assert sum(COMPLETED in line for line in result.stderr.splitlines()) == 1, result.stderr
    assert_released(release, space.root)


def test_sigterm_during_the_swap_waits_for_the_swap_to_end(release: Release, tmp_path: Path) -> None:
    space = copy_of(release, tmp_path, "repo")
    env = {"SF_KILL_AFTER_RENAMES": "3", "SF_KILL_SIGNAL": "TERM"}
    result = crashing_run(space.root, "regenerate", env=env)
    assert result.returncode == 128 + signal.SIGTERM, result.stderr
    assert "interrupted" in result.stderr and "Traceback" not in result.stderr
    assert_released(release, space.root)


def test_a_stale_staging_folder_is_removed_by_the_next_run_and_a_pending_one_is_used(
    release: Release, tmp_path: Path
) -> None:
    space = copy_of(release, tmp_path, "repo")
    killed = crashing_run(space.root, "regenerate", env={"SF_KILL_AFTER_RENAMES": "1"})  # journal just written
    assert killed.returncode == -signal.SIGKILL
    stale = space.root / f"{STAGING}left-by-a-killed-run"  # as a run killed while rendering leaves it
    (stale / "generated" / "tiny-client").mkdir(parents=True)
    (stale / "generated" / "tiny-client" / "half-rendered.py").write_text("x = 1\n")
    assert len([name for name in leftovers(space.root) if name.startswith(STAGING)]) == 2
    after = space.run("lint")
    assert after.returncode == 0, after.stderr
    assert COMPLETED in after.stderr  # the journaled staging folder was kept long enough to finish the swap
    assert leftovers(space.root) == []
    assert_released(release, space.root)


def test_staging_journal_and_lock_are_git_ignored(tmp_path: Path) -> None:
    shutil.copy(REPO / ".gitignore", tmp_path / ".gitignore")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    paths = [
        f"{STAGING}abc123/generated/tiny-client/pyproject.toml",
        JOURNAL,
        f"{JOURNAL}.tmp",
        ".specfoundry-lock",
    ]
    for path in paths:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x")
    ignored = subprocess.run(
        ["git", "-C", str(tmp_path), "check-ignore", *paths], capture_output=True, text=True, check=False
    )
    assert ignored.stdout.splitlines() == paths, ignored.stdout + ignored.stderr


def test_a_second_run_waits_for_the_lock_and_then_runs(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    space.api()
    lock = os.open(space.root / ".specfoundry-lock", os.O_RDWR | os.O_CREAT, 0o644)
    stderr = tmp_path / "stderr.txt"
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        process = crashing_popen(space.root, "regenerate", env={}, stderr=stderr)
        wait_for(lambda: "waiting for another run" in stderr.read_text(), "the waiting message")
        time.sleep(1)
        assert process.poll() is None, "the second run did not wait for the lock"
        assert not (space.root / "generated" / "tiny-client").exists()
    finally:
        os.close(lock)  # releases it
    assert process.wait(timeout=120) == 0, stderr.read_text()
    assert (space.root / "generated" / "tiny-client" / "pyproject.toml").is_file()


# Render workers: the wrapper makes every render announce its pid and sleep, so the run can be stopped while
# both workers are busy; a worker that is still alive seconds later would have outlived the run.


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has exited; it only waits to be reaped


@pytest.fixture
def busy_run(tmp_path: Path) -> Iterator[tuple[Scratch, subprocess.Popen[bytes], list[int], Path]]:
    """A first `regenerate` of the tiny API, stopped inside render_all with both workers rendering."""
    space = scratch(tmp_path)
    space.api()
    pids_dir = tmp_path / "pids"
    pids_dir.mkdir()
    stderr = tmp_path / "stderr.txt"
    process = crashing_popen(space.root, "regenerate", env={"SF_SLOW_RENDER": str(pids_dir)}, stderr=stderr)
    workers: list[int] = []
    try:
        wait_for(lambda: len(list(pids_dir.iterdir())) == 2, "two render workers")
        for record in pids_dir.iterdir():
            pid, parent = (int(field) for field in record.read_text().split())
            assert parent == process.pid  # forked by the run itself
            workers.append(pid)
        yield space, process, workers, stderr
    finally:
        process.kill()
        process.wait()
        for pid in workers:  # never leave sleepers behind, even when the test fails
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_render_workers_die_when_the_run_is_killed(
    busy_run: tuple[Scratch, subprocess.Popen[bytes], list[int], Path],
) -> None:
    space, process, workers, _ = busy_run
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    time.sleep(0.5)
    wait_for(lambda: not any(alive(pid) for pid in workers), "the workers to die", timeout=5)
    # the killed run left its staging folder; the next run removes it and succeeds
    assert [name for name in leftovers(space.root) if name.startswith(STAGING)]
    assert not generated(space.root)
    after = space.run("regenerate")
    assert after.returncode == 0, after.stderr
    assert leftovers(space.root) == []


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_interrupted_run_stops_its_workers_and_leaves_outputs_untouched(
    busy_run: tuple[Scratch, subprocess.Popen[bytes], list[int], Path], signum: int, code: int
) -> None:
    space, process, workers, stderr = busy_run
    os.kill(process.pid, signum)
    assert process.wait(timeout=20) == code, stderr.read_text()
    assert not any(alive(pid) for pid in workers), "a render worker outlived the interrupted run"
    text = stderr.read_text()
    assert "interrupted" in text and "Traceback" not in text, text
    assert not generated(space.root) and leftovers(space.root) == []


def test_the_swap_refuses_a_target_outside_the_output_folders(tmp_path: Path) -> None:
    """Names are checked in api.toml; the swap checks the places again, before any rename."""
    from generator.errors import SpecFoundryError
    from generator.transaction import commit, staging_area

    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    with staging_area(root) as staging:
        staged = staging / "evil"
        staged.write_text("x")
        for target in (tmp_path / "evil", root / "evil", root / "generated" / ".." / ".." / "evil"):
            with pytest.raises(SpecFoundryError, match="outside specs/, generated/ and build/"):
                commit(root, staging, [(staged, target)])
        assert staged.exists() and not (tmp_path / "evil").exists() and not (root / "evil").exists()
        assert not (root / ".specfoundry-journal.json").exists()
