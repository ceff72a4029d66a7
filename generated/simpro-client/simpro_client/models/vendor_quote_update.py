from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_quote_create_assigned_to import VendorQuoteCreateAssignedTo


T = TypeVar("T", bound="VendorQuoteUpdate")


@_attrs_define
class VendorQuoteUpdate:
    """
    Attributes:
        vendor_notes (str | Unset): This column supports HTML formatting.
        private_notes (str | Unset): This column supports HTML formatting.
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        reference (str | Unset):
        assigned_to (VendorQuoteCreateAssignedTo | Unset):
        winner (int | Unset): ID of a vendor
    """

    vendor_notes: str | Unset = UNSET
    private_notes: str | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    reference: str | Unset = UNSET
    assigned_to: VendorQuoteCreateAssignedTo | Unset = UNSET
    winner: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_notes = self.vendor_notes
        private_notes = self.private_notes
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        reference = self.reference
        assigned_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigned_to, Unset):
            assigned_to = self.assigned_to.to_dict()
        winner = self.winner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(vendor_notes, Unset):
            field_dict["VendorNotes"] = vendor_notes
        if not isinstance(private_notes, Unset):
            field_dict["PrivateNotes"] = private_notes
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(winner, Unset):
            field_dict["Winner"] = winner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_quote_create_assigned_to import VendorQuoteCreateAssignedTo  # noqa: PLC0415

        d = dict(src_dict)
        vendor_notes = d.pop("VendorNotes", UNSET)

        private_notes = d.pop("PrivateNotes", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        reference = d.pop("Reference", UNSET)

        _assigned_to = d.pop("AssignedTo", UNSET)
        assigned_to: VendorQuoteCreateAssignedTo | Unset
        if isinstance(_assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = VendorQuoteCreateAssignedTo.from_dict(_assigned_to)

        winner = d.pop("Winner", UNSET)

        _instance = cls(
            vendor_notes=vendor_notes,
            private_notes=private_notes,
            date_issued=date_issued,
            reference=reference,
            assigned_to=assigned_to,
            winner=winner,
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
