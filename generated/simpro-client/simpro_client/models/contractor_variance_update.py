from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_total import LineTotal


T = TypeVar("T", bound="ContractorVarianceUpdate")


@_attrs_define
class ContractorVarianceUpdate:
    """
    Attributes:
        contractor (int | Unset): ID of a contractor
        cost_center (int | Unset): ID of a cost center
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        approved_by (int | Unset): ID of a staff
        description (str | Unset):
        line_total (LineTotal | Unset):
    """

    contractor: int | Unset = UNSET
    cost_center: int | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    approved_by: int | Unset = UNSET
    description: str | Unset = UNSET
    line_total: LineTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contractor = self.contractor
        cost_center = self.cost_center
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        approved_by = self.approved_by
        description = self.description
        line_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_total, Unset):
            line_total = self.line_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(contractor, Unset):
            field_dict["Contractor"] = contractor
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(approved_by, Unset):
            field_dict["ApprovedBy"] = approved_by
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(line_total, Unset):
            field_dict["LineTotal"] = line_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_total import LineTotal  # noqa: PLC0415

        d = dict(src_dict)
        contractor = d.pop("Contractor", UNSET)

        cost_center = d.pop("CostCenter", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        approved_by = d.pop("ApprovedBy", UNSET)

        description = d.pop("Description", UNSET)

        _line_total = d.pop("LineTotal", UNSET)
        line_total: LineTotal | Unset
        if isinstance(_line_total, Unset):
            line_total = UNSET
        else:
            line_total = LineTotal.from_dict(_line_total)

        _instance = cls(
            contractor=contractor,
            cost_center=cost_center,
            date_issued=date_issued,
            approved_by=approved_by,
            description=description,
            line_total=line_total,
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
