from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef


T = TypeVar("T", bound="JobTimelineListItem")


@_attrs_define
class JobTimelineListItem:
    """
    Attributes:
        type_ (str):
        message (str):
        staff (AddedByRef | None):
        date (str):
    """

    type_: str
    message: str
    staff: AddedByRef | None
    date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415

        type_ = self.type_
        message = self.message
        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, AddedByRef):
            staff = self.staff.to_dict()
        else:
            staff = self.staff
        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(message, Unset):
            field_dict["Message"] = message
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(date, Unset):
            field_dict["Date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("Type", UNSET)

        message = d.pop("Message", UNSET)

        def _parse_staff(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_1 = AddedByRef.from_dict(data)

                if is_complete(staff_type_1):
                    return staff_type_1
                partial_fits.append(staff_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        staff = _parse_staff(d.pop("Staff", UNSET))

        date = d.pop("Date", UNSET)

        _instance = cls(
            type_=_unchecked(type_),
            message=_unchecked(message),
            staff=_unchecked(staff),
            date=_unchecked(date),
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
