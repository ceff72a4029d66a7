from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ActivityCreate")


@_attrs_define
class ActivityCreate:
    """
    Attributes:
        name (str):
        billable (bool | Unset): Set this to true if this activity is associated to a labor cost
        schedule_rate (int | Unset): ID of a schedule rate
    """

    name: str
    billable: bool | Unset = UNSET
    schedule_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        billable = self.billable
        schedule_rate = self.schedule_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(billable, Unset):
            field_dict["Billable"] = billable
        if not isinstance(schedule_rate, Unset):
            field_dict["ScheduleRate"] = schedule_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        billable = d.pop("Billable", UNSET)

        schedule_rate = d.pop("ScheduleRate", UNSET)

        _instance = cls(
            name=_unchecked(name),
            billable=billable,
            schedule_rate=schedule_rate,
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
