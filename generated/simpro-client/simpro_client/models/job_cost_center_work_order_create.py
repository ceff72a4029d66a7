from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="JobCostCenterWorkOrderCreate")


@_attrs_define
class JobCostCenterWorkOrderCreate:
    """
    Attributes:
        staff (int): ID of a staff
        work_order_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        description_notes (str | Unset): This column supports HTML formatting.
        material_notes (str | Unset): This column supports HTML formatting.
        approved (bool | Unset): set this to true if the work order has been approved.
    """

    staff: int
    work_order_date: datetime.date
    description_notes: str | Unset = UNSET
    material_notes: str | Unset = UNSET
    approved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff = self.staff
        work_order_date: str | Unset = UNSET
        if not isinstance(self.work_order_date, Unset):
            work_order_date = self.work_order_date.isoformat()
        description_notes = self.description_notes
        material_notes = self.material_notes
        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(work_order_date, Unset):
            field_dict["WorkOrderDate"] = work_order_date
        if not isinstance(description_notes, Unset):
            field_dict["DescriptionNotes"] = description_notes
        if not isinstance(material_notes, Unset):
            field_dict["MaterialNotes"] = material_notes
        if not isinstance(approved, Unset):
            field_dict["Approved"] = approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        staff = d.pop("Staff", UNSET)

        _work_order_date = d.pop("WorkOrderDate", UNSET)
        work_order_date: datetime.date | Unset
        if isinstance(_work_order_date, Unset):
            work_order_date = UNSET
        else:
            work_order_date = datetime.date.fromisoformat(_work_order_date)

        description_notes = d.pop("DescriptionNotes", UNSET)

        material_notes = d.pop("MaterialNotes", UNSET)

        approved = d.pop("Approved", UNSET)

        _instance = cls(
            staff=_unchecked(staff),
            work_order_date=_unchecked(work_order_date),
            description_notes=description_notes,
            material_notes=material_notes,
            approved=approved,
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
