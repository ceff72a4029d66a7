from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal
    from ..models.cost_center_ref import CostCenterRef
    from ..models.staff_ref import StaffRef
    from ..models.vendor_quote_assigned_to import VendorQuoteAssignedTo
    from ..models.vendor_quote_catalog import VendorQuoteCatalog


T = TypeVar("T", bound="VendorQuote")


@_attrs_define
class VendorQuote:
    """
    Attributes:
        id (int):
        vendor_notes (str): This column supports HTML formatting.
        private_notes (str): This column supports HTML formatting.
        created_by (StaffRef):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        reference (str):
        vendors (list[CostCenterRef]):
        assigned_to (VendorQuoteAssignedTo):
        winner (CostCenterRef):
        catalogs (list[VendorQuoteCatalog]):
        total (ConvertedFromQuoteTotal):
    """

    id: int
    vendor_notes: str
    private_notes: str
    created_by: StaffRef
    date_issued: datetime.date
    reference: str
    vendors: list[CostCenterRef]
    assigned_to: VendorQuoteAssignedTo
    winner: CostCenterRef
    catalogs: list[VendorQuoteCatalog]
    total: ConvertedFromQuoteTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        vendor_notes = self.vendor_notes
        private_notes = self.private_notes
        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        reference = self.reference
        vendors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendors, Unset):
            vendors = []
            for vendors_item_data in self.vendors:
                vendors_item = vendors_item_data.to_dict()
                vendors.append(vendors_item)

        assigned_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigned_to, Unset):
            assigned_to = self.assigned_to.to_dict()
        winner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.winner, Unset):
            winner = self.winner.to_dict()
        catalogs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalogs, Unset):
            catalogs = []
            for catalogs_item_data in self.catalogs:
                catalogs_item = catalogs_item_data.to_dict()
                catalogs.append(catalogs_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(vendor_notes, Unset):
            field_dict["VendorNotes"] = vendor_notes
        if not isinstance(private_notes, Unset):
            field_dict["PrivateNotes"] = private_notes
        if not isinstance(created_by, Unset):
            field_dict["CreatedBy"] = created_by
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(vendors, Unset):
            field_dict["Vendors"] = vendors
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(winner, Unset):
            field_dict["Winner"] = winner
        if not isinstance(catalogs, Unset):
            field_dict["Catalogs"] = catalogs
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415
        from ..models.vendor_quote_assigned_to import VendorQuoteAssignedTo  # noqa: PLC0415
        from ..models.vendor_quote_catalog import VendorQuoteCatalog  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        vendor_notes = d.pop("VendorNotes", UNSET)

        private_notes = d.pop("PrivateNotes", UNSET)

        _created_by = d.pop("CreatedBy", UNSET)
        created_by: StaffRef | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = StaffRef.from_dict(_created_by)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        reference = d.pop("Reference", UNSET)

        _vendors = d.pop("Vendors", UNSET)
        vendors: list[CostCenterRef] | Unset = UNSET
        if _vendors is not UNSET:
            vendors = []
            for vendors_item_data in _vendors:
                vendors_item = CostCenterRef.from_dict(vendors_item_data)

                vendors.append(vendors_item)

        _assigned_to = d.pop("AssignedTo", UNSET)
        assigned_to: VendorQuoteAssignedTo | Unset
        if isinstance(_assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = VendorQuoteAssignedTo.from_dict(_assigned_to)

        _winner = d.pop("Winner", UNSET)
        winner: CostCenterRef | Unset
        if isinstance(_winner, Unset):
            winner = UNSET
        else:
            winner = CostCenterRef.from_dict(_winner)

        _catalogs = d.pop("Catalogs", UNSET)
        catalogs: list[VendorQuoteCatalog] | Unset = UNSET
        if _catalogs is not UNSET:
            catalogs = []
            for catalogs_item_data in _catalogs:
                catalogs_item = VendorQuoteCatalog.from_dict(catalogs_item_data)

                catalogs.append(catalogs_item)

        _total = d.pop("Total", UNSET)
        total: ConvertedFromQuoteTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ConvertedFromQuoteTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            vendor_notes=_unchecked(vendor_notes),
            private_notes=_unchecked(private_notes),
            created_by=_unchecked(created_by),
            date_issued=_unchecked(date_issued),
            reference=_unchecked(reference),
            vendors=_unchecked(vendors),
            assigned_to=_unchecked(assigned_to),
            winner=_unchecked(winner),
            catalogs=_unchecked(catalogs),
            total=_unchecked(total),
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
