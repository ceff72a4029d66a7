from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_schedule_create_block import ActivityScheduleCreateBlock


T = TypeVar("T", bound="JobCostCenterScheduleUpdate")


@_attrs_define
class JobCostCenterScheduleUpdate:
    """
    Attributes:
        notes (None | str | Unset): This column supports HTML formatting.
        is_locked (bool | Unset):
        staff (int | Unset): ID of a staff
        date (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        blocks (list[ActivityScheduleCreateBlock] | Unset):
    """

    notes: None | str | Unset = UNSET
    is_locked: bool | Unset = UNSET
    staff: int | Unset = UNSET
    date: datetime.date | Unset = UNSET
    blocks: list[ActivityScheduleCreateBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes
        is_locked = self.is_locked
        staff = self.staff
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
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(is_locked, Unset):
            field_dict["IsLocked"] = is_locked
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(blocks, Unset):
            field_dict["Blocks"] = blocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_schedule_create_block import ActivityScheduleCreateBlock  # noqa: PLC0415

        d = dict(src_dict)

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

        is_locked = d.pop("IsLocked", UNSET)

        staff = d.pop("Staff", UNSET)

        _date = d.pop("Date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _blocks = d.pop("Blocks", UNSET)
        blocks: list[ActivityScheduleCreateBlock] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = ActivityScheduleCreateBlock.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        _instance = cls(
            notes=notes,
            is_locked=is_locked,
            staff=staff,
            date=date,
            blocks=blocks,
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
