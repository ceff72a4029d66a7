"""`specfoundry`: the command line. Each command is a thin shell over generator.pipeline."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__, cache
from generator.config import discover_apis
from generator.errors import Diagnostic, SpecFoundryError

if TYPE_CHECKING:
    from generator.pipeline import RunResult

# The pipeline (openapi-python-client, validators, importers) is imported inside the commands that run it:
# a no-op `regenerate` answers from the cache without paying for those imports.


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except SpecFoundryError as error:
        print(error.render(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; specs/ and generated/ are unchanged", file=sys.stderr)
        return 130
    except Exception as error:  # a bug, not bad input: still one message, the traceback on request
        if os.environ.get("SPECFOUNDRY_DEBUG"):
            raise
        print(
            f"internal error: {type(error).__name__}: {error}\n  specs/ and generated/ are unchanged; "
            "rerun with SPECFOUNDRY_DEBUG=1 for the traceback and report it",
            file=sys.stderr,
        )
        return 70


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="specfoundry",
        description="Vendor API docs → curated OpenAPI specs → generated Python packages → drift reports.",
    )
    parser.add_argument("--version", action="version", version=f"specfoundry {__version__}")
    parser.add_argument(
        "--root",
        type=Path,
        default=Path.cwd(),
        help="repository root holding specs/, templates/, generated/ (default: .)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    regenerate = commands.add_parser(
        "regenerate",
        help="import, curate and generate every API (the main job); writes specs/ and generated/",
    )
    regenerate.add_argument("apis", nargs="*", metavar="API", help="API folder names (default: all)")
    regenerate.add_argument(
        "--force",
        action="store_true",
        help="rebuild even when inputs and outputs are exactly as the last run left them",
    )
    regenerate.set_defaults(handler=_regenerate)

    generate = commands.add_parser(
        "generate", help="render the packages from the committed curated specs (no import, no curation)"
    )
    generate.add_argument("apis", nargs="*", metavar="API")
    generate.set_defaults(handler=_generate)

    check = commands.add_parser(
        "check",
        help="exit 1 if committed specs or packages differ from what sources, overlays and templates produce",
    )
    check.add_argument("apis", nargs="*", metavar="API")
    check.add_argument("--strict", action="store_true", help="also fail on stale overlay actions")
    check.set_defaults(handler=_check)

    lint_cmd = commands.add_parser("lint", help="lint curated specs (or, with --uncurated, the raw import)")
    lint_cmd.add_argument("apis", nargs="*", metavar="API")
    lint_cmd.add_argument("--uncurated", action="store_true", help="lint the import before overlays apply")
    lint_cmd.add_argument(
        "--file",
        type=Path,
        action="append",
        default=[],
        help="lint this OpenAPI YAML/JSON file instead (repeatable)",
    )
    lint_cmd.set_defaults(handler=_lint)

    import_cmd = commands.add_parser("import", help="print an API's merged import (before overlays) as YAML")
    import_cmd.add_argument("api", metavar="API")
    import_cmd.set_defaults(handler=_import)
    return parser


def _print_diagnostics(diagnostics: list[Diagnostic], stream: object = sys.stderr) -> None:
    for item in diagnostics:
        print(item.render(), file=stream)  # type: ignore[call-overload]


def _summary(result: RunResult) -> None:
    _print_diagnostics([d for d in result.diagnostics if d.level.value != "info"])
    _print_diagnostics([stale.as_diagnostic() for stale in result.stale])


def _regenerate(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    folders = [folder for folder in discover_apis(root / "specs") if not args.apis or folder.name in args.apis]
    if not args.force and folders and len(folders) >= len(set(args.apis)):
        todo = [folder.name for folder in folders if not cache.is_fresh(root, folder)]
        if not todo:
            names = ", ".join(folder.name for folder in folders)
            print(f"regenerated {names}: up to date (inputs and outputs unchanged since the last run)")
            return 0
        args.apis = todo
    from generator.pipeline import Workspace, run

    result = run(Workspace(root), args.apis, from_sources=True, write=True)
    for name in result.apis:
        cache.remember(root, root / "specs" / name)
    _summary(result)
    if result.changed:
        print(f"regenerated {', '.join(result.apis)}: {len(result.changed)} file(s) changed")
        for path in result.changed:
            print(f"  {path}")
    else:
        print(f"regenerated {', '.join(result.apis)}: up to date, nothing changed")
    return 0


def _generate(args: argparse.Namespace) -> int:
    from generator.pipeline import Workspace, run

    result = run(Workspace(args.root), args.apis, from_sources=False, write=True)
    print(f"generated {', '.join(result.apis)}: {len(result.changed)} file(s) changed")
    for path in result.changed:
        print(f"  {path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from generator.pipeline import Workspace, run

    result = run(Workspace(args.root), args.apis, from_sources=True, write=False)
    _summary(result)
    failed = False
    if result.changed:
        failed = True
        print(
            "stale: these committed files differ from what the sources, overlays and templates produce:",
            file=sys.stderr,
        )
        for path in result.changed:
            print(f"  {path}", file=sys.stderr)
        print("fix: run `specfoundry regenerate` and commit the result", file=sys.stderr)
    if args.strict and result.stale:
        failed = True
        print(f"{len(result.stale)} stale overlay action(s) (--strict)", file=sys.stderr)
    if not failed:
        print(f"check: {', '.join(result.apis)} up to date")
    return 1 if failed else 0


def _lint(args: argparse.Namespace) -> int:
    from generator.curate.lint import has_errors, lint
    from generator.importers import import_sources
    from generator.pipeline import Workspace, load_curated
    from generator.yamlio import load_yaml

    workspace = Workspace(args.root)
    findings: list[Diagnostic] = []
    if args.file:
        for path in args.file:
            document = load_yaml(path.read_text(encoding="utf-8"), file=str(path))
            findings.extend(lint(document, file=str(path)))
    else:
        for api in workspace.apis(args.apis):
            if args.uncurated:
                imported = import_sources(api.sources)
                findings.extend(imported.diagnostics)
                label = f"{workspace.relative(api.folder)} (import, before overlays)"
                findings.extend(lint(imported.document, file=label))
            else:
                findings.extend(lint(load_curated(workspace, api), file=workspace.relative(api.curated_spec)))
    _print_diagnostics(findings, sys.stdout)
    errors = sum(1 for item in findings if item.level.value == "error")
    warnings = sum(1 for item in findings if item.level.value == "warning")
    print(f"lint: {errors} error(s), {warnings} warning(s)")
    return 1 if has_errors(findings) else 0


def _import(args: argparse.Namespace) -> int:
    from generator.importers import import_sources
    from generator.pipeline import Workspace
    from generator.yamlio import dump_yaml

    api = Workspace(args.root).apis([args.api])[0]
    result = import_sources(api.sources)
    _print_diagnostics(result.diagnostics)
    sys.stdout.write(dump_yaml(result.document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
