"""One call between this package and the Simpro client package: `convert(value, ClassName)`.

Both packages name every schema alike (a client class and the class of the same schema here have the
same name), so a value of one becomes the other's through its wire JSON:

- this package → the client: `Class.from_dict(value.model_dump(mode="json", by_alias=True, exclude_unset=True))`;
- the client → this package: `Class.model_validate(value.to_dict())`, validated like any payload;
- an enum member → the other package's member of the same value.

A root model here (a `RootModel` of a list or a union: a list body, a `oneOf`) has no class in the client,
which types it as `list[X]` or `X | Y`: it converts to that type, `convert(value, list[Zone])` (each item
to the client class of its name), and a union's to the client class of the member it holds,
`convert(value, OneTime)` (or to the union itself, `OneTime | Subscription`, which type checkers do not
take as a class); a client value converts back to it, `convert([zone, ...], ListZonesResponse)`, validated
like any payload.

Fields neither package declares (the client's `additional_properties`) are not carried over: these models
ignore unknown fields.
"""

import types
from enum import Enum
from typing import Any, TypeVar, Union, cast, get_args, get_origin

from pydantic import BaseModel, RootModel

T = TypeVar("T")


def convert(value: object, to: type[T]) -> T:
    """`value` (a model or enum member of this package or of the client) as `to`, the class of the same
    schema in the other package; a root model of this package as the client's type of it (`list[X]`; for
    a union, the member class it holds), and a client value (a list, a union member) as a root model here.

    Raises `TypeError` when `to` is not the same schema (the class names differ) or `value` is no model of
    either package, and pydantic's `ValidationError` when a client value is not valid here (a field a
    response left out, kept `UNSET` by the client's tolerant parsing, may be required here).
    """
    source, target = type(value), cast(Any, to)
    if isinstance(target, type) and issubclass(target, RootModel):
        return cast(T, target.model_validate(_wire(value)))
    if isinstance(value, RootModel):
        return cast(T, _as_client(value.root, target))
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


def _as_client(value: object, to: Any) -> Any:
    """The content of a root model as the client's type `to`: a list item by item, a union member as the
    member class of its name, a model or enum by `convert`, JSON values as they are."""
    origin = get_origin(to)
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"cannot convert a {type(value).__name__} to {to!r}: it is not a list")
        [item] = get_args(to) or (Any,)
        return [_as_client(element, item) for element in value]
    if origin is Union or origin is types.UnionType:
        members = get_args(to)
        if value is None and type(None) in members:
            return None
        for member in members:
            if getattr(member, "__name__", None) == type(value).__name__ or (
                isinstance(value, list) and get_origin(member) is list
            ):
                return _as_client(value, member)
        raise TypeError(f"cannot convert a {type(value).__name__} to {to!r}: no member of that name")
    if to is Any:
        return _wire(value)
    if isinstance(value, BaseModel | Enum):
        return convert(value, to)
    if isinstance(to, type) and isinstance(value, to):
        return value
    raise TypeError(f"cannot convert a {type(value).__name__} to {to!r}")


def _wire(value: object) -> Any:
    """A value of either package (or a list or dict of them) as its wire JSON."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_wire(item) for item in value]
    if isinstance(value, dict):
        return {key: _wire(item) for key, item in value.items()}
    return value
