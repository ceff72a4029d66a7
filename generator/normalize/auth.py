"""Credentials become client configuration, not per-call arguments.

Vendors document auth two ways: as a security scheme, or (Lucca) as a required `Authorization` header
parameter on every path. openapi-python-client turns the latter into an `authorization: str` argument
on every call. Here the header parameter is removed and replaced by an apiKey security scheme, and the
value template (`lucca application={api_key}`) is handed to the client template, so users give the key
once. Declared security schemes (http bearer, apiKey in a header) are lifted the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecFoundryError
from generator.tree import copy_tree

SCHEME_NAME = "api_key"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PLACEHOLDER = "{api_key}"


@dataclass(frozen=True)
class AuthSettings:
    header: str
    value_prefix: str  # text before the key in the header value
    value_suffix: str  # text after it

    def header_value(self, api_key: str) -> str:
        return f"{self.value_prefix}{api_key}{self.value_suffix}"


def lift_auth(
    document: dict[str, Any], settings: dict[str, Any], *, in_place: bool = False
) -> tuple[dict[str, Any], AuthSettings | None]:
    """`settings`: `[normalize.auth]` with `header` and `value` (a template holding `{api_key}`)."""
    result = document if in_place else copy_tree(document)
    if settings:
        header = str(settings.get("header", "Authorization"))
        template = str(settings.get("value", _PLACEHOLDER))
        if _PLACEHOLDER not in template:
            raise SpecFoundryError(
                f"auth value template {template!r} has no {_PLACEHOLDER}",
                place="[normalize.auth] value",
                fix='write e.g. value = "Bearer {api_key}"',
            )
        _check_header_name(header, "[normalize.auth] header")
        for character in template:
            if ord(character) < 0x20 or ord(character) == 0x7F:
                raise SpecFoundryError(
                    f"auth value template {template!r} holds a control character, which no HTTP header can carry",
                    place="[normalize.auth] value",
                    fix='write e.g. value = "Bearer {api_key}"',
                )
        prefix, suffix = template.split(_PLACEHOLDER, 1)
        _remove_header_parameter(result, header)
        auth = AuthSettings(header=header, value_prefix=prefix, value_suffix=suffix)
        schemes = result.setdefault("components", {}).setdefault("securitySchemes", {})
        schemes[SCHEME_NAME] = {
            "type": "apiKey",
            "in": "header",
            "name": header,
            "description": f"Header value: `{template}`.",
        }
        _require_scheme(result, SCHEME_NAME)
        return result, auth
    return result, _from_declared_scheme(result)


def _from_declared_scheme(document: dict[str, Any]) -> AuthSettings | None:
    """Use the first scheme the document requires: http bearer → `Bearer <key>`, apiKey header → key."""
    schemes = document.get("components", {}).get("securitySchemes", {})
    required = [name for requirement in document.get("security") or [] for name in requirement]
    for name in required or list(schemes):
        scheme = schemes.get(name, {})
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            auth = AuthSettings(header="Authorization", value_prefix="Bearer ", value_suffix="")
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            header = str(scheme.get("name", ""))
            _check_header_name(header, f"/components/securitySchemes/{name}/name")
            auth = AuthSettings(header=header, value_prefix="", value_suffix="")
        else:
            continue
        _require_scheme(document, name)
        return auth
    return None


# An HTTP field name is a token (RFC 9110 §5.1): anything else is refused before it reaches code.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _check_header_name(header: str, place: str) -> None:
    if not _TOKEN.fullmatch(header):
        raise SpecFoundryError(
            f"the API key header name {header!r} is not a valid HTTP header name",
            place=place,
            fix="an HTTP header name is letters, digits and !#$%&'*+-.^_`|~ only: correct it with an overlay",
        )


def _require_scheme(document: dict[str, Any], name: str) -> None:
    """Mark every operation as secured: openapi-python-client only looks at operation-level security."""
    for item in (document.get("paths") or {}).values():
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation.get("security") != []:
                operation["security"] = [{name: []}]
    document["security"] = [{name: []}]


def _remove_header_parameter(document: dict[str, Any], header: str) -> None:
    params = document.get("components", {}).get("parameters", {})

    def is_auth_header(param: Any) -> bool:
        if isinstance(param, dict) and "$ref" in param:
            param = params.get(str(param["$ref"]).rsplit("/", 1)[-1], {})
        return (
            isinstance(param, dict)
            and param.get("in") == "header"
            and str(param.get("name", "")).lower() == header.lower()
        )

    for item in (document.get("paths") or {}).values():
        for holder in [item, *(item.get(method) for method in _METHODS)]:
            if isinstance(holder, dict) and "parameters" in holder:
                holder["parameters"] = [p for p in holder["parameters"] if not is_auth_header(p)]
                if not holder["parameters"]:
                    del holder["parameters"]
    for name in [name for name, param in params.items() if is_auth_header(param)]:
        del params[name]
    if "parameters" in document.get("components", {}) and not params:
        del document["components"]["parameters"]
