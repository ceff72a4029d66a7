from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_type import ScheduleType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.block import Block
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="ScheduleListItem")


@_attrs_define
class ScheduleListItem:
    """
    Attributes:
        id (int):
        type_ (ScheduleType):
        reference (str): For activity, reference is activity type ID.<br /> For job and quote, reference would be
            Job/Quote ID and cost center ID separated by hyphen(-).<br /> For leads, reference is lead ID.
        total_hours (float): Total hours or duration of a schedules.
        staff (StaffRef):
        date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        blocks (list[Block]):
    """

    id: int
    type_: ScheduleType
    reference: str
    total_hours: float
    staff: StaffRef
    date: datetime.date
    blocks: list[Block]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        reference = self.reference
        total_hours = self.total_hours
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(total_hours, Unset):
            field_dict["TotalHours"] = total_hours
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(blocks, Unset):
            field_dict["Blocks"] = blocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block import Block  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: ScheduleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ScheduleType.parse(_type_)

        reference = d.pop("Reference", UNSET)

        total_hours = d.pop("TotalHours", UNSET)

        _staff = d.pop("Staff", UNSET)
        staff: StaffRef | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = StaffRef.from_dict(_staff)

        _date = d.pop("Date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _blocks = d.pop("Blocks", UNSET)
        blocks: list[Block] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = Block.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            reference=_unchecked(reference),
            total_hours=_unchecked(total_hours),
            staff=_unchecked(staff),
            date=_unchecked(date),
            blocks=_unchecked(blocks),
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
