"""What templates/client renders for each operation and each tag besides openapi-python-client's own data:
the parameters' descriptions (read from the spec, where openapi-python-client leaves them empty), the
errors an operation really raises, its success type, and the resource names (`client.<tag>.<method>`).

Strings from the spec are VendorText (only the escaping filters write them); names are Python
identifiers that openapi-python-client already sanitized, or derived from those."""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.escaping import text_of, vendor
from generator.normalize.errors import RAISED_EXTENSION

# The statuses errors.error_class_for maps to a class of its own (templates/client/errors.py.jinja).
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}

# Members of the generated Client (templates/client/client.py.jinja): a tag named like one gets a trailing
# underscore as its resource attribute. tests/test_client_resources.py checks this list against the class.
CLIENT_MEMBER_NAMES = frozenset(
    {
        "aclose",
        "aio",
        "api_key",
        "arequest",
        "asend",
        "base_url",
        "close",
        "get_async_httpx_client",
        "get_httpx_client",
        "max_retries",
        "max_retry_delay",
        "raise_on_unexpected_status",
        "request",
        "send",
        "set_async_httpx_client",
        "set_httpx_client",
        "with_headers",
        "with_timeout",
    }
)

_REF_PREFIX = "#/components/"
FIELD_PREFIX = "field_"  # openapi-python-client's field_prefix, as generator/targets/client.py configures it


def endpoint_name(operation_id: Any) -> str:
    """openapi-python-client's name for the operation with this operationId (`Endpoint.name`)."""
    return str(
        PythonIdentifier(text_of(operation_id) if not isinstance(operation_id, str) else operation_id, FIELD_PREFIX)
    )


def error_class(code_range: tuple[int, int] | None) -> str:
    """The errors class raised for a documented non-2xx status (or range of statuses)."""
    if code_range is None or code_range[0] != code_range[1]:
        return "InternalServerError" if code_range and code_range[0] >= 500 else "APIStatusError"
    status = code_range[0]
    return "InternalServerError" if status >= 500 else ERROR_CLASSES.get(status, "APIStatusError")


def error_status(status: str) -> str | None:
    """A documented error status as the client's runtime looks it up: `"404"`, `"4XX"` (upper case),
    `"default"`; None for a key that is none of these."""
    if re.fullmatch(r"[1-5]\d\d", status):
        return status
    if re.fullmatch(r"[1-5]XX", status, flags=re.IGNORECASE):
        return status.upper()
    return "default" if status == "default" else None


def _is_json(media_type: str) -> bool:
    """`application/json`, `application/problem+json`, `application/json; charset=utf-8`, ..."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or (essence.startswith("application/") and essence.endswith("+json"))


class Operations:
    """Looks operations up in the normalized spec by operationId (openapi-python-client's endpoint name).

    `models`: the model classes openapi-python-client made of component schemas, by `$ref`
    (`#/components/schemas/Error` → (class name, module name)), for the error bodies' models."""

    def __init__(
        self,
        document: dict[str, Any],
        comma_separated: dict[str, list[str]],
        models: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        self._document = document
        self._models = models or {}
        self._by_id: dict[str, tuple[dict[str, Any], list[Any]]] = {}
        for item in (document.get("paths") or {}).values():
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for method, operation in item.items():
                if method != "parameters" and isinstance(operation, dict) and "operationId" in operation:
                    self._by_id[endpoint_name(operation["operationId"])] = (operation, shared)
        self._comma_separated = {endpoint_name(key): names for key, names in comma_separated.items()}

    def describe(self, endpoint: Any) -> dict[str, Any]:
        """Everything the operation module and its docstring need beyond `endpoint`."""
        operation, shared = self._by_id.get(str(endpoint.name), ({}, []))
        documented = self._parameter_docs(operation, shared)
        params = []
        for location, properties in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
            ("cookie", endpoint.cookie_parameters),
        ):
            for prop in properties:
                doc = documented.get((location, text_of(prop.name))) or _text(prop.description)
                params.append({"name": str(prop.python_name), "type": _type(prop), "doc": vendor(doc)})
        if endpoint.bodies:
            body = self._resolve(operation.get("requestBody") or {})
            body_types = " | ".join(dict.fromkeys(_type(b.prop, no_optional=True) for b in endpoint.bodies))
            params.insert(
                len(endpoint.path_parameters),
                {"name": "body", "type": body_types, "doc": vendor(_text(body.get("description")))},
            )
        success = [r for r in endpoint.responses.patterns if _is_success(r)]
        if endpoint.responses.default is not None:
            success.append(endpoint.responses.default)
        # The union of the 2xx answers' types, None last (an answer without a body, a 204).
        success_types = {"None" if r.source["return_type"] == "None" else _type(r.prop) for r in success}
        returns = " | ".join([*sorted(success_types - {"None"}), *(["None"] if "None" in success_types else [])])
        documented_errors = {
            **{r.status_code.pattern: r.data for r in endpoint.responses.patterns if not _is_success(r)},
            **{str(status): data for status, data in (operation.get(RAISED_EXTENSION) or {}).items()},
        }
        error_models = self.error_models(operation)
        raises = [
            {
                "name": error_class(_status_range(status)),
                "status": vendor(status),
                "doc": vendor(_text(self._resolve(data).get("description") if isinstance(data, dict) else "")),
                "model": error_models.get(error_status(status) or "", (None, None))[0],
            }
            for status, data in sorted(documented_errors.items())
        ]
        error_imports = {f"from ...models.{module} import {name}" for name, module in error_models.values() if name}
        return {
            "params": params,
            "success": success,
            "returns": returns or "None",
            "raises": raises,
            "body_kind": endpoint.bodies[0].body_type.value if len(endpoint.bodies) == 1 else None,
            "comma_separated": vendor(self._comma_separated.get(str(endpoint.name), [])),
            # for _runtime.Call's error_models: [(statuses, model class or None: documented without one)]
            "error_models": _grouped({status: name for status, (name, _) in error_models.items()}),
            "imports": sorted({str(line) for line in endpoint.relative_imports} | error_imports),
        }

    def error_models(self, operation: dict[str, Any]) -> dict[str, tuple[str | None, str | None]]:
        """The error statuses documented for `operation` whose body the client parses, each with its model
        (class name, module name), as generated clients resolve them: exact status, then range, then
        default. A status documented without a model is kept (as (None, None)) only where it shadows a
        broader one that has a model; an operation documenting no error model gets nothing."""
        documented: dict[str, tuple[str | None, str | None]] = {}
        for status, response in (operation.get(RAISED_EXTENSION) or {}).items():
            key = error_status(str(status))
            if key is not None:
                documented[key] = self._error_model(response)
        with_model = {key for key, (name, _) in documented.items() if name}

        def broader(key: str) -> list[str]:
            return ([f"{key[0]}XX"] if key.isdigit() else []) + (["default"] if key != "default" else [])

        return {
            key: model
            for key, model in sorted(documented.items())
            if key in with_model or any(other in with_model for other in broader(key))
        }

    def all_error_models(self) -> list[tuple[str, str]]:
        """Every (class name, module name) an operation parses an error body into, sorted."""
        found = {
            (name, module)
            for operation, _ in self._by_id.values()
            for name, module in self.error_models(operation).values()
            if name and module
        }
        return sorted(found)

    def _error_model(self, response: Any) -> tuple[str | None, str | None]:
        """The model class of a documented error response's JSON body (its first JSON media type): the one
        openapi-python-client made of the component schema it refers to (inline objects were lifted into
        components by normalization); (None, None) when there is none (no body, not JSON, not a class)."""
        content = self._resolve(response).get("content")
        for media_type, media in (content if isinstance(content, dict) else {}).items():
            if _is_json(str(media_type)) and isinstance(media, dict):
                schema = media.get("schema")
                ref = schema.get("$ref") if isinstance(schema, dict) else None
                found = self._models.get(ref) if isinstance(ref, str) else None
                return found if found else (None, None)
        return (None, None)

    def _parameter_docs(self, operation: dict[str, Any], shared: list[Any]) -> dict[tuple[str, str], str]:
        """(in, name) → the parameter's description, else its schema's (operation-level ones win)."""
        docs: dict[tuple[str, str], str] = {}
        for parameter in [*shared, *(operation.get("parameters") or [])]:
            parameter = self._resolve(parameter)
            description = parameter.get("description") or self._resolve(parameter.get("schema") or {}).get(
                "description"
            )
            docs[(str(parameter.get("in")), str(parameter.get("name")))] = _text(description)
        return docs

    def _resolve(self, node: Any) -> dict[str, Any]:
        for _ in range(16):  # a chain of $refs; cycles were refused before normalization
            if not (
                isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(_REF_PREFIX)
            ):
                break
            section, _, name = node["$ref"][len(_REF_PREFIX) :].partition("/")
            node = (
                (self._document.get("components") or {})
                .get(section, {})
                .get(name.replace("~1", "/").replace("~0", "~"), {})
            )
        return node if isinstance(node, dict) else {}


def _grouped(models: dict[str, str | None]) -> list[tuple[list[str], str | None]]:
    """{"400": "Error", "404": "Error", "410": None} → [(["400", "404"], "Error"), (["410"], None)]: the
    statuses of each model together (one short line per operation), in status order, None last."""
    groups: dict[str | None, list[str]] = {}
    for status, name in models.items():
        groups.setdefault(name, []).append(status)
    return sorted(((statuses, name) for name, statuses in groups.items()), key=lambda group: group[1] is None)


def _is_success(response: Any) -> bool:
    code_range = response.status_code.range
    return code_range is not None and 200 <= code_range[0] < 300


def _status_range(status: str) -> tuple[int, int] | None:
    """`"404"` → (404, 404), `"5XX"` → (500, 599), `"default"` → None."""
    if status.isdigit():
        return int(status), int(status)
    if len(status) == 3 and status[0].isdigit() and status[1:].upper() == "XX":
        return int(status[0]) * 100, int(status[0]) * 100 + 99
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    try:
        return text_of(value)
    except TypeError:
        return ""


def _type(prop: Any, *, no_optional: bool = False) -> str:
    return str(prop.get_type_string(no_optional=no_optional).as_unembedded_code())


@dataclass(frozen=True)
class Method:
    name: str  # on the resource: `list`, `get`, `iterate`
    module: str  # the operation's module in api/<tag>/
    alias: str  # that module's name in api/<tag>/__init__.py
    http: Any  # VendorText: "GET /path/{python_name}", for the README
    summary: Any  # VendorText: the operation's summary, or for a page iterator the method it pages
    page: str | None = None  # a page iterator: the python names of the page and page-size parameters
    size: str | None = None


def resource(
    collection: Any,
    tag: str,
    paged: Collection[str],
    page_parameter: Any,
    size_parameter: Any,
    server_variables: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The resource class of one tag: its attribute on the client, class names and methods.

    A method is named by the operation's verb when the rest of its name is the tag (plural or singular):
    `list_invoice_cost_centers` → `list`, `get_invoice_cost_center` → `get`; otherwise (or when two
    operations would share a name, or the verb is a keyword) by the whole operation name. A paginated
    operation also gets a page iterator: `iterate` for `list`, `iterate_<rest>` otherwise. `paged` holds the
    endpoint names (`endpoint_name`) of the paginated operations, computed once per package, not per tag."""
    # the module file openapi-python-client writes for each operation (strings.PythonIdentifier of its name)
    modules = [str(PythonIdentifier(endpoint.name, FIELD_PREFIX)) for endpoint in collection.endpoints]
    verbs = {module: _verb(module, tag) for module in modules}
    counts: dict[str, int] = {}
    for verb in verbs.values():
        counts[verb] = counts.get(verb, 0) + 1
    # An `import` statement NFKC-normalizes the name it reads (`µ` → `μ`), the file system does not: a module
    # whose name changes that way is imported by its exact name (importlib) under an ASCII alias.
    imports = [
        {"module": m, "alias": "_" + m if stable(m) else f"_operation_{n}", "stable": stable(m)}
        for n, m in enumerate(modules)
    ]
    aliases = {entry["module"]: entry["alias"] for entry in imports}
    methods = [
        Method(
            verbs[m] if counts[verbs[m]] == 1 else m,
            m,
            str(aliases[m]),
            vendor(f"{endpoint.method.upper()} {text_of(endpoint.path)}"),
            vendor(_text(endpoint.summary)),
        )
        for m, endpoint in zip(modules, collection.endpoints, strict=True)
    ]
    taken = {method.name for method in methods}
    for endpoint, method in zip(collection.endpoints, list(methods), strict=True):
        if str(endpoint.name) not in paged:
            continue
        rest = method.name.removeprefix("list")
        name = "iterate" + rest if rest == "" or rest.startswith("_") else "iterate_" + method.name
        while name in taken:
            name += "_"
        taken.add(name)
        page, size = (_python_name(endpoint, wire) for wire in (page_parameter, size_parameter))
        methods.append(
            Method(
                name,
                method.module,
                method.alias,
                method.http,
                vendor(f"every item of every page of {method.name}"),
                page,
                size,
            )
        )
    # the client's own members, and its server variables (`build`, `host`), keep their names
    attribute = tag + "_" if tag in CLIENT_MEMBER_NAMES | server_variables else tag
    return {
        "attribute": attribute,
        "module": tag,
        "stable": stable(tag),
        "class_name": str(ClassName(tag, "")),
        "imports": imports,
        "methods": methods,
    }


def stable(name: str) -> bool:
    """Whether an `import` statement naming this module finds its file (see `resource`)."""
    return unicodedata.normalize("NFKC", name) == name


def _verb(module: str, tag: str) -> str:
    for noun in _noun_forms(tag):
        if module.endswith("_" + noun):
            verb = module[: -len(noun) - 1]
            if verb.isidentifier() and not keyword.iskeyword(verb) and not verb.startswith("_"):
                return verb
    return module


def _noun_forms(tag: str) -> list[str]:
    forms = [tag]
    if tag.endswith("ies"):
        forms.append(tag[:-3] + "y")
    if re.search(r"(s|x|ch|sh)es$", tag):
        forms.append(tag[:-2])
    if tag.endswith("s") and not tag.endswith("ss"):
        forms.append(tag[:-1])
    return forms


def _python_name(endpoint: Any, wire_name: Any) -> str:
    for parameter in endpoint.query_parameters:
        if text_of(parameter.name) == text_of(wire_name):
            return str(parameter.python_name)
    raise ValueError(f"operation {endpoint.name} has no query parameter {text_of(wire_name)!r}")
