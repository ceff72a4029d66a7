"""All outputs of a run appear together, even when the process is killed at any instant.

A run builds every output in a staging folder. Swapping them in takes one rename per output, and no set of
renames is atomic, so the swap is journaled and rolled FORWARD:

1. every staged output is complete and flushed to disk (fsync of files and folders);
2. the journal `<root>/.specfoundry-journal.json` is written atomically (temp file, fsync, os.replace, fsync of
   the root): it lists each move (staged path, target, backup, whether the target existed). This is the
   commit point: from here on the release happens, whatever stops the process;
3. each target is renamed to its backup, then its staged output to the target;
4. the journal is deleted, then the backups and the staging folder.

`recover` redoes steps 3 and 4 from the journal, deciding each move from what exists on disk, so it can be
killed and run again any number of times. `exclusive` holds the repo's run lock (`.specfoundry-lock`) for a
whole command, recovers first, and removes staging folders that killed runs left behind.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import Any

from generator.errors import SpecFoundryError

JOURNAL = ".specfoundry-journal.json"
LOCK = ".specfoundry-lock"
STAGING_PREFIX = ".specfoundry-staging-"
_JOURNAL_FORMAT = "specfoundry-journal/1"
_JOURNAL_TEMP = JOURNAL + ".tmp"
_DISCARD_FIX = "if no run was interrupted here, delete it and run `specfoundry regenerate --force`"


@dataclass(frozen=True)
class Move:
    """One output of the swap: `staged` replaces `target`, whose old version goes to `backup` meanwhile."""

    staged: Path
    target: Path
    backup: Path
    existed: bool  # whether the target existed when the journal was written


@contextmanager
def staging_area(root: Path) -> Iterator[Path]:
    """A scratch folder on the same filesystem as the outputs (so the swap is renames), removed afterwards
    unless a pending journal still needs it."""
    folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        yield folder
    finally:
        if _pending_staging(root) != folder:
            shutil.rmtree(folder, ignore_errors=True)


def commit(root: Path, staging: Path, pairs: list[tuple[Path, Path]]) -> None:
    """Swap every (staged, target) pair in as one transaction (see the module docstring)."""
    for _staged, target in pairs:
        _check_output_place(root, target)
    backups = staging / "backup"
    backups.mkdir(exist_ok=True)
    moves = [
        Move(staged, target, backups / f"{index}-{target.name}", target.exists())
        for index, (staged, target) in enumerate(pairs)
    ]
    for move in moves:
        _fsync_tree(move.staged)
    _fsync_dir(staging)
    with _signals_deferred():  # Ctrl-C or SIGTERM now waits for the swap to end: nothing left to recover
        try:
            _write_journal(root, staging, moves)
        except OSError as error:
            raise SpecFoundryError(
                f"could not write the swap journal: {error}",
                file=root / JOURNAL,
                fix="free disk space or fix the folder's permissions, then rerun",
            ) from None
        _finish(root, staging, moves)


def recover(root: Path) -> int:
    """Complete the swap a killed run journaled; the number of outputs it covers (0: nothing pending)."""
    journal = root / JOURNAL
    if not journal.exists():
        return 0
    staging, moves = _read_journal(root)
    with _signals_deferred():
        _finish(root, staging, moves)
    return len(moves)


@contextmanager
def exclusive(root: Path) -> Iterator[None]:
    """Hold the repo's run lock for a whole command; on entry, complete an interrupted swap and remove the
    staging folders killed runs left. Reentrant within a process (the CLI and pipeline.run both enter it).

    A second run waits for the first to finish (saying so on stderr) rather than failing: CI jobs and a
    developer's shell then simply run one after the other.
    """
    root = root.resolve()
    if root in _held or not ((root / "specs").is_dir() or (root / JOURNAL).exists()):
        yield  # already ours, or not a SpecFoundry repo: nothing here to protect
        return
    try:
        lock = os.open(root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:  # a read-only checkout: nobody can be swapping outputs into it
        if (root / JOURNAL).exists():
            raise SpecFoundryError(
                f"a killed run left a swap to complete, but the lock cannot be created ({error.strerror})",
                file=root / JOURNAL,
                fix="rerun from a writable checkout; any specfoundry command completes the swap",
            ) from None
        yield
        return
    try:
        _lock(lock, root / LOCK)
        _held.add(root)
        completed = recover(root)
        if completed:
            print(
                f"specfoundry: completed the swap of {completed} output(s) that an interrupted run had begun",
                file=sys.stderr,
            )
        remove_stale_staging(root)
        yield
    finally:
        _held.discard(root)
        os.close(lock)  # releases the lock


_held: set[Path] = set()  # repo roots whose lock this process holds


def remove_stale_staging(root: Path) -> list[Path]:
    """Remove staging folders (and a torn journal temp file) that no pending journal refers to."""
    keep = _pending_staging(root)
    removed = [path for path in root.glob(STAGING_PREFIX + "*") if path.is_dir() and path != keep]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    (root / _JOURNAL_TEMP).unlink(missing_ok=True)
    return removed


def _lock(descriptor: int, path: Path) -> None:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(descriptor, 32, 0).decode(errors="replace").strip() or "?"
        print(f"specfoundry: waiting for another run (pid {holder}) to release {path}", file=sys.stderr)
        fcntl.flock(descriptor, fcntl.LOCK_EX)
    os.ftruncate(descriptor, 0)
    os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)


def _finish(root: Path, staging: Path, moves: list[Move]) -> None:
    """Steps 3 and 4; each move is decided from what is on disk, so a rerun after a kill picks up anywhere."""
    try:
        for move in moves:
            _apply(root, move)
        for folder in sorted({move.target.parent for move in moves} | {staging / "backup"}):
            _fsync_dir(folder)
        (root / JOURNAL).unlink()
        _fsync_dir(root)
    except OSError as error:
        raise SpecFoundryError(
            f"could not finish swapping the new outputs in: {error}",
            file=root / JOURNAL,
            fix="fix the cause, then run any specfoundry command: it completes the swap from "
            f"{staging.name}/ (the new outputs are complete there)",
        ) from None
    shutil.rmtree(staging, ignore_errors=True)


def _apply(root: Path, move: Move) -> None:
    if not os.path.lexists(move.staged):
        if os.path.lexists(move.target):
            return  # already moved
        raise SpecFoundryError(
            f"the journaled output {move.target.relative_to(root)} is neither staged nor in place "
            f"(something removed {move.staged.relative_to(root)})",
            file=root / JOURNAL,
            fix=_DISCARD_FIX,
        )
    if os.path.lexists(move.target):
        if os.path.lexists(move.backup):
            _remove(move.target)  # the old version is already backed up: this one appeared since
        else:
            os.replace(move.target, move.backup)
    move.target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(move.staged, move.target)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _write_journal(root: Path, staging: Path, moves: list[Move]) -> None:
    def relative(path: Path) -> str:
        return path.relative_to(root).as_posix()

    record = {
        "format": _JOURNAL_FORMAT,
        "staging": relative(staging),
        "moves": [
            {
                "staged": relative(move.staged),
                "target": relative(move.target),
                "backup": relative(move.backup),
                "existed": move.existed,
            }
            for move in moves
        ],
    }
    temp = root / _JOURNAL_TEMP
    with open(temp, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(record, indent=2) + "\n")
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temp, root / JOURNAL)
    _fsync_dir(root)


def _read_journal(root: Path) -> tuple[Path, list[Move]]:
    """The journal, checked: every path inside the repo, staged and backup paths inside its staging folder."""
    journal = root / JOURNAL
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
        if not isinstance(record, dict) or record.get("format") != _JOURNAL_FORMAT:
            raise ValueError(f"not a {_JOURNAL_FORMAT} document")
        staging = _inside(root, record["staging"])
        if staging.parent != root or not staging.name.startswith(STAGING_PREFIX):
            raise ValueError("staging is not a staging folder of this repo")
        moves = [_read_move(root, staging, item) for item in record["moves"]]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SpecFoundryError(
            f"unreadable swap journal ({error})", file=journal, place="$", fix=_DISCARD_FIX
        ) from None
    return staging, moves


def _read_move(root: Path, staging: Path, item: dict[str, Any]) -> Move:
    move = Move(
        staged=_inside(root, item["staged"]),
        target=_inside(root, item["target"]),
        backup=_inside(root, item["backup"]),
        existed=bool(item["existed"]),
    )
    if staging not in move.staged.parents or staging not in move.backup.parents or staging in move.target.parents:
        raise ValueError(f"move {item!r} does not go from the staging folder to the repo")
    if not _is_output_place(root, move.target):
        raise ValueError(f"move {item!r} targets {item['target']!r}, which is not an output folder")
    return move


# The only places a run writes: specs/<api>/, generated/<package>/ and build/ (all one level down at least).
OUTPUT_FOLDERS = ("specs", "generated", "build")


def _is_output_place(root: Path, target: Path) -> bool:
    resolved_root = root.resolve()
    parent = target.parent.resolve()  # the target itself may not exist yet
    return any(
        parent == resolved_root / folder or (resolved_root / folder) in parent.parents for folder in OUTPUT_FOLDERS
    )


def _check_output_place(root: Path, target: Path) -> None:
    """Defence in depth: names are checked when api.toml is read, and the swap checks the places again."""
    if not _is_output_place(root, target):
        raise SpecFoundryError(
            "refusing to write outside specs/, generated/ and build/",
            file=target,
            fix="check the API and package names in api.toml",
        )


def _inside(root: Path, text: object) -> Path:
    relative = PurePosixPath(str(text))
    if not isinstance(text, str) or relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ValueError(f"path {text!r} is not inside the repo")
    return root.joinpath(*relative.parts)


def _pending_staging(root: Path) -> Path | None:
    """The staging folder a pending journal still needs, if any (an unreadable journal names none)."""
    try:
        return _read_journal(root)[0] if (root / JOURNAL).exists() else None
    except SpecFoundryError:
        return None


def _fsync_tree(path: Path) -> None:
    if path.is_dir():
        for folder, _, files in os.walk(path):
            for name in files:
                _fsync_file(Path(folder) / name)
            _fsync_dir(Path(folder))
    else:
        _fsync_file(path)
    _fsync_dir(path.parent)


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_dir(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        return
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):  # filesystems that cannot sync a folder
            raise
    finally:
        os.close(descriptor)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then deliver the first one received to its usual handler."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (a library caller's thread: kills are still recovered)
        return
    received: list[int] = []

    def remember(signum: int, _frame: FrameType | None) -> None:
        received.append(signum)

    previous = {signum: signal.signal(signum, remember) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        if received:
            os.kill(os.getpid(), received[0])
