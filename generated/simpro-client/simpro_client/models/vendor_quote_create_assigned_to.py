from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_ref_type import WorkOrderRefType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorQuoteCreateAssignedTo")


@_attrs_define
class VendorQuoteCreateAssignedTo:
    """
    Attributes:
        cost_center (int | Unset): ID of a cost center
        type_ (WorkOrderRefType | Unset):
    """

    cost_center: int | Unset = UNSET
    type_: WorkOrderRefType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_center = self.cost_center
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_center = d.pop("CostCenter", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: WorkOrderRefType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WorkOrderRefType.parse(_type_)

        _instance = cls(
            cost_center=cost_center,
            type_=type_,
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
