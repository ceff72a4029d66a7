"""Widdershins markdown (Simpro's API reference) → OpenAPI 3.0.3: the importer's entry points.

Simpro publishes its reference as the markdown Widdershins v4.0.1 renders from its Swagger 2.0 file
(`widdershins --language_tabs 'shell:Shell' 'javascript:JavaScript' 'python:Python'`), one section per
tag. `markdown` reads the template's layout, `schema` turns the schema tables back into schemas,
`components` names the shapes Widdershins inlined. This module holds the entry points
(`import_widdershins`, `plan_import`) and the document (info, servers, tags, paths, components, security
schemes). One builder class puts the operations together, layered over a module each:

    BuilderState (assemble_state) → SchemaTables (assemble_tables) → Requests (assemble_request)
                                                                   → Responses (assemble_responses)
    BuilderState → CodeSamples (assemble_samples)
    Requests + Responses + CodeSamples → Operations (assemble_operation) → _Builder (here)

What they make of the page:

- operationIds stay the vendor's hashes; summaries, descriptions and examples stay verbatim;
- the response and request-body examples shown on the page become `example` (response media type) and
  `examples.example` (request body) values, since they are what the vendor's schema produced;
- the parameter and schema tables give types, formats, `required`, nullability, read/write-only and enums;
- the request and response media types come from the code samples' Content-Type and Accept headers;
- "This operation does not require authentication" is recorded as no `security` on the operation (not
  `security: []`), so a curation overlay that adds root-level security covers every operation.

What the page shows but no OpenAPI field can hold, or what the page leaves out (a schema not printed,
enumerated values that fit no row), comes back as a warning with the line; nothing is dropped silently.
`components` documents how components are named; `source.options["schema_names"]` renames them.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.importers.base import ImportResult, SourceDocument
from generator.importers.widdershins.assemble_operation import Operations
from generator.importers.widdershins.components import ShapePlan, extract_components
from generator.importers.widdershins.markdown import read_page
from generator.importers.widdershins.markdown_operation import PATH_SERVERS
from generator.importers.widdershins.outline import TagSection
from generator.importers.widdershins.security import name_schemes

OPENAPI_VERSION = "3.0.3"
DEFAULT_EXTERNAL_DOCS_TEXT = "External documentation"  # translations.dot


def import_widdershins(source: SourceDocument, known: Mapping[str, Any]) -> ImportResult:
    """Read one Widdershins page (a whole reference or one tag section) into an OpenAPI document.

    With a `plan_import` plan as `source.context` (a whole import), the page was read with the others and
    its schemas are named across all of them; alone, they are named on this page, reusing `known`'s.
    """
    plan = source.context
    if isinstance(plan, ImportPlan) and source.path in plan.pages:
        return plan.finish(source.path, known)
    diagnostics: list[Diagnostic] = []
    page = read_page(source.text, source.path, diagnostics)
    builder = _Builder(source.path, page, diagnostics)
    document = builder.document()
    builder.warn_undefined_schemes(_scheme_names(known))
    renames = _schema_names(source)
    extract_components(document, known, renames, source.path, diagnostics, reserved=source.reserved)
    return ImportResult(document=document, diagnostics=diagnostics)


def plan_import(sources: Sequence[SourceDocument]) -> ImportPlan:
    """Read every page of one import first, and name the schemas of all of them together."""
    return ImportPlan(sources)


class ImportPlan:
    """The pages of one import, read, with their schemas named across all of them (so that names do not
    depend on the order of the pages). Each page is finished (its schemas replaced by references) when
    the import reaches it; a page that could not be read raises its error then."""

    def __init__(self, sources: Sequence[SourceDocument]) -> None:
        self.pages: dict[Path, tuple[_Builder | None, list[Diagnostic], SpecFoundryError | None]] = {}
        documents: dict[Path, dict[str, Any]] = {}
        overrides: dict[Path, dict[str, str]] = {}
        vendor: dict[str, Any] = {}
        for source in sources:
            diagnostics: list[Diagnostic] = []
            try:
                builder = _Builder(source.path, read_page(source.text, source.path, diagnostics), diagnostics)
                documents[source.path] = builder.document()
                overrides[source.path] = _schema_names(source)
            except SpecFoundryError as error:
                self.pages[source.path] = (None, diagnostics, error)
                continue
            self.pages[source.path] = (builder, diagnostics, None)
            for name, schema in ((documents[source.path].get("components") or {}).get("schemas") or {}).items():
                vendor.setdefault(name, schema)  # a page defining it differently is the merge's error
        reserved = {name for source in sources for name in source.reserved}
        self.shapes = ShapePlan(vendor, reserved)
        for path, document in documents.items():
            self.shapes.add(path, document)
        found: list[Diagnostic] = []
        try:
            self.shapes.name(overrides, found)
        except SpecFoundryError as error:  # one page's schema_names: that page fails, the others go on
            failed = next((path for path in self.pages if str(path) == error.file), None)
            if failed is not None:
                self.pages[failed] = (None, self.pages[failed][1], error)
        for diagnostic in found:
            for path, (_, diagnostics, _) in self.pages.items():
                if str(path) == diagnostic.file:
                    diagnostics.append(diagnostic)

    def finish(self, path: Path, known: Mapping[str, Any]) -> ImportResult:
        builder, diagnostics, error = self.pages.pop(path)
        if error is not None or builder is None:
            raise error or SpecFoundryError("the page was imported twice", file=path)
        builder.warn_undefined_schemes(_scheme_names(known))
        document = self.shapes.materialise(path, diagnostics)
        return ImportResult(document=document, diagnostics=diagnostics)


def _scheme_names(known: Mapping[str, Any]) -> set[str]:
    return set((known.get("components") or {}).get("securitySchemes") or {})


def _schema_names(source: SourceDocument) -> dict[str, str]:
    overrides = source.options.get("schema_names", {})
    if not isinstance(overrides, Mapping):
        raise SpecFoundryError(
            "option 'schema_names' must map derived schema names to chosen ones",
            file=source.path,
            place="schema_names",
            fix='write it as a table: [sources.schema_names] DerivedName = "ChosenName"',
        )
    return {str(k): str(v) for k, v in overrides.items()}


class _Builder(Operations):
    """The document: info, servers, tags, paths and components, and the schemes its operations name."""

    # -- document ------------------------------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        document: dict[str, Any] = {"openapi": OPENAPI_VERSION}
        info = self._info()
        if info:
            document["info"] = info
        if self.page.servers:
            document["servers"] = copy.deepcopy(self.page.servers)
        if self.page.tags:  # all of them, in page order: Widdershins orders its sections by this list
            document["tags"] = [self._tag(section) for section in self.page.tags]
        paths: dict[str, dict[str, Any]] = {}
        for section in self.page.tags:
            for block in section.operations:
                if block.method == PATH_SERVERS:
                    # The pseudo-operation shows that the path has servers of its own, not which: its code
                    # samples use the document's servers.
                    self.warn(
                        f"{block.path} has servers of its own (Widdershins prints them as the pseudo-operation "
                        f"'{block.heading.text}'), but the page does not show them; not read",
                        block.method_line,
                        "widdershins-path-servers",
                        fix="add the path's servers in an overlay",
                    )
                    continue
                method = block.method.lower()
                item = paths.setdefault(block.path, {})
                if method in item:
                    raise self.error(
                        f"{block.method} {block.path} is documented twice in this page",
                        block.method_line,
                        fix="keep one of the two operation sections",
                    )
                item[method] = self._operation(block, section)
        document["paths"] = paths
        self._name_unnamed_schemes()
        components: dict[str, Any] = {}
        if self.page.schemas:
            components["schemas"] = {}
            for component in self.page.schemas:
                if component.name.text in components["schemas"]:
                    raise self.error(
                        f"schema '{component.name.text}' is listed twice in the Schemas section",
                        component.name.line,
                        fix="the page was edited: capture it again",
                    )
                components["schemas"][component.name.text] = self._component(component)
        if self.page.security_schemes:
            components["securitySchemes"] = self.page.security_schemes
        if components:
            document["components"] = components
            _drop_echoed_descriptions(document, components.get("schemas") or {})
        return document

    def _info(self) -> dict[str, Any] | None:
        """`<title> v<version>` (main.dot prints info.title and a version prefixed with 'v')."""
        if self.page.title is None:
            if self.page.tags:
                self.diagnostics.append(
                    Diagnostic(
                        Level.INFO,
                        "this section has no API title; info comes from the page that has it "
                        "(the overview) or from curation",
                        file=str(self.file),
                        code="widdershins-no-info",
                    )
                )
            return None
        title, _, version = self.page.title.text.rpartition(" ")
        if not title or not re.fullmatch(r"v\S+", version):
            title, version = self.page.title.text, "v"
        info: dict[str, Any] = {"title": title, "version": version[1:] or "unknown"}
        if self.page.info_description:
            info["description"] = self.page.info_description.text
        info.update(self.page.info_extras)
        return info

    def _tag(self, section: TagSection) -> dict[str, Any]:
        tag: dict[str, Any] = {"name": section.name.text}
        if section.description:
            tag["description"] = section.description.text
        if section.external_docs:
            url, text = section.external_docs
            tag["externalDocs"] = (
                {"url": url} if text == DEFAULT_EXTERNAL_DOCS_TEXT else {"description": text, "url": url}
            )
        return tag

    # -- security ------------------------------------------------------------------------------------
    def _name_unnamed_schemes(self) -> None:
        """Name the HTTP and OAuth 2 schemes (security.def prints no name for them; see `security`)."""
        naming = name_schemes(self.page.security_schemes, self.page.unnamed_schemes, self.security_uses)
        for name, scheme in naming.unused:
            self.diagnostics.append(
                Diagnostic(
                    Level.INFO,
                    f"the {scheme.get('scheme') or scheme['type']} scheme is used by no operation; named '{name}'",
                    file=str(self.file),
                    place="Authentication",
                    code="widdershins-security",
                )
            )
        for name in naming.guessed:
            self.warn(
                f"security.def prints no names for HTTP and OAuth 2 schemes: '{name}' was matched to the "
                f"{naming.schemes[name].get('scheme') or naming.schemes[name]['type']} scheme by the order "
                "operations use the names",
                self.page.authentication_line,
                "widdershins-security",
                fix="check the scheme under this name; fix it in an overlay if it is another's",
            )
        self.page.security_schemes.update(naming.schemes)
        self.undefined_schemes = naming.undefined

    def warn_undefined_schemes(self, known_schemes: set[str]) -> None:
        """Schemes this page uses and no earlier page (`known_schemes`) defines."""
        for name, line in self.undefined_schemes:
            if name in known_schemes:
                continue
            self.warn(
                f"security scheme '{name}' is not defined in this page (security.def prints API key, HTTP and "
                "OAuth 2 schemes only); it comes from the page with the Authentication section, or from an overlay",
                line,
                "widdershins-security",
            )


def _drop_echoed_descriptions(node: Any, schemas: Mapping[str, Any]) -> None:
    """A row typed `[Name](#schemaname)` prints the component's own description; it is not the row's."""
    if isinstance(node, list):
        for item in node:
            _drop_echoed_descriptions(item, schemas)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/") and "description" in node:
        target = schemas.get(ref.removeprefix("#/components/schemas/"))
        if isinstance(target, dict) and target.get("description") == node["description"]:
            del node["description"]
    for value in node.values():
        _drop_echoed_descriptions(value, schemas)
