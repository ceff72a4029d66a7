from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.block import Block
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="JobCostCenterSchedule")


@_attrs_define
class JobCostCenterSchedule:
    """
    Attributes:
        id (int):
        total_hours (float):
        is_locked (bool):
        recurring_schedule_id (int):
        staff (StaffRef):
        date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        blocks (list[Block]):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        notes (None | str | Unset): This column supports HTML formatting.
    """

    id: int
    total_hours: float
    is_locked: bool
    recurring_schedule_id: int
    staff: StaffRef
    date: datetime.date
    blocks: list[Block]
    date_modified: datetime.datetime
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        total_hours = self.total_hours
        is_locked = self.is_locked
        recurring_schedule_id = self.recurring_schedule_id
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

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(total_hours, Unset):
            field_dict["TotalHours"] = total_hours
        if not isinstance(is_locked, Unset):
            field_dict["IsLocked"] = is_locked
        if not isinstance(recurring_schedule_id, Unset):
            field_dict["RecurringScheduleID"] = recurring_schedule_id
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(blocks, Unset):
            field_dict["Blocks"] = blocks
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block import Block  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        total_hours = d.pop("TotalHours", UNSET)

        is_locked = d.pop("IsLocked", UNSET)

        recurring_schedule_id = d.pop("RecurringScheduleID", UNSET)

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

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        def _parse_notes(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("Notes", UNSET))

        _instance = cls(
            id=_unchecked(id),
            total_hours=_unchecked(total_hours),
            is_locked=_unchecked(is_locked),
            recurring_schedule_id=_unchecked(recurring_schedule_id),
            staff=_unchecked(staff),
            date=_unchecked(date),
            blocks=_unchecked(blocks),
            date_modified=_unchecked(date_modified),
            notes=notes,
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
