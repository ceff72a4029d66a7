from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="StockTakeListItem")


@_attrs_define
class StockTakeListItem:
    """
    Attributes:
        id (int):
        storage_device (CostCenterRef):
        stock_take_reason_id (int):
        approved (bool):
        value (str):
    """

    id: int
    storage_device: CostCenterRef
    stock_take_reason_id: int
    approved: bool
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        storage_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_device, Unset):
            storage_device = self.storage_device.to_dict()
        stock_take_reason_id = self.stock_take_reason_id
        approved = self.approved
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(stock_take_reason_id, Unset):
            field_dict["stockTakeReasonID"] = stock_take_reason_id
        if not isinstance(approved, Unset):
            field_dict["Approved"] = approved
        if not isinstance(value, Unset):
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _storage_device = d.pop("StorageDevice", UNSET)
        storage_device: CostCenterRef | Unset
        if isinstance(_storage_device, Unset):
            storage_device = UNSET
        else:
            storage_device = CostCenterRef.from_dict(_storage_device)

        stock_take_reason_id = d.pop("stockTakeReasonID", UNSET)

        approved = d.pop("Approved", UNSET)

        value = d.pop("Value", UNSET)

        _instance = cls(
            id=_unchecked(id),
            storage_device=_unchecked(storage_device),
            stock_take_reason_id=_unchecked(stock_take_reason_id),
            approved=_unchecked(approved),
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
