from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="Assignee")


@_attrs_define
class Assignee:
    """
    Attributes:
        assigning_staff (StaffRef | Unset):
    """

    assigning_staff: StaffRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigning_staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigning_staff, Unset):
            assigning_staff = self.assigning_staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(assigning_staff, Unset):
            field_dict["Assigning Staff"] = assigning_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        _assigning_staff = d.pop("Assigning Staff", UNSET)
        assigning_staff: StaffRef | Unset
        if isinstance(_assigning_staff, Unset):
            assigning_staff = UNSET
        else:
            assigning_staff = StaffRef.from_dict(_assigning_staff)

        _instance = cls(
            assigning_staff=assigning_staff,
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
