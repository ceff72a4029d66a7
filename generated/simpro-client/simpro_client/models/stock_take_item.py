from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="StockTakeItem")


@_attrs_define
class StockTakeItem:
    """
    Attributes:
        id (int):
        part_no (str):
        name (str):
        counted_stock (int):
        variation (int):
        value (int):
    """

    id: int
    part_no: str
    name: str
    counted_stock: int
    variation: int
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        part_no = self.part_no
        name = self.name
        counted_stock = self.counted_stock
        variation = self.variation
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(counted_stock, Unset):
            field_dict["CountedStock"] = counted_stock
        if not isinstance(variation, Unset):
            field_dict["Variation"] = variation
        if not isinstance(value, Unset):
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        part_no = d.pop("PartNo", UNSET)

        name = d.pop("Name", UNSET)

        counted_stock = d.pop("CountedStock", UNSET)

        variation = d.pop("Variation", UNSET)

        value = d.pop("Value", UNSET)

        _instance = cls(
            id=_unchecked(id),
            part_no=_unchecked(part_no),
            name=_unchecked(name),
            counted_stock=_unchecked(counted_stock),
            variation=_unchecked(variation),
            value=_unchecked(value),
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
