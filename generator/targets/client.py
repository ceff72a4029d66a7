"""Client packages: openapi-python-client, called through its Python API, with templates/client first
on the template path so our overrides (client configuration, README, packaging) win."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import asdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

import attrs
import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import RESERVED_WORDS

from generator.cache import CACHE_DIR
from generator.config import ApiConfig, TargetConfig
from generator.errors import Diagnostic, SpecFoundryError
from generator.escaping import install as install_escaping
from generator.escaping import text_of, vendor
from generator.normalize import NormalizedSpec
from generator.package_metadata import project_metadata
from generator.targets.client_surface import FIELD_PREFIX, Operations, endpoint_name, resource
from generator.targets.formatting import ruff_fix_and_format
from generator.targets.skipped import engine_diagnostics

# Names a generated model class uses for its own members and for the locals of its methods: a property
# named like one would shadow it (`additional_properties` breaks from_dict, `to_dict` hides the method),
# so openapi-python-client renames it the way it renames keywords, with a trailing underscore (`to_dict_`).
MODEL_MEMBER_NAMES = frozenset(
    {
        "additional_properties",
        "additional_keys",
        "to_dict",
        "from_dict",
        "to_multipart",
        "cls",
        "d",
        "src_dict",
        "field_dict",
        "prop",
        "prop_name",
        "files",
        "cast",
        "types",
        "json",
        "isoparse",
    }
)
# The per-call options every operation's request() takes (`**options: Unpack[RequestOptions]`, in
# templates/client/_runtime.py.jinja), and that var-keyword's own name: a parameter named like one is
# renamed the same way (`timeout_`), so the two never clash.
CALL_OPTION_NAMES = frozenset({"timeout", "extra_headers", "extra_query", "max_retries", "options"})
RESERVED_WORDS.update(MODEL_MEMBER_NAMES | CALL_OPTION_NAMES)


def render_client(
    api: ApiConfig,
    target: TargetConfig,
    spec: NormalizedSpec,
    *,
    version: str,
    output: Path,
    templates: Path,
    format_code: bool = True,
) -> list[Diagnostic]:
    """Write the client package for `target` into `output` (which must not exist yet); return what
    openapi-python-client left out (generator.targets.skipped).

    `format_code=False` leaves ruff to the caller, which formats every package of a run in one go.
    """
    config = Config.from_sources(
        ConfigFile(
            project_name_override=target.package,
            package_name_override=target.import_name,
            package_version_override=version,
            post_hooks=[],  # formatting is ours, below, so it is the same on every machine
            literal_enums=False,
            field_prefix=FIELD_PREFIX,
        ),
        meta_type=MetaType.UV,  # our pyproject.toml.jinja replaces its content
        document_source=api.curated_spec,
        file_encoding="utf-8",
        overwrite=False,
        output_path=output,
    )
    with engine_failures(api, "reading"):
        openapi = GeneratorData.from_dict(spec.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecFoundryError(
            f"openapi-python-client cannot read the normalized spec: {openapi.header}: {_text(openapi.detail)}",
            file=api.curated_spec,
            fix="run `specfoundry lint` on it",
        )
    project = Project(openapi=openapi, config=config, custom_template_path=templates / "client")
    client = spec.client
    # Our templates may extend the ones they replace, reachable as "upstream/<name>".
    assert project.env.loader is not None  # Project always sets one
    project.env.loader = jinja2.ChoiceLoader(
        [project.env.loader, jinja2.PrefixLoader({"upstream": jinja2.PackageLoader("openapi_python_client")})]
    )
    # Compiling the templates is most of a small package's render time: reuse the compiled code across
    # runs and packages (Jinja checks each entry against its template's source, so an edit recompiles).
    project.env.bytecode_cache = _bytecode_cache(templates.parent, project.env)
    install_escaping(project.env)
    resources: dict[str, dict[str, Any]] = {}  # client.py, endpoint_init and the README each ask for every tag
    paged = frozenset(endpoint_name(name) for name in client.paginated)
    server_variables = frozenset(variable.python_name for variable in client.server.variables)

    def resource_of(collection: Any, tag: Any) -> dict[str, Any]:
        key = str(tag)
        if key not in resources:
            resources[key] = resource(
                collection,
                key,
                paged,
                client.pagination.page_parameter,
                client.pagination.size_parameter,
                server_variables,
            )
        return resources[key]

    operations = Operations(spec.document, spec.client.comma_separated, _component_models(openapi))
    project.env.globals.update(
        sf={**_template_data(api, target, spec), "error_models": operations.all_error_models()},
        sf_tolerant=_tolerant,
        sf_operation=operations.describe,
        sf_resource=resource_of,
    )
    try:
        with engine_failures(api, "rendering"):
            _quietly(project.build, output)
        # What every operation shares (sending, parsing, paging, the resource classes' methods): one module.
        runtime = project.env.get_template("_runtime.py.jinja").render()
        (project.package_dir / "_runtime.py").write_text(runtime, encoding="utf-8")
    except jinja2.TemplateError as error:
        where = getattr(error, "filename", None) or getattr(error, "name", None) or "templates/client"
        line = getattr(error, "lineno", None)
        raise SpecFoundryError(
            f"invalid template: {error}",
            file=where,
            place=str(line) if line else None,
            fix="correct the template under templates/client/",
        ) from None
    skipped = engine_diagnostics(project._get_errors(), file=str(api.curated_spec), text=_text)
    if format_code:
        ruff_fix_and_format(output)
    return skipped


@contextlib.contextmanager
def engine_failures(api: ApiConfig, doing: str) -> Iterator[None]:
    """openapi-python-client crashing on a spec (a `$ref` shape it does not expect, recursion it cannot
    follow) is still about that spec: one message naming it, not an internal error."""
    try:
        yield
    except (SpecFoundryError, jinja2.TemplateError):
        raise
    except RecursionError:
        raise SpecFoundryError(
            f"openapi-python-client ran out of stack {doing} the spec: a schema nests or refers to itself too deeply",
            file=api.curated_spec,
            fix="look for a $ref cycle or very deep nesting (`specfoundry lint`) and curate it with an overlay",
        ) from None
    except Exception as error:  # the engine's own bug, triggered by this input
        raise SpecFoundryError(
            f"openapi-python-client failed {doing} the spec ({type(error).__name__}: {_text(str(error))})",
            file=api.curated_spec,
            fix="the engine cannot handle some construct of this spec: find it with `specfoundry lint`, curate it "
            "with an overlay, and report the spec to SpecFoundry",
        ) from None


# openapi-python-client formats some values into messages as object reprs; show their text instead.
_UNTRUSTED_REPR = re.compile(
    r"<openapi_python_client\.schema\.untrusted_string\.UntrustedString object at 0x[0-9a-f]+>"
)


def _text(detail: object) -> str:
    return _UNTRUSTED_REPR.sub("(the value above)", str(detail or ""))


def _template_data(api: ApiConfig, target: TargetConfig, spec: NormalizedSpec) -> dict[str, Any]:
    """What templates/client renders besides openapi-python-client's own data. Every string that came from
    the spec or api.toml is wrapped as VendorText (only the escaping filters can write it); identifiers are
    already sanitized (py_ident) and numbers are numbers."""
    client = spec.client
    auth = client.auth
    return {
        "api_name": vendor(api.name),
        "spec_path": vendor(f"specs/{api.name}/openapi.yaml"),
        "title": vendor(api.title),
        "auth": (
            {
                **vendor(asdict(auth)),
                "example_header": vendor(f"{auth.header}: {auth.value_prefix}<api key>{auth.value_suffix}"),
            }
            if auth
            else None
        ),
        "server": {
            "url_template": vendor(client.server.url_template),
            "description": vendor(client.server.description),
            "parts": [{"variable": part.variable, "text": vendor(part.text)} for part in client.server.parts],
            "variables": [
                {
                    "python_name": variable.python_name,
                    "default": vendor(variable.default),
                    "description": vendor(variable.description),
                }
                for variable in client.server.variables
            ],
        },
        "timeout_seconds": float(client.timeout_seconds),
        "api_key_env": vendor(target.settings.get("api_key_env")),
        "request_id_headers": vendor(_request_id_headers(target)),
        "paginated": vendor(list(client.paginated)),
        "comma_separated": {name: vendor(params) for name, params in client.comma_separated.items()},
        "page_parameter": vendor(client.pagination.page_parameter),
        "size_parameter": vendor(client.pagination.size_parameter),
        "total_pages_header": vendor(client.pagination.total_pages_header),
        "default_page_size": int(target.settings.get("default_page_size", client.pagination.default_page_size)),
        "max_retries": int(target.settings.get("max_retries", 3)),
        "readme_example": vendor(str(target.settings.get("readme_example", ""))),
        "project": vendor(asdict(project_metadata(api.package, spec.document, "client"))),  # pyproject.toml
    }


def _component_models(openapi: GeneratorData) -> dict[str, tuple[str, str]]:
    """`#/components/schemas/<key>` → (class name, module name) of the model openapi-python-client makes of
    that component (its name is the component's reference path)."""
    found: dict[str, tuple[str, str]] = {}
    for model in openapi.models:
        path = text_of(model.name)
        if path.startswith("/components/schemas/"):
            found["#" + path] = (str(model.class_info.name), str(model.class_info.module_name))
    return found


def _request_id_headers(target: TargetConfig) -> list[str]:
    """Response headers that carry the vendor's request id: `request_id_header` from api.toml, then the
    usual X-Request-Id."""
    configured = target.settings.get("request_id_header")
    headers = [str(configured)] if configured else []
    return [*headers, *(name for name in ("X-Request-Id",) if name.lower() not in {h.lower() for h in headers})]


def _tolerant(prop: Any) -> Any:
    """`prop` as if it were optional: how templates/client/model.py.jinja parses and serializes every field,
    so a response lacking a required field (a sparse object) parses, with the field UNSET."""
    return attrs.evolve(prop, required=False) if prop.required else prop


def _bytecode_cache(root: Path, env: jinja2.Environment) -> jinja2.BytecodeCache | None:
    """Compiled templates under .specfoundry-cache/jinja/, in a folder per engine and syntax settings."""
    settings = [jinja2.__version__, version("openapi-python-client"), *(repr(getattr(env, name)) for name in _SYNTAX)]
    # Names, not reprs, for what holds objects (their reprs differ from run to run).
    settings += [*sorted(env.extensions), repr(env.autoescape) if isinstance(env.autoescape, bool) else "callable"]
    caches = root / CACHE_DIR / "jinja"
    folder = caches / hashlib.sha256("\0".join(settings).encode()).hexdigest()[:16]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only checkout renders without it
    for stale in caches.iterdir():  # compiled by another engine or Jinja version: never read again
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)
    return _BestEffortCache(str(folder), root)


class _BestEffortCache(jinja2.FileSystemBytecodeCache):
    """A cache entry that cannot be read or written (read-only checkout, full disk, a damaged file) only
    costs the time to compile that template again."""

    def __init__(self, directory: str, root: Path) -> None:
        super().__init__(directory)
        self._root = root.resolve()

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        """Keyed by the template's path relative to the repo (ours, and the engine's own in the repo's
        .venv), not its absolute path: a moved checkout reuses its entries instead of adding new ones. The
        name alone would not do: a prefixed loader ("upstream/…") loads the engine's template by the name
        ours has. Each entry is checked against its template's source on load."""
        where = Path(filename).resolve() if filename else None
        if where is not None and where.is_relative_to(self._root):
            where = where.relative_to(self._root)
        return hashlib.sha1(f"{name}\0{where}".encode(), usedforsecurity=False).hexdigest()

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # whatever a damaged entry raises (unpickling, unmarshalling): compile again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


# Environment settings the compiled code depends on (Jinja keys its cache on the template source only).
_SYNTAX = (
    "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
    "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
    "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
)  # fmt: skip


def _quietly(build: Any, output: Path) -> None:
    """openapi-python-client prints 'Generating <dir>'; our CLI reports progress itself."""
    with contextlib.redirect_stdout(io.StringIO()):
        build()
