from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="CustomerContractLaborRateListItem")


@_attrs_define
class CustomerContractLaborRateListItem:
    """
    Attributes:
        labor_rate (CostCenterRef):
        is_default (bool): Default labor rate.
    """

    labor_rate: CostCenterRef
    is_default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labor_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_rate, Unset):
            labor_rate = self.labor_rate.to_dict()
        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(labor_rate, Unset):
            field_dict["LaborRate"] = labor_rate
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _labor_rate = d.pop("LaborRate", UNSET)
        labor_rate: CostCenterRef | Unset
        if isinstance(_labor_rate, Unset):
            labor_rate = UNSET
        else:
            labor_rate = CostCenterRef.from_dict(_labor_rate)

        is_default = d.pop("IsDefault", UNSET)

        _instance = cls(
            labor_rate=_unchecked(labor_rate),
            is_default=_unchecked(is_default),
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
