from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stock_take_create_type import StockTakeCreateType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.stock_take_create_item_ref import StockTakeCreateItemRef


T = TypeVar("T", bound="StockTakeCreate")


@_attrs_define
class StockTakeCreate:
    """
    Attributes:
        type_ (StockTakeCreateType):
        storage_device (int): ID of a storage device
        stock_take_reason_id (int | Unset):
        approved (bool | Unset):
        items (list[StockTakeCreateItemRef] | Unset):
    """

    type_: StockTakeCreateType
    storage_device: int
    stock_take_reason_id: int | Unset = UNSET
    approved: bool | Unset = UNSET
    items: list[StockTakeCreateItemRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        storage_device = self.storage_device
        stock_take_reason_id = self.stock_take_reason_id
        approved = self.approved
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(stock_take_reason_id, Unset):
            field_dict["stockTakeReasonID"] = stock_take_reason_id
        if not isinstance(approved, Unset):
            field_dict["Approved"] = approved
        if not isinstance(items, Unset):
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_take_create_item_ref import StockTakeCreateItemRef  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: StockTakeCreateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StockTakeCreateType.parse(_type_)

        storage_device = d.pop("StorageDevice", UNSET)

        stock_take_reason_id = d.pop("stockTakeReasonID", UNSET)

        approved = d.pop("Approved", UNSET)

        _items = d.pop("Items", UNSET)
        items: list[StockTakeCreateItemRef] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = StockTakeCreateItemRef.from_dict(items_item_data)

                items.append(items_item)

        _instance = cls(
            type_=_unchecked(type_),
            storage_device=_unchecked(storage_device),
            stock_take_reason_id=stock_take_reason_id,
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
