"""One call between this package and the Simpro client package: `convert(value, ClassName)`.

Both packages name every schema alike (a client class and the class of the same schema here have the
same name), so a value of one becomes the other's through its wire JSON:

- this package → the client: `Class.from_dict(value.model_dump(mode="json", by_alias=True, exclude_unset=True))`;
- the client → this package: `Class.model_validate(value.to_dict())`, validated like any payload;
- an enum member → the other package's member of the same value.

Fields neither package declares (the client's `additional_properties`) are not carried over: these models
ignore unknown fields.
"""

from enum import Enum
from typing import Any, TypeVar, cast

from pydantic import BaseModel

T = TypeVar("T")


def convert(value: object, to: type[T]) -> T:
    """`value` (a model or enum member of this package or of the client) as `to`, the class of the same
    schema in the other package.

    Raises `TypeError` when `to` is not the same schema (the class names differ) or `value` is no model of
    either package, and pydantic's `ValidationError` when a client value is not valid here (a field a
    response left out, kept `UNSET` by the client's tolerant parsing, may be required here).
    """
    source, target = type(value), cast(Any, to)
    if source.__name__ != getattr(target, "__name__", None):
        raise TypeError(f"{source.__name__} and {getattr(target, '__name__', target)!r} are not the same schema")
    if isinstance(value, Enum) and isinstance(target, type) and issubclass(target, Enum):
        parse = getattr(target, "parse", None)
        return cast(T, parse(value.value) if callable(parse) else target(value.value))
    if isinstance(value, BaseModel) and callable(getattr(target, "from_dict", None)):
        return cast(T, target.from_dict(value.model_dump(mode="json", by_alias=True, exclude_unset=True)))
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and isinstance(target, type) and issubclass(target, BaseModel):
        return cast(T, target.model_validate(to_dict()))
    raise TypeError(f"cannot convert a {source.__name__} to {target!r}: convert a model of one package to the other's")
