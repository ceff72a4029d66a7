"""Client packages: openapi-python-client, called through its Python API, with templates/client first
on the template path so our overrides (client configuration, README, packaging) win."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

from generator.config import ApiConfig, TargetConfig
from generator.errors import SpecFoundryError
from generator.normalize import NormalizedSpec
from generator.targets.formatting import ruff_fix_and_format


def render_client(
    api: ApiConfig, target: TargetConfig, spec: NormalizedSpec, *, version: str, output: Path, templates: Path
) -> None:
    """Write the client package for `target` into `output` (which must not exist yet)."""
    config = Config.from_sources(
        ConfigFile(
            project_name_override=target.package,
            package_name_override=target.import_name,
            package_version_override=version,
            post_hooks=[],  # formatting is ours, below, so it is the same on every machine
            literal_enums=False,
            field_prefix="field_",
        ),
        meta_type=MetaType.UV,  # our pyproject.toml.jinja replaces its content
        document_source=api.curated_spec,
        file_encoding="utf-8",
        overwrite=False,
        output_path=output,
    )
    openapi = GeneratorData.from_dict(spec.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecFoundryError(
            f"openapi-python-client cannot read the normalized spec: {openapi.header}: {openapi.detail}",
            file=api.curated_spec,
            fix="run `specfoundry lint` on it",
        )
    project = Project(openapi=openapi, config=config, custom_template_path=templates / "client")
    project.env.globals["sf"] = _template_data(api, target, spec)
    try:
        _quietly(project.build, output)
    except jinja2.TemplateError as error:
        where = getattr(error, "filename", None) or getattr(error, "name", None) or "templates/client"
        line = getattr(error, "lineno", None)
        raise SpecFoundryError(
            f"invalid template: {error}",
            file=where,
            place=str(line) if line else None,
            fix="correct the template under templates/client/",
        ) from None
    problems = [error for error in project._get_errors() if error.level is ErrorLevel.ERROR]
    warnings = [error for error in project._get_errors() if error.level is not ErrorLevel.ERROR]
    if problems or warnings:
        details = "; ".join(f"{error.header}: {error.detail}" for error in [*problems, *warnings])
        raise SpecFoundryError(
            f"openapi-python-client could not generate every part of the client: {details}",
            file=api.curated_spec,
            fix="curate the spec with an overlay so every schema and operation is supported",
        )
    ruff_fix_and_format(output)


def _template_data(api: ApiConfig, target: TargetConfig, spec: NormalizedSpec) -> dict[str, Any]:
    client = spec.client
    return {
        "api_name": api.name,
        "title": api.title,
        "auth": asdict(client.auth) if client.auth else None,
        "server": {
            "url_template": client.server.url_template,
            "description": client.server.description,
            "variables": [asdict(variable) for variable in client.server.variables],
        },
        "timeout_seconds": client.timeout_seconds,
        "max_retries": int(target.settings.get("max_retries", 3)),
        "readme_example": str(target.settings.get("readme_example", "")),
    }


def _quietly(build: Any, output: Path) -> None:
    """openapi-python-client prints 'Generating <dir>'; our CLI reports progress itself."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        build()
