from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.line_total import LineTotal


T = TypeVar("T", bound="ContractorInvoiceCreateVariance")


@_attrs_define
class ContractorInvoiceCreateVariance:
    """
    Attributes:
        contractor (int): ID of a contractor
        cost_center (int): ID of a cost center
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        approved_by (int): ID of a staff
        line_total (LineTotal):
        description (str | Unset):
    """

    contractor: int
    cost_center: int
    date_issued: datetime.date
    approved_by: int
    line_total: LineTotal
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contractor = self.contractor
        cost_center = self.cost_center
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        approved_by = self.approved_by
        line_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_total, Unset):
            line_total = self.line_total.to_dict()
        description = self.description

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
        if not isinstance(line_total, Unset):
            field_dict["LineTotal"] = line_total
        if not isinstance(description, Unset):
            field_dict["Description"] = description

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

        _line_total = d.pop("LineTotal", UNSET)
        line_total: LineTotal | Unset
        if isinstance(_line_total, Unset):
            line_total = UNSET
        else:
            line_total = LineTotal.from_dict(_line_total)

        description = d.pop("Description", UNSET)

        _instance = cls(
            contractor=_unchecked(contractor),
            cost_center=_unchecked(cost_center),
            date_issued=_unchecked(date_issued),
            approved_by=_unchecked(approved_by),
            line_total=_unchecked(line_total),
            description=description,
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
