from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_take_create_item_ref import StockTakeCreateItemRef


T = TypeVar("T", bound="StockTakeUpdate")


@_attrs_define
class StockTakeUpdate:
    """
    Attributes:
        approved (bool | Unset):
        items (list[StockTakeCreateItemRef] | Unset):
    """

    approved: bool | Unset = UNSET
    items: list[StockTakeCreateItemRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(approved, Unset):
            field_dict["Approved"] = approved
        if not isinstance(items, Unset):
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_take_create_item_ref import StockTakeCreateItemRef  # noqa: PLC0415

        d = dict(src_dict)
        approved = d.pop("Approved", UNSET)

        _items = d.pop("Items", UNSET)
        items: list[StockTakeCreateItemRef] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = StockTakeCreateItemRef.from_dict(items_item_data)

                items.append(items_item)

        _instance = cls(
            approved=approved,
            items=items,
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
