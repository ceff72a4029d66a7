"""Find the list operations that page, so the client can offer an iterator over every item.

A paginated operation is a GET whose query takes the page-number and page-size parameters and whose
success response is an array. Simpro pages with `page`/`pageSize` and reports the number of pages in the
`Result-Pages` response header; api.toml's `[normalize.pagination]` names them for other APIs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_REF_PREFIX = "#/components/"


@dataclass(frozen=True)
class PaginationSettings:
    page_parameter: str = "page"
    size_parameter: str = "pageSize"
    total_pages_header: str = "Result-Pages"
    default_page_size: int = 250

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> PaginationSettings:
        return cls(
            page_parameter=str(table.get("page_parameter", cls.page_parameter)),
            size_parameter=str(table.get("size_parameter", cls.size_parameter)),
            total_pages_header=str(table.get("total_pages_header", cls.total_pages_header)),
            default_page_size=int(table.get("default_page_size", cls.default_page_size)),
        )


def paginated_operations(document: dict[str, Any], settings: PaginationSettings) -> list[str]:
    """operationIds of the paginated list operations, in document order."""
    found = []
    for item in (document.get("paths") or {}).values():
        operation = item.get("get")
        if not isinstance(operation, dict):
            continue
        parameters = [_resolve(document, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
        query = {p.get("name") for p in parameters if p.get("in") == "query"}
        if {settings.page_parameter, settings.size_parameter} <= query and _returns_array(document, operation):
            found.append(str(operation.get("operationId")))
    return found


def _returns_array(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    response = _resolve(document, (operation.get("responses") or {}).get("200", {}))
    schema = _resolve(document, (response.get("content") or {}).get("application/json", {}).get("schema", {}))
    return schema.get("type") == "array"


def _resolve(document: dict[str, Any], node: Any) -> dict[str, Any]:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(_REF_PREFIX):
        section, name = node["$ref"][len(_REF_PREFIX) :].split("/", 1)
        node = document.get("components", {}).get(section, {}).get(name, {})
    return node if isinstance(node, dict) else {}


def comma_separated_parameters(document: dict[str, Any]) -> dict[str, list[str]]:
    """operationId → wire names of array query parameters sent as one comma-separated value
    (`style: form, explode: false`), which openapi-python-client would otherwise repeat."""
    result: dict[str, list[str]] = {}
    for item in (document.get("paths") or {}).values():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            names = []
            for parameter in [*shared, *operation.get("parameters", [])]:
                parameter = _resolve(document, parameter)
                schema = _resolve(document, parameter.get("schema", {}))
                if (
                    parameter.get("in") == "query"
                    and schema.get("type") == "array"
                    and parameter.get("explode") is False
                    and parameter.get("style", "form") == "form"
                ):
                    names.append(str(parameter["name"]))
            if names:
                result[str(operation.get("operationId"))] = names
    return result
