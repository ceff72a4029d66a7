"""Name inline schemas once, so the client and the models package call every schema by one class name.

openapi-python-client and datamodel-code-generator name an inline schema by different rules: the request
body of `import-cost-centers` is `ImportCostCentersBody` in one and `ImportCostCentersRequest` in the
other, its items `ImportCostCentersBodyItemsItem` and `ImportCostCentersRequestItem`. Both turn a component
key into the same class name, so every inline object schema (and plain enum) is lifted into
`components/schemas` under a name chosen here, and neither tool has anything left to name by itself:

- an operation's request body → `<Operation>Request`, its first 2xx response body → `<Operation>Response`
  (another documented status: `<Operation>Response<status>`; the error bodies that clients raise with,
  kept in `x-specfoundry-raised`, too: `<Operation>Response404`, `<Operation>Response4XX`,
  `<Operation>ResponseDefault`), the items of an array body
  `<Operation>RequestItem` / `<Operation>ResponseItem`;
- an object or enum property → `<Parent><Property>`; the items of an array property → `<Parent><Item>`,
  the property name made singular (`items` → `Item`, `attachments` → `Attachment`) or, when it does not
  look plural, `<Parent><Property>Item`;
- a name already taken (compared as class names: `purchase-request` takes `PurchaseRequest`) gets a
  number (`PurchaseRequest2`).

Runs after the read/write split (which rewrites inline bodies in place), after operations are named and
after error responses moved to `x-specfoundry-raised` (generator/normalize/errors.py).
Nullable schemas stay inline: a `$ref` cannot carry `nullable` in OpenAPI 3.0.
"""

from __future__ import annotations

import re
from typing import Any

from generator.normalize.enums import _is_plain_enum
from generator.normalize.errors import RAISED_EXTENSION
from generator.normalize.names import folded
from generator.tree import copy_tree

_REF_PREFIX = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SUCCESS = re.compile(r"2(?:\d\d|XX)", re.IGNORECASE)
# What stays on a property whose enum is lifted: annotations of this use, not of the enum (as in enums.py).
_USE_KEYS = {"description", "readOnly", "writeOnly", "deprecated", "default", "example", "examples"}


def lift_inline_schemas(document: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
    result = document if in_place else copy_tree(document)
    components = result.setdefault("components", {})
    schemas: dict[str, Any] = components.setdefault("schemas", {})
    lifter = _Lifter(schemas)
    for key in list(schemas):
        lifter.children(schemas[key], class_name(key), item_name=f"{class_name(key)}Item")
    for item in (result.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                lifter.operation(operation)
    for key, body in (components.get("requestBodies") or {}).items():
        lifter.body(body, class_name(key))
    for key, response in (components.get("responses") or {}).items():
        lifter.body(response, class_name(key))
    schemas.update(lifter.lifted)
    if not schemas:
        del components["schemas"]
    if not components:
        del result["components"]
    return result


def class_name(text: str) -> str:
    """`import-cost-centers` → `ImportCostCenters`, `ownerId` → `OwnerId`: words joined, each capitalized
    (as both generators write a component key as a class name)."""
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    return "".join(word[:1].upper() + word[1:] for word in words)


def singular(name: str) -> str:
    """The name of one item of a list property: `Items` → `Item`, `Categories` → `Category`,
    `Addresses` → `Address`; `Data` → `DataItem` (not recognizably plural)."""
    lower = name.lower()
    if lower.endswith("ies") and len(name) > 4:
        return name[:-3] + "y"
    if re.search(r"(ss|x|ch|sh|z)es$", lower):
        return name[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(name) > 2:
        return name[:-1]
    return name + "Item"


class _Lifter:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.lifted: dict[str, Any] = {}
        self.taken = {folded(key) for key in schemas}

    def operation(self, operation: dict[str, Any]) -> None:
        name = class_name(str(operation.get("operationId") or ""))
        if not name:
            return
        self.body(operation.get("requestBody"), f"{name}Request")
        found = operation.get("responses")
        responses: dict[Any, Any] = found if isinstance(found, dict) else {}
        first_success = next((str(status) for status in responses if _SUCCESS.fullmatch(str(status))), None)
        for status, response in responses.items():
            suffix = "" if str(status) == first_success else class_name(str(status))
            self.body(response, f"{name}Response{suffix}")
        raised = operation.get(RAISED_EXTENSION)  # error bodies: the client parses them into errors' `parsed`
        for status, response in (raised if isinstance(raised, dict) else {}).items():
            self.body(response, f"{name}Response{class_name(str(status))}")

    def body(self, body: Any, name: str) -> None:
        """Lift the schema of every media type of a request body or response (one name: they are the
        same shape in different encodings, or different shapes numbered apart)."""
        if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
            return
        for media in body["content"].values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                media["schema"] = self.schema(media["schema"], name, item_name=f"{name}Item")

    def schema(self, schema: dict[str, Any], name: str, *, item_name: str) -> dict[str, Any]:
        """`schema` as a `$ref` to a component named `name` when it is a class, with its own inline
        schemas lifted too; otherwise the same schema with its children lifted."""
        if _is_nullable_enum(schema):
            # Left inline, each generator would name it its own way (`SiteVEECZone`, `SiteVeecZone`): the
            # enum is lifted without null, and the use says it may be null (nullable one-element allOf).
            use = {key: value for key, value in schema.items() if key in _USE_KEYS}
            lifted = {key: value for key, value in schema.items() if key not in use and key != "nullable"}
            lifted["enum"] = [value for value in lifted["enum"] if value is not None]
            chosen = self.free(name)
            self.lifted[chosen] = lifted
            return {"allOf": [{"$ref": _REF_PREFIX + chosen}], "nullable": True, **use}
        if not _is_class(schema):
            self.children(schema, name, item_name=item_name)
            return schema
        use = {key: value for key, value in schema.items() if key in _USE_KEYS} if _is_plain_enum(schema) else {}
        lifted = {key: value for key, value in schema.items() if key not in use}
        chosen = self.free(name)
        self.lifted[chosen] = lifted
        self.children(lifted, chosen, item_name=f"{chosen}Item")
        return {"$ref": _REF_PREFIX + chosen, **use}

    def children(self, schema: Any, parent: str, *, item_name: str | None = None) -> None:
        """Lift the class-like schemas inside `schema` (named `parent`): its properties, its items (named
        `item_name`) and those of the members of its compositions."""
        if not isinstance(schema, dict):
            return
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for prop, prop_schema in properties.items():
                if isinstance(prop_schema, dict):
                    prop_name = class_name(str(prop)) or "Property"
                    properties[prop] = self.schema(
                        prop_schema, parent + prop_name, item_name=parent + singular(prop_name)
                    )
        if isinstance(schema.get("items"), dict):
            item = item_name or f"{parent}Item"
            schema["items"] = self.schema(schema["items"], item, item_name=f"{item}Item")
        for key in ("allOf", "oneOf", "anyOf"):
            for member in schema.get(key) or []:
                self.children(member, parent)  # members themselves stay inline: each tool merges or unions them

    def free(self, wanted: str) -> str:
        candidate, counter = wanted, 2
        while folded(candidate) in self.taken:
            candidate, counter = f"{wanted}{counter}", counter + 1
        self.taken.add(folded(candidate))
        return candidate


def _is_class(schema: dict[str, Any]) -> bool:
    """An inline schema both generators make a class of: an object with properties, or a plain enum."""
    if "$ref" in schema or schema.get("nullable") or _allows_null(schema):
        return False
    if _is_plain_enum(schema):
        return True
    properties = schema.get("properties")
    return isinstance(properties, dict) and bool(properties) and not any(k in schema for k in ("oneOf", "anyOf"))


def _is_nullable_enum(schema: dict[str, Any]) -> bool:
    """An OpenAPI 3.0 `nullable: true` string or integer enum (3.1's type lists stay as they are)."""
    plain = {key: value for key, value in schema.items() if key != "nullable"}
    if isinstance(plain.get("enum"), list):
        plain["enum"] = [value for value in plain["enum"] if value is not None]
    return schema.get("nullable") is True and bool(plain.get("enum")) and _is_plain_enum(plain)


def _allows_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return isinstance(kind, list) and "null" in kind
