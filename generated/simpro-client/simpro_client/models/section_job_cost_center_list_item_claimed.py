from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remaining import Remaining


T = TypeVar("T", bound="SectionJobCostCenterListItemClaimed")


@_attrs_define
class SectionJobCostCenterListItemClaimed:
    """
    Attributes:
        to_date (Remaining | Unset):
        remaining (Remaining | Unset):
    """

    to_date: Remaining | Unset = UNSET
    remaining: Remaining | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_date, Unset):
            to_date = self.to_date.to_dict()
        remaining: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remaining, Unset):
            remaining = self.remaining.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(to_date, Unset):
            field_dict["ToDate"] = to_date
        if not isinstance(remaining, Unset):
            field_dict["Remaining"] = remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remaining import Remaining  # noqa: PLC0415

        d = dict(src_dict)
        _to_date = d.pop("ToDate", UNSET)
        to_date: Remaining | Unset
        if isinstance(_to_date, Unset):
            to_date = UNSET
        else:
            to_date = Remaining.from_dict(_to_date)

        _remaining = d.pop("Remaining", UNSET)
        remaining: Remaining | Unset
        if isinstance(_remaining, Unset):
            remaining = UNSET
        else:
            remaining = Remaining.from_dict(_remaining)

        _instance = cls(
            to_date=to_date,
            remaining=remaining,
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
