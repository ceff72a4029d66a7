"""`specfoundry`: the command line. Each command is a thin shell over generator.pipeline."""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from generator import __version__, cache, transaction
from generator.budgets import RECURSION_LIMIT
from generator.config import discover_apis
from generator.errors import Diagnostic, SpecFoundryError, grouped, tally, terminal_safe

if TYPE_CHECKING:
    from generator.pipeline import RunResult
    from generator.workspace import Workspace

# The pipeline (openapi-python-client, validators, importers) is imported inside the commands that run it:
# a no-op `regenerate` answers from the cache without paying for those imports.


# Commands that read or write specs/, generated/ or build/: they hold the repo's run lock, and first complete
# the swap of a run that was killed mid-way (generator.transaction).
_OUTPUT_COMMANDS = {"regenerate", "generate", "check", "diff", "lint", "update"}


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: render workers stopped, staging removed, outputs untouched."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # The validators and generators recurse per nesting level; the budgets bound the nesting, this
    # gives every document within them room to spare (see generator.budgets).
    sys.setrecursionlimit(max(sys.getrecursionlimit(), RECURSION_LIMIT))
    try:
        guard = transaction.exclusive(args.root) if args.command in _OUTPUT_COMMANDS else nullcontext()
        with _sigterm_interrupts(), guard:
            code: int = args.handler(args)
        return code
    except SpecFoundryError as error:
        print(terminal_safe(error.render()), file=sys.stderr)
        return 1
    except RecursionError:  # a backstop: the budgets are meant to make this unreachable
        named = " ".join(str(item) for item in [*getattr(args, "apis", []), *getattr(args, "subjects", [])])
        print(
            f"error: {named or 'specs/'}: a document nests too deeply (through chains of $ref) to be processed\n"
            "  fix: shorten the chains of schemas that reference each other; specs/ and generated/ are unchanged",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt as interruption:
        # A swap, once begun, finishes before an interruption is let through: never some outputs new.
        print("interrupted; specs/ and generated/ are either unchanged or completely updated", file=sys.stderr)
        return 128 + signal.SIGTERM if isinstance(interruption, Terminated) else 130
    except Exception as error:  # a bug, not bad input: still one message, the traceback on request
        if os.environ.get("SPECFOUNDRY_DEBUG"):
            raise
        print(
            f"internal error: {type(error).__name__}: {terminal_safe(str(error))}\n"
            "  specs/ and generated/ are unchanged; rerun with SPECFOUNDRY_DEBUG=1 for the traceback and report it",
            file=sys.stderr,
        )
        return 70


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (main() called from a caller's thread)
        return

    def terminate(_signum: int, _frame: FrameType | None) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


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
    regenerate.add_argument(
        "--strict",
        action="store_true",
        help="fail when openapi-python-client or datamodel-code-generator skips part of a spec (default: a warning)",
    )
    regenerate.set_defaults(handler=_regenerate)

    generate = commands.add_parser(
        "generate", help="render the packages from the committed curated specs (no import, no curation)"
    )
    generate.add_argument("apis", nargs="*", metavar="API")
    generate.add_argument(
        "--strict",
        action="store_true",
        help="fail when openapi-python-client or datamodel-code-generator skips part of a spec (default: a warning)",
    )
    generate.set_defaults(handler=_generate)

    check = commands.add_parser(
        "check",
        help="exit 1 if committed specs or packages differ from what sources, overlays and templates produce",
    )
    check.add_argument("apis", nargs="*", metavar="API")
    check.add_argument(
        "--strict",
        action="store_true",
        help="also fail on stale overlay actions and on parts of a spec the generators skip",
    )
    check.add_argument(
        "--fail-on",
        choices=["breaking"],
        help="fail on breaking drift against --base that specs/<api>/drift-acknowledgements.yaml does not acknowledge",
    )
    check.add_argument("--base", default="HEAD", help="git revision the drift is measured from (default: HEAD)")
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
    lint_cmd.add_argument(
        "--suggest-overlay",
        action="store_true",
        help="print a draft overlay (YAML, on stdout) that fixes the mechanical defects found (undeclared or "
        "pathless path parameters), for a human to review; diagnostics go to stderr. One API or file.",
    )
    lint_cmd.set_defaults(handler=_lint)

    diff = commands.add_parser(
        "diff",
        help="drift report: `diff OLD.yaml NEW.yaml` or `diff API --base REV` (REV's spec and packages "
        "against the working tree)",
    )
    diff.add_argument("subjects", nargs="+", metavar="OLD NEW | API")
    diff.add_argument("--base", help="git revision to compare API against")
    diff.add_argument("--api", help="with two files: render their packages with this API's settings")
    diff.add_argument("--json", action="store_true", help="print the JSON report instead of Markdown")
    diff.set_defaults(handler=_diff)

    roundtrip = commands.add_parser(
        "roundtrip",
        help="import Widdershins markdown files, render them back with the real Widdershins and "
        "compare every operation; prints rebuilt / identical / different per file",
    )
    roundtrip.add_argument("files", nargs="+", type=Path, metavar="MARKDOWN")
    roundtrip.add_argument("--diff", action="store_true", help="show a unified diff for each differing block")
    roundtrip.set_defaults(handler=_roundtrip)

    update = commands.add_parser(
        "update",
        help="fetch the sources that have a url; write those that changed and specs/<api>/sources.lock "
        "(the only command that uses the network)",
    )
    update.add_argument("apis", nargs="*", metavar="API", help="API folder names (default: all)")
    update.add_argument(
        "--timeout",
        type=float,
        help="seconds per request (default: $SPECFOUNDRY_FETCH_TIMEOUT or 30)",
    )
    update.set_defaults(handler=_update)

    import_cmd = commands.add_parser("import", help="print an API's merged import (before overlays) as YAML")
    import_cmd.add_argument("api", metavar="API")
    import_cmd.set_defaults(handler=_import)
    return parser


def _print_diagnostics(diagnostics: list[Diagnostic], stream: object = sys.stderr) -> None:
    for item in diagnostics:
        print(terminal_safe(item.render()), file=stream)  # type: ignore[call-overload]


def _summary(result: RunResult) -> None:
    warnings = [d for d in result.diagnostics if d.level.value != "info"]
    _print_diagnostics(warnings)
    _print_diagnostics([stale.as_diagnostic() for stale in result.stale])
    if warnings or result.stale:
        print(f"{len(warnings)} warning(s), {len(result.stale)} stale overlay action(s)", file=sys.stderr)


def _regenerate(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    folders = [folder for folder in discover_apis(root / "specs") if not args.apis or folder.name in args.apis]
    if not args.force and not args.strict and folders and len(folders) >= len(set(args.apis)):
        todo = [folder.name for folder in folders if not cache.is_fresh(root, folder)]
        if not todo:
            names = ", ".join(folder.name for folder in folders)
            print(f"regenerated {names}: up to date (inputs and outputs unchanged since the last run)")
            return 0
        args.apis = todo
    from generator.pipeline import run
    from generator.workspace import Workspace

    result = run(Workspace(root), args.apis, from_sources=True, write=True, strict=args.strict)
    for name in result.apis:
        cache.remember(root, root / "specs" / name)
    _summary(result)
    if result.changed:
        print(f"regenerated {', '.join(result.apis)}: {len(result.changed)} file(s) changed")
        for path in result.changed:
            print(f"  {path}")
    else:
        print(f"regenerated {', '.join(result.apis)}: up to date, nothing changed")
    for outcome in result.outcomes:
        for package, (old, new) in outcome.versions.items():
            if old != new:
                print(f"{package}: {old} → {new}")
    for report in result.reports:
        print(f"drift report: {report.resolve().relative_to(root).as_posix()}")
    return 0


def _update(args: argparse.Namespace) -> int:
    from generator.update import Settings, report, update

    if args.timeout is not None and not args.timeout > 0:
        raise SpecFoundryError("--timeout must be a positive number of seconds", fix="e.g. --timeout 30")
    outcomes = update(args.root.resolve(), args.apis, Settings.from_env(args.timeout))
    lines, ok = report(outcomes)
    for line in lines:
        print(terminal_safe(line), file=sys.stdout if ok else sys.stderr)
    if not outcomes:
        print('update: no source has a url (add url = "https://..." to a [[sources]] table)')
    elif not ok:
        print("update failed: no source and no sources.lock was changed", file=sys.stderr)
    return 0 if ok else 1


def _generate(args: argparse.Namespace) -> int:
    from generator.pipeline import run
    from generator.workspace import Workspace

    result = run(Workspace(args.root), args.apis, from_sources=False, write=True, strict=args.strict)
    _summary(result)
    print(f"generated {', '.join(result.apis)}: {len(result.changed)} file(s) changed")
    for path in result.changed:
        print(f"  {path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from generator.pipeline import run
    from generator.workspace import Workspace

    workspace = Workspace(args.root)
    result = run(workspace, args.apis, from_sources=True, write=False, strict=args.strict)
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
    if args.fail_on == "breaking" and _unacknowledged_breaking(workspace, result, args.base):
        failed = True
    if not failed:
        print(f"check: {', '.join(result.apis)} up to date")
    return 1 if failed else 0


def _unacknowledged_breaking(workspace: Workspace, result: RunResult, base: str) -> bool:
    """Print breaking drift (base → produced spec) that no acknowledgement covers; True if there is any."""
    from generator.drift import ChangeLevel, diff_specs
    from generator.drift.acknowledgements import ACKNOWLEDGEMENTS_FILE, load_acknowledgements, unacknowledged, unused
    from generator.release.diff import spec_at

    found = False
    for api in workspace.apis(result.apis):
        outcome = next(item for item in result.outcomes if item.name == api.name)
        old = spec_at(workspace, api, base)
        if old is None:
            continue  # a new API: nothing to break
        changes = diff_specs(old, outcome.document)
        breaking = [change for change in changes if change.level is ChangeLevel.BREAKING]
        acks_file = api.folder / ACKNOWLEDGEMENTS_FILE
        acknowledgements = load_acknowledgements(acks_file)
        for ack in unused(changes, acknowledgements):
            print(
                f"warning: {workspace.relative(acks_file)}: acknowledgement {ack.id} at {ack.place} matches no "
                "change any more; delete it",
                file=sys.stderr,
            )
        missing = unacknowledged(breaking, acknowledgements)
        if missing:
            found = True
            print(f"{api.name}: {len(missing)} unacknowledged breaking change(s) since {base}:", file=sys.stderr)
            for change in missing:
                print(f"  {change.id} at {change.place}: {change.message}", file=sys.stderr)
            print(
                f"fix: review them, then list each (id, place, reason) in {workspace.relative(acks_file)}",
                file=sys.stderr,
            )
    return found


def _diff(args: argparse.Namespace) -> int:
    from generator.drift import render_json, render_markdown
    from generator.release.diff import diff_against_revision, diff_files
    from generator.workspace import Workspace

    workspace = Workspace(args.root)
    if len(args.subjects) == 2 and args.base is None:
        api = workspace.apis([args.api])[0] if args.api else None
        reports = diff_files(Path(args.subjects[0]), Path(args.subjects[1]), api)
    elif len(args.subjects) == 1 and args.base:
        reports = diff_against_revision(workspace, workspace.apis(args.subjects)[0], args.base)
    else:
        raise SpecFoundryError(
            "give two spec files, or one API name with --base REV",
            fix="e.g. `specfoundry diff old.yaml new.yaml` or `specfoundry diff lucca-invoices --base origin/main`",
        )
    for report in reports:
        sys.stdout.write(render_json(report) if args.json else render_markdown(report))
    return 0


def _roundtrip(args: argparse.Namespace) -> int:
    from generator.roundtrip import format_report, roundtrip_markdown

    for path in args.files:
        if not path.is_file():
            raise SpecFoundryError("no such markdown file", file=path, fix="give Widdershins-rendered .md files")
    results = roundtrip_markdown(args.files, args.root.resolve() / "node_modules" / ".bin" / "widdershins")
    print(format_report(results, diffs=args.diff))
    return 0 if all(result.ok for result in results) else 1


def _lint(args: argparse.Namespace) -> int:
    """Lint every file or API named and report all their problems; one that cannot be read at all is
    reported with the others, not instead of them."""
    from generator.curate.lint import has_errors

    if args.suggest_overlay and len(args.file) + len(args.apis) != 1:
        raise SpecFoundryError(
            "--suggest-overlay drafts one overlay: name exactly one API or one --file",
            fix="run it once per API, e.g. `specfoundry lint --uncurated simpro --suggest-overlay`",
        )
    findings: list[Diagnostic] = []
    documents = _linted_documents(args, findings)
    report = sys.stderr if args.suggest_overlay else sys.stdout
    _print_diagnostics(grouped(findings), report)
    print(f"lint: {tally(findings)}", file=report)
    if args.suggest_overlay:
        from generator.curate.path_parameters import draft_overlay

        print(draft_overlay(documents[0] if documents else {}), end="")
    return 1 if has_errors(findings) else 0


def _linted_documents(args: argparse.Namespace, findings: list[Diagnostic]) -> list[dict[str, Any]]:
    """Lint each file or API named into `findings`; the documents that could be read."""
    from generator.curate.lint import lint
    from generator.curate.origin import with_origin
    from generator.importers import import_sources
    from generator.pipeline import load_curated
    from generator.specfile import load_spec
    from generator.workspace import Workspace

    workspace = Workspace(args.root)
    documents: list[dict[str, Any]] = []
    if args.file:
        for path in args.file:
            try:
                document = load_spec(path)
                findings.extend(lint(document, file=str(path)))
                documents.append(document)
            except SpecFoundryError as error:
                findings.extend(error.as_diagnostics())
        return documents
    for api in workspace.apis(args.apis):
        try:
            if args.uncurated:
                imported = import_sources(api.sources, folder=api.folder)
                findings.extend(imported.diagnostics)
                label = f"{workspace.relative(api.folder)} (import, before overlays)"
                findings.extend(
                    with_origin(item, imported.document, imported.pages, workspace.relative)
                    for item in lint(imported.document, file=label)
                )
                documents.append(imported.document)
            else:
                curated = load_curated(workspace, api)
                findings.extend(lint(curated, file=workspace.relative(api.curated_spec)))
                documents.append(curated)
        except SpecFoundryError as error:
            findings.extend(_relative_diagnostics(error.as_diagnostics(), workspace))
    return documents


def _relative_diagnostics(diagnostics: list[Diagnostic], workspace: Workspace) -> list[Diagnostic]:
    return [
        dataclasses.replace(item, file=workspace.relative(Path(item.file)))
        if item.file and Path(item.file).is_absolute()
        else item
        for item in diagnostics
    ]


def _import(args: argparse.Namespace) -> int:
    from generator.importers import import_sources
    from generator.workspace import Workspace
    from generator.yamlio import dump_yaml

    api = Workspace(args.root).apis([args.api])[0]
    result = import_sources(api.sources, folder=api.folder)
    _print_diagnostics(result.diagnostics)
    sys.stdout.write(dump_yaml(result.document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
