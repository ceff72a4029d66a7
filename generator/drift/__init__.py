"""Spec drift: old vs new curated spec → classified changes → Python impact → version → report.

Pure functions; the CLI (regenerate / check) reads the files and writes the reports.
"""

from generator.drift.catalogue import CATALOGUE, catalogue_counts
from generator.drift.changes import diff_specs
from generator.drift.model import Change, ChangeKind, ChangeLevel
from generator.drift.python_surface import PythonImpact, Surface, code_changed, compare_surfaces, read_surface
from generator.drift.report import (
    SCHEMA_ID,
    DriftReport,
    render_changelog_entry,
    render_json,
    render_markdown,
    report_data,
)
from generator.drift.versioning import Bump, bump_for, next_version

__all__ = [
    "CATALOGUE",
    "SCHEMA_ID",
    "Bump",
    "Change",
    "ChangeKind",
    "ChangeLevel",
    "DriftReport",
    "PythonImpact",
    "Surface",
    "bump_for",
    "catalogue_counts",
    "code_changed",
    "compare_surfaces",
    "diff_specs",
    "next_version",
    "read_surface",
    "render_changelog_entry",
    "render_json",
    "render_markdown",
    "report_data",
]
