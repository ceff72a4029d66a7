from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="TestReadingCreate")


@_attrs_define
class TestReadingCreate:
    """
    Attributes:
        name (str):
        type_ (CustomFieldType):
        list_items (list[str] | None | Unset): List of text to be used when the customer field type is set to `List`
            only.
        is_mandatory (bool | Unset): Set this column to true to make in a compulsory field. (web UI)
        service_levels (list[int] | Unset):
        order (int | Unset):
    """

    name: str
    type_: CustomFieldType
    list_items: list[str] | None | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    service_levels: list[int] | Unset = UNSET
    order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        list_items: list[str] | None | Unset
        if isinstance(self.list_items, Unset):
            list_items = UNSET
        elif isinstance(self.list_items, list):
            list_items = self.list_items

        else:
            list_items = self.list_items
        is_mandatory = self.is_mandatory
        service_levels: list[int] | Unset = UNSET
        if not isinstance(self.service_levels, Unset):
            service_levels = self.service_levels

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(list_items, Unset):
            field_dict["ListItems"] = list_items
        if not isinstance(is_mandatory, Unset):
            field_dict["IsMandatory"] = is_mandatory
        if not isinstance(service_levels, Unset):
            field_dict["ServiceLevels"] = service_levels
        if not isinstance(order, Unset):
            field_dict["Order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: CustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldType.parse(_type_)

        def _parse_list_items(data: object) -> list[str] | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[list[str] | None | Unset] = []
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_items_type_0 = cast(list[str], data)

                if is_complete(list_items_type_0):
                    return list_items_type_0
                partial_fits.append(list_items_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(list[str] | None | Unset, data)

        list_items = _parse_list_items(d.pop("ListItems", UNSET))

        is_mandatory = d.pop("IsMandatory", UNSET)

        service_levels = cast(list[int], d.pop("ServiceLevels", UNSET))

        order = d.pop("Order", UNSET)

        _instance = cls(
            name=_unchecked(name),
            type_=_unchecked(type_),
            list_items=list_items,
            is_mandatory=is_mandatory,
            service_levels=service_levels,
            order=order,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
