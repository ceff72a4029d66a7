from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_total import LineTotal
    from ..models.vendor_receipt_create_total import VendorReceiptCreateTotal


T = TypeVar("T", bound="VendorReceiptUpdate")


@_attrs_define
class VendorReceiptUpdate:
    """
    Attributes:
        vendor_invoice_no (str | Unset):
        packing_slip_no (str | Unset):
        notes (str | Unset): This column supports HTML formatting.
        exchange_rate (float | Unset):
        date_issued (datetime.date | Unset): This date cannot be in the future
        category (int | Unset): ID of a accounting category
        tax_adjustment (float | Unset):
        freight_tax_code (int | Unset): ID of a tax code
        freight (LineTotal | Unset):
        total (VendorReceiptCreateTotal | Unset):
        items_received (bool | Unset):
    """

    vendor_invoice_no: str | Unset = UNSET
    packing_slip_no: str | Unset = UNSET
    notes: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    category: int | Unset = UNSET
    tax_adjustment: float | Unset = UNSET
    freight_tax_code: int | Unset = UNSET
    freight: LineTotal | Unset = UNSET
    total: VendorReceiptCreateTotal | Unset = UNSET
    items_received: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_invoice_no = self.vendor_invoice_no
        packing_slip_no = self.packing_slip_no
        notes = self.notes
        exchange_rate = self.exchange_rate
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        category = self.category
        tax_adjustment = self.tax_adjustment
        freight_tax_code = self.freight_tax_code
        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        items_received = self.items_received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(vendor_invoice_no, Unset):
            field_dict["VendorInvoiceNo"] = vendor_invoice_no
        if not isinstance(packing_slip_no, Unset):
            field_dict["PackingSlipNo"] = packing_slip_no
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(tax_adjustment, Unset):
            field_dict["TaxAdjustment"] = tax_adjustment
        if not isinstance(freight_tax_code, Unset):
            field_dict["FreightTaxCode"] = freight_tax_code
        if not isinstance(freight, Unset):
            field_dict["Freight"] = freight
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(items_received, Unset):
            field_dict["ItemsReceived"] = items_received

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_total import LineTotal  # noqa: PLC0415
        from ..models.vendor_receipt_create_total import VendorReceiptCreateTotal  # noqa: PLC0415

        d = dict(src_dict)
        vendor_invoice_no = d.pop("VendorInvoiceNo", UNSET)

        packing_slip_no = d.pop("PackingSlipNo", UNSET)

        notes = d.pop("Notes", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        category = d.pop("Category", UNSET)

        tax_adjustment = d.pop("TaxAdjustment", UNSET)

        freight_tax_code = d.pop("FreightTaxCode", UNSET)

        _freight = d.pop("Freight", UNSET)
        freight: LineTotal | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = LineTotal.from_dict(_freight)

        _total = d.pop("Total", UNSET)
        total: VendorReceiptCreateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = VendorReceiptCreateTotal.from_dict(_total)

        items_received = d.pop("ItemsReceived", UNSET)

        _instance = cls(
            vendor_invoice_no=vendor_invoice_no,
            packing_slip_no=packing_slip_no,
            notes=notes,
            exchange_rate=exchange_rate,
            date_issued=date_issued,
            category=category,
            tax_adjustment=tax_adjustment,
            freight_tax_code=freight_tax_code,
            freight=freight,
            total=total,
            items_received=items_received,
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
