"""Forked worker processes that never outlive the run that forked them.

A killed run (SIGKILL, OOM) cannot clean up, so each worker asks the kernel to kill it when its parent dies
(Linux prctl PR_SET_PDEATHSIG). An interrupted run (Ctrl-C, SIGTERM) stops its workers itself before the
interruption goes on: workers only write into the staging folder, so killing them loses nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def forked_pool(size: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of `size` forked workers; any exception (KeyboardInterrupt included) kills them at once."""
    pool = ProcessPoolExecutor(
        max_workers=size,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        yield pool
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _die_with_parent(parent_pid: int) -> None:
    """First thing in every worker: be killed with the parent, and leave interruptions to the parent."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent_pid:  # the parent died before the request above took effect
        os._exit(1)
    # Ctrl-C reaches the whole process group: the parent decides and stops us. SIGTERM handlers the parent
    # installed came along with fork; here SIGTERM must simply end the worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(pool: ProcessPoolExecutor) -> None:
    processes = list(pool._processes.values()) if pool._processes else []
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    for process in processes:
        process.join(timeout=5)


@contextmanager
def forked_call(function: Callable[[], T], *, background: bool = False) -> Iterator[Callable[[], T]]:
    """Call `function` in a forked child while the caller goes on; yields a function that waits for its
    result and returns it (or raises what the call raised). A plain process and a pipe, no pool: this adds
    no thread to the caller, which may fork a pool of its own afterwards. Leaving the block kills the child
    if it is still running; it dies with the parent too. A `background` call runs at a lower priority
    (`lower_priority`). Where fork is unavailable, the call runs in this process when its result is first
    asked for."""
    if not can_fork():
        answers: list[T] = []

        def lazily() -> T:
            if not answers:
                answers.append(function())
            return answers[0]

        yield lazily
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_call_into, args=(function, sender, os.getpid(), background), daemon=True)
    child.start()
    sender.close()
    outcome: list[tuple[bool, Any]] = []

    def result() -> T:
        if not outcome:
            try:
                outcome.append(receiver.recv())
            except EOFError:
                outcome.append((False, RuntimeError("the forked worker died before answering")))
            child.join()
        succeeded, value = outcome[0]
        if succeeded:
            found: T = value
            return found
        raise value

    try:
        yield result
    finally:
        if child.is_alive():
            child.kill()
            child.join(timeout=5)
        receiver.close()


def _call_into(function: Callable[[], Any], sender: Connection, parent_pid: int, background: bool) -> None:
    _die_with_parent(parent_pid)
    if background:
        lower_priority()
    try:
        answer: tuple[bool, Any] = (True, function())
    except Exception as error:  # raised again in the parent, where the caller asks for the result
        answer = (False, error)
    sender.send(answer)
    sender.close()


BACKGROUND_NICENESS = 10


def lower_priority() -> None:
    """Make this (forked) process yield the CPU to the run's critical task: the run ends when its longest
    render does, so that render keeps a core of its own and the other tasks share the rest. The cores stay
    busy either way; only who waits changes. A process can only ever lower its own priority."""
    with contextlib.suppress(OSError):
        if os.getpriority(os.PRIO_PROCESS, 0) < BACKGROUND_NICENESS:
            os.setpriority(os.PRIO_PROCESS, 0, BACKGROUND_NICENESS)
