"""The base classes of every model of the Simpro API."""

from pydantic import BaseModel, ConfigDict


class WireModel(BaseModel):
    """A JSON object of the Simpro API.

    Attributes have snake_case names and the wire names as aliases: input validates under either name,
    and `model_dump()` / `model_dump_json()` write the wire names (add `exclude_unset=True` to get back
    exactly the fields that were given). Unknown fields are ignored: the API may add response fields.
    """

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)


class RequestModel(WireModel):
    """A body the API receives: unknown fields, server-owned (read-only) ones among them, are errors."""

    model_config = ConfigDict(extra="forbid")
