"""generator.workers.forked_call: the pipeline lints its specs in a forked child while it renders."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from generator.errors import SpecFoundryError
from generator.workers import BACKGROUND_NICENESS, forked_call


def test_the_result_comes_from_a_forked_child_at_background_priority() -> None:
    with forked_call(lambda: (os.getpid(), os.getpriority(os.PRIO_PROCESS, 0)), background=True) as answer:
        pid, niceness = answer()
    assert pid != os.getpid()
    assert niceness == max(BACKGROUND_NICENESS, os.getpriority(os.PRIO_PROCESS, 0))
    assert os.getpriority(os.PRIO_PROCESS, 0) < BACKGROUND_NICENESS  # the caller keeps its own priority


def test_what_the_call_raises_is_raised_where_the_result_is_asked_for() -> None:
    def fails() -> None:
        raise SpecFoundryError("bad spec", file="x.yaml", place="/paths")

    with forked_call(fails) as answer, pytest.raises(SpecFoundryError, match="bad spec") as raised:
        answer()
    assert raised.value.file == "x.yaml" and raised.value.place == "/paths"


def test_leaving_the_block_early_kills_a_child_still_running(tmp_path: Path) -> None:
    marker = tmp_path / "pid"

    def sleeps() -> None:
        marker.write_text(str(os.getpid()))
        time.sleep(60)

    with pytest.raises(KeyboardInterrupt), forked_call(sleeps):
        deadline = time.monotonic() + 10
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        raise KeyboardInterrupt  # as a Ctrl-C in the middle of the run
    child = int(marker.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # killed and reaped, not left sleeping


def test_without_fork_the_call_runs_here_once_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    calls: list[int] = []
    with forked_call(lambda: calls.append(os.getpid()) or len(calls)) as answer:
        assert calls == []  # nothing ran before it was asked for
        assert answer() == 1 and answer() == 1
    assert calls == [os.getpid()]
