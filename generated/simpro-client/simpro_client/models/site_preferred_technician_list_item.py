from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="SitePreferredTechnicianListItem")


@_attrs_define
class SitePreferredTechnicianListItem:
    """
    Attributes:
        staff (StaffRef):
        preference (int | None):
    """

    staff: StaffRef
    preference: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()
        preference: int | None | Unset
        if isinstance(self.preference, Unset):
            preference = UNSET
        else:
            preference = self.preference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(preference, Unset):
            field_dict["Preference"] = preference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        _staff = d.pop("Staff", UNSET)
        staff: StaffRef | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = StaffRef.from_dict(_staff)

        def _parse_preference(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        preference = _parse_preference(d.pop("Preference", UNSET))

        _instance = cls(
            staff=_unchecked(staff),
            preference=_unchecked(preference),
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
