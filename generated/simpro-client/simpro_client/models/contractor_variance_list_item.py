from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.contractor_ref import ContractorRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="ContractorVarianceListItem")


@_attrs_define
class ContractorVarianceListItem:
    """
    Attributes:
        id (int):
        contractor (ContractorRef):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        approved_by (StaffRef):
        line_total (Amount):
    """

    id: int
    contractor: ContractorRef
    date_issued: datetime.date
    approved_by: StaffRef
    line_total: Amount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        contractor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contractor, Unset):
            contractor = self.contractor.to_dict()
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        approved_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved_by, Unset):
            approved_by = self.approved_by.to_dict()
        line_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_total, Unset):
            line_total = self.line_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(contractor, Unset):
            field_dict["Contractor"] = contractor
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(approved_by, Unset):
            field_dict["ApprovedBy"] = approved_by
        if not isinstance(line_total, Unset):
            field_dict["LineTotal"] = line_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.contractor_ref import ContractorRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _contractor = d.pop("Contractor", UNSET)
        contractor: ContractorRef | Unset
        if isinstance(_contractor, Unset):
            contractor = UNSET
        else:
            contractor = ContractorRef.from_dict(_contractor)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _approved_by = d.pop("ApprovedBy", UNSET)
        approved_by: StaffRef | Unset
        if isinstance(_approved_by, Unset):
            approved_by = UNSET
        else:
            approved_by = StaffRef.from_dict(_approved_by)

        _line_total = d.pop("LineTotal", UNSET)
        line_total: Amount | Unset
        if isinstance(_line_total, Unset):
            line_total = UNSET
        else:
            line_total = Amount.from_dict(_line_total)

        _instance = cls(
            id=_unchecked(id),
            contractor=_unchecked(contractor),
            date_issued=_unchecked(date_issued),
            approved_by=_unchecked(approved_by),
            line_total=_unchecked(line_total),
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
