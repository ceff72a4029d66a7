"""The hostile-input harness: a scratch repo holding one small API, the CLI run in a subprocess as a user
would run it, and the checks every hostile case makes.

Each refused input must give: a non-zero exit that is not "internal error" (70), one message naming the
file and the place, no traceback, `specs/` and `generated/` unchanged, nothing written outside the repo's
outputs, no network access (an audit hook in the child records every socket connection and DNS lookup),
and no marker file created by a payload.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Loaded by the child interpreter (via PYTHONPATH): records network use and refuses it.
_SITECUSTOMIZE = """
import os, sys

_LOG = os.environ.get("SF_NETWORK_LOG")

def _audit(event, args):
    if _LOG and event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        if event == "socket.connect" and args and getattr(args[0], "family", None) == 1:  # AF_UNIX
            return
        if event == "urllib.Request" and str(args[0]).startswith("file:"):
            return  # openapi-spec-validator reads its own bundled schemas through urllib
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{event} {args[1:] if event == 'socket.connect' else args}\\n")
        raise OSError("network access is forbidden in this test")

sys.addaudithook(_audit)
"""

TINY_SPEC = """\
openapi: 3.1.0
info:
  title: Tiny
  version: '1.0'
servers:
  - url: https://api.example.com
paths:
  /things/{thingId}:
    get:
      operationId: getThing
      summary: Get a thing
      parameters:
        - name: thingId
          in: path
          required: true
          schema:
            type: integer
      responses:
        '200':
          description: The thing
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
components:
  schemas:
    Thing:
      type: object
      properties:
        id:
          type: integer
        name:
          type: string
"""


def page_export(spec_yaml: str, fence: str = "````") -> str:
    """A Mintlify page export wrapping `spec_yaml` (how a vendor's OpenAPI reaches SpecFoundry today)."""
    return f"# A page\n\nSome text.\n\n## OpenAPI\n\n{fence}yaml /openapi.yaml get /things\n{spec_yaml}{fence}\n"


API_TOML = """\
[api]
name = "{name}"
title = "Tiny API"

[[sources]]
path = "sources/page.md"
format = "mintlify-export"

[[targets]]
kind = "client"
package = "{name}-client"

[[targets]]
kind = "models"
package = "{name}-models"
"""


@dataclass
class Scratch:
    """A scratch repo (templates copied from this one) inside `sandbox`, which must stay otherwise empty."""

    sandbox: Path
    root: Path
    marker: Path
    network_log: Path

    def api(self, name: str = "tiny", *, page: str | None = None, api_toml: str | None = None) -> Path:
        folder = self.root / "specs" / name
        (folder / "sources").mkdir(parents=True, exist_ok=True)
        (folder / "sources" / "page.md").write_text(page if page is not None else page_export(TINY_SPEC))
        (folder / "api.toml").write_text(api_toml if api_toml is not None else API_TOML.format(name=name))
        return folder

    def run(
        self, *args: str, timeout: float = 300, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        hook_dir = self.sandbox.parent / f"{self.sandbox.name}-hook"
        hook_dir.mkdir(exist_ok=True)
        (hook_dir / "sitecustomize.py").write_text(_SITECUSTOMIZE)
        return subprocess.run(
            [sys.executable, "-m", "generator.cli", "--root", str(self.root), *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "PYTHONPATH": f"{hook_dir}{os.pathsep}{REPO}",
                "SF_NETWORK_LOG": str(self.network_log),
                "SPECFOUNDRY_DEBUG": "",
                **(env or {}),
            },
            check=False,
            timeout=timeout,
        )

    def outputs(self) -> dict[str, bytes]:
        """Every file under specs/ and generated/."""
        return {
            path.relative_to(self.root).as_posix(): path.read_bytes()
            for folder in ("specs", "generated")
            for path in sorted((self.root / folder).rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts
        }

    def sandbox_files(self) -> set[str]:
        """Every file in the sandbox outside the repo's own folders (must stay empty of strays)."""
        return {
            path.relative_to(self.sandbox).as_posix()
            for path in self.sandbox.rglob("*")
            if path.is_file() and not path.is_relative_to(self.root)
        }


def scratch(tmp_path: Path) -> Scratch:
    sandbox = tmp_path / "sandbox"
    root = sandbox / "repo"
    root.mkdir(parents=True)
    (root / "templates").symlink_to(REPO / "templates", target_is_directory=True)
    (root / "specs").mkdir()
    (root / "generated").mkdir()
    return Scratch(sandbox=sandbox, root=root, marker=tmp_path / "PWNED", network_log=tmp_path / "network.log")


def assert_refused(
    result: subprocess.CompletedProcess[str],
    space: Scratch,
    before: dict[str, bytes],
    *,
    file: str,
    says: str | tuple[str, ...] = (),
    place: str | None = None,
) -> None:
    """The run was refused the way SpecFoundry refuses bad input, and it left no trace."""
    output = result.stderr + result.stdout
    assert result.returncode not in (0, 70), output
    assert "Traceback" not in output and "internal error" not in output, output
    assert file in output, f"the message does not name {file!r}:\n{output}"
    if place is not None:
        assert place in output, f"the message does not name the place {place!r}:\n{output}"
    for phrase in (says,) if isinstance(says, str) else says:
        assert phrase in output, f"{phrase!r} not in:\n{output}"
    assert_no_side_effects(space)
    assert space.outputs() == before, "specs/ or generated/ changed on a refused run"
    assert not [p for p in space.root.iterdir() if p.name.startswith(".specfoundry-staging")], "staging left behind"


def assert_no_side_effects(space: Scratch) -> None:
    assert not space.marker.exists(), "a payload ran"
    log = space.network_log.read_text() if space.network_log.exists() else ""
    assert not log, f"network access:\n{log}"
    assert not space.sandbox_files(), f"written outside the repo: {space.sandbox_files()}"


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")
