from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="PreferredTech")


@_attrs_define
class PreferredTech:
    """
    Attributes:
        preferred_technicians (StaffRef | Unset):
    """

    preferred_technicians: StaffRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferred_technicians: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_technicians, Unset):
            preferred_technicians = self.preferred_technicians.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(preferred_technicians, Unset):
            field_dict["Preferred technicians"] = preferred_technicians

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        _preferred_technicians = d.pop("Preferred technicians", UNSET)
        preferred_technicians: StaffRef | Unset
        if isinstance(_preferred_technicians, Unset):
            preferred_technicians = UNSET
        else:
            preferred_technicians = StaffRef.from_dict(_preferred_technicians)

        _instance = cls(
            preferred_technicians=preferred_technicians,
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
