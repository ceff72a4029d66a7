from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """
    Attributes:
        id (int):
        name (str):
        billable (bool): Set this to true if this activity is associated to a labor cost
        archived (bool):
        schedule_rate (FolderRef | None | Unset): Set the associated schedule rate if this is a billable activity
    """

    id: int
    name: str
    billable: bool
    archived: bool
    schedule_rate: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        name = self.name
        billable = self.billable
        archived = self.archived
        schedule_rate: dict[str, Any] | None | Unset
        if isinstance(self.schedule_rate, Unset):
            schedule_rate = UNSET
        elif isinstance(self.schedule_rate, FolderRef):
            schedule_rate = self.schedule_rate.to_dict()
        else:
            schedule_rate = self.schedule_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(billable, Unset):
            field_dict["Billable"] = billable
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(schedule_rate, Unset):
            field_dict["ScheduleRate"] = schedule_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        billable = d.pop("Billable", UNSET)

        archived = d.pop("Archived", UNSET)

        def _parse_schedule_rate(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_rate_type_1 = FolderRef.from_dict(data)

                if is_complete(schedule_rate_type_1):
                    return schedule_rate_type_1
                partial_fits.append(schedule_rate_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        schedule_rate = _parse_schedule_rate(d.pop("ScheduleRate", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            billable=_unchecked(billable),
            archived=_unchecked(archived),
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
