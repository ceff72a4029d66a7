"""The whole fragment: the document, its operation, parameters, servers and tags."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from generator.errors import Level, SpecFoundryError
from generator.importers.base import ImportResult, SourceDocument
from generator.importers.mintlify_rendered.descriptions import _SCHEMA_NAME
from generator.importers.mintlify_rendered.known import _absolute
from generator.importers.mintlify_rendered.naming import _kebab
from generator.importers.mintlify_rendered.notation import _notation_schema, _ref
from generator.importers.mintlify_rendered.page import parse_page
from generator.importers.mintlify_rendered.schemas import _Schemas
from generator.importers.mintlify_rendered.state import _Root


class _Builder(_Schemas):
    # -- document
    def build(self) -> dict[str, Any]:
        page = self.page
        roots = self._roots()
        for root in roots.values():
            self._prepare_unions(root)
            for label, example in root.examples:
                self._walk(example, label, root)
        self._name_instances(roots)
        self._check_known_reuse()
        for name in dict.fromkeys(self.names.values()):  # first-appearance order
            if name not in self.known_schemas and name not in roots:
                self.components[name] = self._component(name)
        for union in self.unions.values():
            self._union_component(union)
        for root in roots.values():
            self.components[root.name] = self._root_schema(root)
        operation = self._operation(roots)
        path_item: dict[str, Any] = {}
        parameters = self._parameters()
        if parameters:
            path_item["parameters"] = parameters
        path_item[page.method.lower()] = operation
        document: dict[str, Any] = {"openapi": "3.1.0", "info": self._info()}
        servers = self._servers()
        if servers:
            document["servers"] = servers
        tags = self._tags(operation["tags"][0])
        if tags:
            document["tags"] = tags
        document["paths"] = {page.path: path_item}
        components: dict[str, Any] = {}
        if self.param_components:
            components["parameters"] = self.param_components
        components["schemas"] = dict(sorted(self.components.items()))
        document["components"] = components
        for name, schema in self.components.items():  # only the page's own schemas can collide
            if name in self.known_schemas and self.known_schemas[name] != schema:
                raise SpecFoundryError(
                    f"this page's schema {name!r} differs from the component of that name the earlier pages define",
                    file=self.file,
                    place=str(page.title_line),
                    fix="rename this page's schema with the source option schema_names = {'#' = 'new-name'} "
                    "in api.toml, or reconcile the two with an overlay",
                )
        return document

    def _roots(self) -> dict[str, _Root]:
        """One schema per distinct body/response schema description ('Purchase.' → 'purchase')."""
        page = self.page
        roots: dict[str, _Root] = {}
        operation_id = self._operation_id()

        def root_for(description: str, fallback: str, label: str) -> _Root:
            name = _kebab(description) if _SCHEMA_NAME.match(description) else fallback
            name = self.overrides.get(f"{label}#", self.overrides.get("#", name))
            return roots.setdefault(name, _Root(name=name, description=description))

        if page.body is not None and page.body.fields:
            root = root_for(page.body.schema_description, f"{operation_id}-request", "request")
            root.body_fields = page.body.fields
            if page.curl is not None and page.curl.body is not None:
                root.examples.append(("request", page.curl.body))
        for position, response in enumerate(page.responses):
            if not response.fields:
                continue
            label = "response" if position == 0 else f"response-{response.status}"
            root = root_for(response.schema_description, f"{operation_id}-response-{response.status}", label)
            root.response_fields = (root.response_fields or []) + response.fields
            if position == 0 and page.response_example is not None:  # the page shows the first one's
                root.examples.append(("response", page.response_example))
        return roots

    # -- operation
    def _operation_id(self) -> str:
        override = self.source.options.get("operation_id")
        if isinstance(override, str):
            return override
        words = [w for w in re.split(r"\s+", self.page.title) if w.lower() not in ("a", "an", "the")]
        return _kebab(" ".join(words))

    def _operation(self, roots: Mapping[str, _Root]) -> dict[str, Any]:
        page = self.page
        operation: dict[str, Any] = {"tags": [self._tag()], "summary": page.title}
        if page.description:
            operation["description"] = page.description
        operation["operationId"] = self._operation_id()
        if page.body is not None:
            request: dict[str, Any] = {}
            if page.body.description:
                request["description"] = page.body.description
            media: dict[str, Any] = {}
            root = next((r for r in roots.values() if r.body_fields is page.body.fields), None)
            if root is not None:
                media["schema"] = {"$ref": _ref(root.name)}
            if page.curl is not None and page.curl.body is not None:
                media["example"] = page.curl.body.value
            request["content"] = {page.body.media_type: media}
            if any(f.required for f in page.body.fields):
                request["required"] = True
            operation["requestBody"] = request
        responses: dict[str, Any] = {}
        for position, block in enumerate(page.responses):
            response: dict[str, Any] = {"description": block.description or block.status}
            if block.media_type:
                media = {}
                if block.fields:
                    name = next(
                        r.name for r in roots.values() if any(f is block.fields[0] for f in r.response_fields or [])
                    )
                    media["schema"] = {"$ref": _ref(name)}
                if position == 0 and page.response_example is not None:
                    media["example"] = page.response_example.value
                response["content"] = {block.media_type: media}
            responses[block.status] = response
        operation["responses"] = responses
        return operation

    def _tag(self) -> str:
        override = self.source.options.get("tag")
        if isinstance(override, str):
            return override
        segments = [s for s in self.page.path.split("/") if s and not s.startswith("{")]
        last = segments[-1] if segments else self.page.title
        for tag in self.known.get("tags", []) or []:
            if isinstance(tag, Mapping) and _kebab(str(tag.get("name", ""))) == _kebab(last):
                return str(tag["name"])
        return "-".join(part.capitalize() for part in _kebab(last).split("-"))

    def _tags(self, tag: str) -> list[dict[str, Any]]:
        names = {t.get("name") for t in self.known.get("tags", []) or [] if isinstance(t, Mapping)}
        return [] if tag in names else [{"name": tag}]

    def _parameters(self) -> list[dict[str, Any]]:
        known_params = self.known.get("components", {}).get("parameters", {}) or {}
        out: list[dict[str, Any]] = []
        declared: set[str] = set()
        for location, fields in self.page.parameters.items():
            for page_field in fields:
                declared.add(page_field.name)
                match = next(
                    (
                        key
                        for key, param in known_params.items()
                        if isinstance(param, Mapping)
                        and param.get("in") == location
                        and _same_name(str(param.get("name", "")), page_field.name, location)
                    ),
                    None,
                )
                if match is not None:
                    if bool(known_params[match].get("required")) != page_field.required:
                        self.note(
                            Level.WARNING,
                            f"{page_field.name}: 'required' differs from known parameter "
                            f"{match!r}; using the known one",
                            page_field.line,
                            "known-mismatch",
                        )
                    out.append({"$ref": f"#/components/parameters/{match}"})
                    continue
                parameter: dict[str, Any] = {"name": page_field.name, "in": location}
                if page_field.description:
                    parameter["description"] = page_field.description
                if page_field.required or location == "path":
                    parameter["required"] = True
                schema = _notation_schema(page_field.notation, page_field.options, {"type": "object"})
                if page_field.has_default:
                    schema["default"] = page_field.default
                parameter["schema"] = schema
                out.append(parameter)
        for name in re.findall(r"\{([^}]+)\}", self.page.path):
            if name not in declared:
                self.note(
                    Level.WARNING,
                    f"path parameter {name!r} is not listed; typed string",
                    self.page.title_line,
                    "path-parameter",
                )
                out.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
        return out

    def _info(self) -> dict[str, Any]:
        if isinstance(self.known.get("info"), Mapping):
            return dict(self.known["info"])  # identical, so merging keeps it
        self.note(
            Level.INFO,
            "the page shows no API title or version; info is a placeholder",
            self.page.title_line,
            "placeholder-info",
        )
        return {"title": self.source.path.stem, "version": "0"}

    def _servers(self) -> list[dict[str, Any]]:
        curl = self.page.curl
        known_servers = [s for s in self.known.get("servers", []) or [] if isinstance(s, Mapping)]
        if curl is None or not curl.url:
            return [dict(s) for s in known_servers]
        parts = urlsplit(curl.url)
        base = f"{parts.scheme}://{parts.netloc}"
        path_prefix = parts.path[: -len(self.page.path)] if parts.path.endswith(self.page.path) else ""
        if not parts.path.endswith(self.page.path) or (curl.method and curl.method != self.page.method):
            self.note(
                Level.WARNING,
                f"the curl example calls {curl.method} {curl.url}, not {self.page.method} {self.page.path}",
                curl.line,
                "curl-differs",
            )
        url = base + path_prefix
        if any(str(s.get("url", "")).rstrip("/") == url.rstrip("/") for s in known_servers):
            return [dict(s) for s in known_servers]
        server: dict[str, Any] = {"url": url}
        variables = re.findall(r"\{([^}]+)\}", url)
        if variables:  # OpenAPI wants defaults the page does not show; the example's URLs may
            host = self._example_host()
            server["variables"] = {v: {"default": host if v == "host" and host else v} for v in variables}
            origin = f"{host!r}, the host of the example's URLs" if host else "placeholders"
            self.note(
                Level.INFO,
                f"server variables {variables} get defaults: {origin}",
                curl.line,
                "server-default",
                "set the real defaults with an overlay",
            )
        return [server]

    def _example_host(self) -> str | None:
        hosts: set[str] = set()

        def visit(value: Any) -> None:
            if isinstance(value, dict):
                for child in value.values():
                    visit(child)
            elif isinstance(value, list):
                for child in value:
                    visit(child)
            elif isinstance(value, str) and _absolute(value):
                hosts.add(urlsplit(value).netloc)

        if self.page.response_example is not None:
            visit(self.page.response_example.value)
        return hosts.pop() if len(hosts) == 1 else None


def _same_name(known: str, page: str, location: str) -> bool:
    return known.lower() == page.lower() if location == "header" else known == page


def import_mintlify_rendered(source: SourceDocument, known: Mapping[str, Any]) -> ImportResult:
    """Import one rendered Mintlify page; `known` holds the components earlier pages defined."""
    page = parse_page(source)
    builder = _Builder(source, page, known)
    document = builder.build()
    return ImportResult(document=document, diagnostics=builder.diagnostics)
