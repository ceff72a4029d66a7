"""The drift report: Markdown for pull requests, JSON for bots, an entry for the package's CHANGELOG.md.

Python computes the data (counts, groups, the version bump); the wording lives in the Jinja templates
under templates/report/. The JSON layout is versioned (`"schema": "specfoundry-drift/1"`) and described
by templates/report/drift.schema.json; a new major layout gets a new number, additions keep it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.drift.model import LEVELS, Change
from generator.drift.python_surface import PythonImpact
from generator.drift.versioning import bump_for, next_version
from generator.escaping import install as install_escaping
from generator.escaping import vendor

SCHEMA_ID = "specfoundry-drift/1"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "report"
SCHEMA_PATH = TEMPLATES / "drift.schema.json"


@dataclass(frozen=True)
class DriftReport:
    api: str
    old_version: str
    new_version: str
    changes: Sequence[Change]
    impacts: Sequence[PythonImpact] = ()
    stale_overlays: Sequence[str] = field(default=())
    # Why the Python impact is missing (e.g. a spec the generator cannot render); None when it was computed.
    python_impact_note: str | None = None

    @classmethod
    def build(
        cls,
        api: str,
        old_version: str,
        changes: Sequence[Change],
        impacts: Sequence[PythonImpact] = (),
        stale_overlays: Sequence[str] = (),
        *,
        python_impact_note: str | None = None,
    ) -> DriftReport:
        """A report whose new version follows from its changes (see versioning.py)."""
        return cls(
            api,
            old_version,
            next_version(old_version, changes, impacts),
            tuple(changes),
            tuple(impacts),
            tuple(stale_overlays),
            python_impact_note,
        )


def _change_data(change: Change) -> dict[str, Any]:
    return {
        "id": change.id,
        "level": change.level.value,
        "operation": change.operation,
        "operations": list(change.operations),
        "place": change.place,
        "message": change.message,
        "old": change.old,
        "new": change.new,
        "symbols": list(change.symbols),
    }


def _impact_data(impact: PythonImpact) -> dict[str, Any]:
    return {
        "id": impact.id,
        "level": impact.level.value,
        "module": impact.module,
        "name": impact.name,
        "message": impact.message,
        "old": impact.old,
        "new": impact.new,
    }


def report_data(report: DriftReport) -> dict[str, Any]:
    """The report as plain data: exactly what render_json writes, and what the templates read."""
    data: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "api": report.api,
        "version": {
            "old": report.old_version,
            "new": report.new_version,
            "bump": bump_for(report.changes, report.impacts).value,
        },
        "summary": {
            "changes": {level.value: sum(c.level is level for c in report.changes) for level in LEVELS},
            "python_impact": {level.value: sum(i.level is level for i in report.impacts) for level in LEVELS},
        },
        "changes": [_change_data(change) for change in report.changes],
        "python_impact": [_impact_data(impact) for impact in report.impacts],
        "stale_overlays": list(report.stale_overlays),
    }
    if report.python_impact_note is not None:  # an addition to layout 1: absent when the impact was computed
        data["python_impact_note"] = report.python_impact_note
    return data


def _template_context(report: DriftReport) -> dict[str, Any]:
    data = report_data(report)
    groups = []
    for level in LEVELS:
        rows = [row for row in data["changes"] if row["level"] == level.value]
        for row in rows:
            # Whether the sentence already names every operation (then lists need not repeat them).
            row["names_operations"] = all(f"`{operation}`" in row["message"] for operation in row["operations"])
        groups.append({"level": level.value, "changes": rows})
    impact_groups = [
        {"level": level.value, "impacts": [i for i in data["python_impact"] if i["level"] == level.value]}
        for level in LEVELS
    ]
    # Names, places and sentences quote the vendor's spec: only the escaping filters can write them.
    context: dict[str, Any] = vendor({**data, "groups": groups, "impact_groups": impact_groups})
    return context


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return install_escaping(env)


def render_markdown(report: DriftReport) -> str:
    return _environment().get_template("drift.md.jinja").render(**_template_context(report))


def render_changelog_entry(report: DriftReport) -> str:
    return _environment().get_template("changelog_entry.md.jinja").render(**_template_context(report))


def render_json(report: DriftReport) -> str:
    return json.dumps(report_data(report), indent=2, ensure_ascii=False) + "\n"


def load_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def render_changelog_start(api: str, version: str) -> str:
    """A new package's CHANGELOG.md: its header and the first entry."""
    return (
        _environment()
        .get_template("changelog_start.md.jinja")
        .render(api=vendor(api), version=vendor(version), spec_path=vendor(f"specs/{api}/openapi.yaml"))
    )
