"""Forked worker processes that never outlive the run that forked them.

A killed run (SIGKILL, OOM) cannot clean up, so each worker asks the kernel to kill it when its parent dies
(Linux prctl PR_SET_PDEATHSIG). An interrupted run (Ctrl-C, SIGTERM) stops its workers itself before the
interruption goes on: workers only write into the staging folder, so killing them loses nothing.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


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
