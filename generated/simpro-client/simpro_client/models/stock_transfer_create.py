from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.stock_transfer_create_item import StockTransferCreateItem


T = TypeVar("T", bound="StockTransferCreate")


@_attrs_define
class StockTransferCreate:
    """
    Attributes:
        source_storage_device_id (int): ID of a Storage Device.
        items (list[StockTransferCreateItem]):
        stock_transfer_reason_id (int | Unset): Stock Transfer Reason ID
        transfer_date (datetime.date | Unset): Transfer date for stock.
    """

    source_storage_device_id: int
    items: list[StockTransferCreateItem]
    stock_transfer_reason_id: int | Unset = UNSET
    transfer_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_storage_device_id = self.source_storage_device_id
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        stock_transfer_reason_id = self.stock_transfer_reason_id
        transfer_date: str | Unset = UNSET
        if not isinstance(self.transfer_date, Unset):
            transfer_date = self.transfer_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(source_storage_device_id, Unset):
            field_dict["SourceStorageDeviceID"] = source_storage_device_id
        if not isinstance(items, Unset):
            field_dict["Items"] = items
        if not isinstance(stock_transfer_reason_id, Unset):
            field_dict["stockTransferReasonID"] = stock_transfer_reason_id
        if not isinstance(transfer_date, Unset):
            field_dict["TransferDate"] = transfer_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_transfer_create_item import StockTransferCreateItem  # noqa: PLC0415

        d = dict(src_dict)
        source_storage_device_id = d.pop("SourceStorageDeviceID", UNSET)

        _items = d.pop("Items", UNSET)
        items: list[StockTransferCreateItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = StockTransferCreateItem.from_dict(items_item_data)

                items.append(items_item)

        stock_transfer_reason_id = d.pop("stockTransferReasonID", UNSET)

        _transfer_date = d.pop("TransferDate", UNSET)
        transfer_date: datetime.date | Unset
        if isinstance(_transfer_date, Unset):
            transfer_date = UNSET
        else:
            transfer_date = datetime.date.fromisoformat(_transfer_date)

        _instance = cls(
            source_storage_device_id=_unchecked(source_storage_device_id),
            items=_unchecked(items),
            stock_transfer_reason_id=stock_transfer_reason_id,
            transfer_date=transfer_date,
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
