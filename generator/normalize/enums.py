"""Name inline enums, so each becomes one Python enum class.

An enum written inline in a component's property (`purchase.type: {enum: [Subscription, OneTime]}`) is
generated once per model that holds it: after the read/write split that is twice (`PurchaseRequestType`,
`PurchaseResponseType`) for one wire type. Lifting it into a component named `<component>-<property>`
before the split gives one `PurchaseType`, shared by both directions; an identical enum on another
component reuses it. Parameter enums are named after
the parameter, so Simpro's `search` (all/any), documented on every list operation, is one `Search`.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from generator.normalize.names import folded
from generator.tree import copy_tree

_REF_PREFIX = "#/components/schemas/"
# What stays on the property: annotations of this use of the enum, not of the enum itself.
_PROPERTY_KEYS = {"description", "readOnly", "writeOnly", "deprecated", "default", "example", "examples"}


def hoist_inline_enums(document: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
    result = document if in_place else copy_tree(document)
    schemas: dict[str, Any] = result.get("components", {}).get("schemas", {})
    lifted: dict[str, Any] = {}
    for name, schema in list(schemas.items()):
        properties = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(properties, dict):
            continue
        for prop, prop_schema in properties.items():
            if not _is_plain_enum(prop_schema):
                continue
            enum_schema = {key: value for key, value in prop_schema.items() if key not in _PROPERTY_KEYS}
            enum_name = _already_lifted(enum_schema, lifted) or _free_name(
                f"{name}-{_kebab(prop)}", enum_schema, schemas, lifted
            )
            lifted[enum_name] = enum_schema
            kept = {key: value for key, value in prop_schema.items() if key in _PROPERTY_KEYS}
            properties[prop] = {"$ref": _REF_PREFIX + enum_name, **kept}
    for item in (result.get("paths") or {}).values():
        for holder in [item, *(op for op in item.values() if isinstance(op, dict))]:
            for parameter in holder.get("parameters", []) if isinstance(holder, dict) else []:
                schema = parameter.get("schema") if isinstance(parameter, dict) else None
                if isinstance(schema, dict) and _is_plain_enum(schema):
                    wanted = _kebab(str(parameter["name"]))
                    enum_name = _free_name(wanted, schema, schemas, lifted, second=f"{wanted}-parameter")
                    lifted[enum_name] = schema
                    parameter["schema"] = {"$ref": _REF_PREFIX + enum_name}
    schemas.update(lifted)
    if lifted and "components" not in result:
        result["components"] = {"schemas": schemas}
    elif lifted:
        result["components"]["schemas"] = schemas
    return result


def _already_lifted(enum_schema: dict[str, Any], lifted: dict[str, Any]) -> str | None:
    """The same enum met again on another component (Simpro's `Company.Timezone` and
    `CompanyUpdate.Timezone`, 400 values each) becomes one class, named where it was first met."""
    return next((name for name, schema in lifted.items() if schema == enum_schema), None)


def _is_plain_enum(schema: Any) -> bool:
    """A string or integer enum, not nullable (a null member needs the property to stay a union)."""
    return (
        isinstance(schema, dict)
        and isinstance(schema.get("enum"), list)
        and "$ref" not in schema
        and schema.get("type") in ("string", "integer")
        and None not in schema["enum"]
        and not schema.get("nullable")
    )


def _free_name(wanted: str, enum_schema: dict[str, Any], *taken: dict[str, Any], second: str | None = None) -> str:
    """`wanted`, unless a key that becomes the same class name holds another schema (`Schedule-type`, the
    enum of Schedule.Type, and `schedule-type`, the ScheduleType parameter's, are both `ScheduleType`): then
    `second` (a parameter's enum: `schedule-type-parameter`), then a numbered one. A key already holding
    this very enum is reused."""
    candidates = itertools.chain([wanted], [second] if second else [], (f"{wanted}-{n}" for n in itertools.count(2)))
    for candidate in candidates:
        clashes = [(key, names[key]) for names in taken for key in names if folded(key) == folded(candidate)]
        same = next((key for key, schema in clashes if schema == enum_schema), None)
        if same is not None or not clashes:
            return same if same is not None else candidate
    raise AssertionError("unreachable: the numbered candidates never end")


def _kebab(text: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", text).replace("_", "-").lower()
