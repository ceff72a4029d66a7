from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostCenterCreateRates")


@_attrs_define
class CostCenterCreateRates:
    """
    Attributes:
        service_fee (int | Unset): ID of a service fee
        labor_rate (int | Unset): ID of a labor rate
    """

    service_fee: int | Unset = UNSET
    labor_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_fee = self.service_fee
        labor_rate = self.labor_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(service_fee, Unset):
            field_dict["ServiceFee"] = service_fee
        if not isinstance(labor_rate, Unset):
            field_dict["LaborRate"] = labor_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_fee = d.pop("ServiceFee", UNSET)

        labor_rate = d.pop("LaborRate", UNSET)

        _instance = cls(
            service_fee=service_fee,
            labor_rate=labor_rate,
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
