from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.approved_by_ref import ApprovedByRef
    from ..models.cost_center_ref import CostCenterRef
    from ..models.stock_take_item import StockTakeItem
    from ..models.stock_value import StockValue


T = TypeVar("T", bound="StockTake")


@_attrs_define
class StockTake:
    """
    Attributes:
        id (int):
        storage_device (CostCenterRef):
        stock_take_reason_id (int):
        stock_take_date (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        created_by (ApprovedByRef):
        approved (bool):
        approved_date (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        approved_by (list[ApprovedByRef]):
        items (list[StockTakeItem]):
        stock_value (StockValue):
        value (str):
    """

    id: int
    storage_device: CostCenterRef
    stock_take_reason_id: int
    stock_take_date: datetime.datetime
    created_by: ApprovedByRef
    approved: bool
    approved_date: datetime.datetime
    approved_by: list[ApprovedByRef]
    items: list[StockTakeItem]
    stock_value: StockValue
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        storage_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_device, Unset):
            storage_device = self.storage_device.to_dict()
        stock_take_reason_id = self.stock_take_reason_id
        stock_take_date: str | Unset = UNSET
        if not isinstance(self.stock_take_date, Unset):
            stock_take_date = self.stock_take_date.isoformat()
        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()
        approved = self.approved
        approved_date: str | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = self.approved_date.isoformat()
        approved_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approved_by, Unset):
            approved_by = []
            for approved_by_item_data in self.approved_by:
                approved_by_item = approved_by_item_data.to_dict()
                approved_by.append(approved_by_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        stock_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_value, Unset):
            stock_value = self.stock_value.to_dict()
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(stock_take_reason_id, Unset):
            field_dict["stockTakeReasonID"] = stock_take_reason_id
        if not isinstance(stock_take_date, Unset):
            field_dict["StockTakeDate"] = stock_take_date
        if not isinstance(created_by, Unset):
            field_dict["CreatedBy"] = created_by
        if not isinstance(approved, Unset):
            field_dict["Approved"] = approved
        if not isinstance(approved_date, Unset):
            field_dict["ApprovedDate"] = approved_date
        if not isinstance(approved_by, Unset):
            field_dict["ApprovedBy"] = approved_by
        if not isinstance(items, Unset):
            field_dict["Items"] = items
        if not isinstance(stock_value, Unset):
            field_dict["StockValue"] = stock_value
        if not isinstance(value, Unset):
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approved_by_ref import ApprovedByRef  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.stock_take_item import StockTakeItem  # noqa: PLC0415
        from ..models.stock_value import StockValue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _storage_device = d.pop("StorageDevice", UNSET)
        storage_device: CostCenterRef | Unset
        if isinstance(_storage_device, Unset):
            storage_device = UNSET
        else:
            storage_device = CostCenterRef.from_dict(_storage_device)

        stock_take_reason_id = d.pop("stockTakeReasonID", UNSET)

        _stock_take_date = d.pop("StockTakeDate", UNSET)
        stock_take_date: datetime.datetime | Unset
        if isinstance(_stock_take_date, Unset):
            stock_take_date = UNSET
        else:
            stock_take_date = datetime.datetime.fromisoformat(_stock_take_date)

        _created_by = d.pop("CreatedBy", UNSET)
        created_by: ApprovedByRef | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = ApprovedByRef.from_dict(_created_by)

        approved = d.pop("Approved", UNSET)

        _approved_date = d.pop("ApprovedDate", UNSET)
        approved_date: datetime.datetime | Unset
        if isinstance(_approved_date, Unset):
            approved_date = UNSET
        else:
            approved_date = datetime.datetime.fromisoformat(_approved_date)

        _approved_by = d.pop("ApprovedBy", UNSET)
        approved_by: list[ApprovedByRef] | Unset = UNSET
        if _approved_by is not UNSET:
            approved_by = []
            for approved_by_item_data in _approved_by:
                approved_by_item = ApprovedByRef.from_dict(approved_by_item_data)

                approved_by.append(approved_by_item)

        _items = d.pop("Items", UNSET)
        items: list[StockTakeItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = StockTakeItem.from_dict(items_item_data)

                items.append(items_item)

        _stock_value = d.pop("StockValue", UNSET)
        stock_value: StockValue | Unset
        if isinstance(_stock_value, Unset):
            stock_value = UNSET
        else:
            stock_value = StockValue.from_dict(_stock_value)

        value = d.pop("Value", UNSET)

        _instance = cls(
            id=_unchecked(id),
            storage_device=_unchecked(storage_device),
            stock_take_reason_id=_unchecked(stock_take_reason_id),
            stock_take_date=_unchecked(stock_take_date),
            created_by=_unchecked(created_by),
            approved=_unchecked(approved),
            approved_date=_unchecked(approved_date),
            approved_by=_unchecked(approved_by),
            items=_unchecked(items),
            stock_value=_unchecked(stock_value),
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
