from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_lock_create_type import JobCostCenterLockCreateType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="JobCostCenterLockCreate")


@_attrs_define
class JobCostCenterLockCreate:
    """
    Attributes:
        type_ (JobCostCenterLockCreateType):
    """

    type_: JobCostCenterLockCreateType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: JobCostCenterLockCreateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobCostCenterLockCreateType.parse(_type_)

        _instance = cls(
            type_=_unchecked(type_),
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
