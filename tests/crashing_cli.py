"""The `specfoundry` CLI with test-only sabotage, for tests/test_transaction.py (no product hooks needed).

Run as `python -m tests.crashing_cli --root ROOT COMMAND ...`; the environment chooses the sabotage:
- SF_KILL_AFTER_RENAMES=K: SIGKILL this process right after its K-th rename (os.replace or os.rename),
  the way a power cut or an OOM kill would stop it between two renames of the swap; SF_KILL_SIGNAL=TERM (or
  INT) sends that signal instead.
- SF_RENAME_LOG=FILE: append every rename of this process ("source -> destination") to FILE.
- SF_SLOW_RENDER=DIR: every package render first writes "<pid> <ppid>" to DIR/<pid>, then sleeps, so a test
  can kill the run while its render workers are busy and then look for survivors. The run then sees two
  CPUs, so that it forks workers even on a one-CPU machine.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_MAIN_PID = os.getpid()
_renames = 0


def _counted(rename: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(source: Any, destination: Any, *args: Any, **kwargs: Any) -> Any:
        global _renames
        result = rename(source, destination, *args, **kwargs)
        if os.getpid() != _MAIN_PID:  # forked render workers keep their own count; only the run is killed
            return result
        _renames += 1
        log = os.environ.get("SF_RENAME_LOG")
        if log:
            with open(log, "a", encoding="utf-8") as stream:
                stream.write(f"{source} -> {destination}\n")
        if _renames == int(os.environ.get("SF_KILL_AFTER_RENAMES", "0")):
            os.kill(os.getpid(), signal.Signals["SIG" + os.environ.get("SF_KILL_SIGNAL", "KILL")])
        return result

    return wrapper


def _slow_render(folder: Path) -> None:
    from generator.rendering import RenderJob

    real_render = RenderJob.render

    def render(self: RenderJob) -> None:
        (folder / str(os.getpid())).write_text(f"{os.getpid()} {os.getppid()}", encoding="utf-8")
        time.sleep(60)
        real_render(self)

    RenderJob.render = render  # type: ignore[method-assign]
    os.cpu_count = lambda: 2


def main() -> int:
    os.replace = _counted(os.replace)
    os.rename = _counted(os.rename)
    if os.environ.get("SF_SLOW_RENDER"):
        _slow_render(Path(os.environ["SF_SLOW_RENDER"]))
    from generator.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
