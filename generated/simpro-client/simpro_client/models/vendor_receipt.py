from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.category_ref import CategoryRef
    from ..models.freight_billed_to import FreightBilledTo
    from ..models.tax_code_ref import TaxCodeRef
    from ..models.vendor_receipt_catalogs import VendorReceiptCatalogs
    from ..models.vendor_receipt_total import VendorReceiptTotal


T = TypeVar("T", bound="VendorReceipt")


@_attrs_define
class VendorReceipt:
    """
    Attributes:
        id (int):
        vendor_invoice_no (str):
        packing_slip_no (str):
        notes (str): This column supports HTML formatting.
        currency (str):
        exchange_rate (float):
        date_issued (datetime.date): This date cannot be in the future
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        tax_adjustment (float):
        freight_tax_code (TaxCodeRef):
        freight (Amount):
        total (VendorReceiptTotal):
        items_received (bool):
        catalogs (VendorReceiptCatalogs):
        vendor_order_no (int):
        due_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        category (CategoryRef | None | Unset):
        freight_billed_to (FreightBilledTo | None | Unset):
        items_received_date (datetime.datetime | None | Unset): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00.
            See https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    vendor_invoice_no: str
    packing_slip_no: str
    notes: str
    currency: str
    exchange_rate: float
    date_issued: datetime.date
    date_created: datetime.datetime
    date_modified: datetime.datetime
    tax_adjustment: float
    freight_tax_code: TaxCodeRef
    freight: Amount
    total: VendorReceiptTotal
    items_received: bool
    catalogs: VendorReceiptCatalogs
    vendor_order_no: int
    due_date: datetime.date | None | Unset = UNSET
    category: CategoryRef | None | Unset = UNSET
    freight_billed_to: FreightBilledTo | None | Unset = UNSET
    items_received_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.category_ref import CategoryRef  # noqa: PLC0415
        from ..models.freight_billed_to import FreightBilledTo  # noqa: PLC0415

        id = self.id
        vendor_invoice_no = self.vendor_invoice_no
        packing_slip_no = self.packing_slip_no
        notes = self.notes
        currency = self.currency
        exchange_rate = self.exchange_rate
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        tax_adjustment = self.tax_adjustment
        freight_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_tax_code, Unset):
            freight_tax_code = self.freight_tax_code.to_dict()
        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        items_received = self.items_received
        catalogs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalogs, Unset):
            catalogs = self.catalogs.to_dict()
        vendor_order_no = self.vendor_order_no
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, CategoryRef):
            category = self.category.to_dict()
        else:
            category = self.category
        freight_billed_to: dict[str, Any] | None | Unset
        if isinstance(self.freight_billed_to, Unset):
            freight_billed_to = UNSET
        elif isinstance(self.freight_billed_to, FreightBilledTo):
            freight_billed_to = self.freight_billed_to.to_dict()
        else:
            freight_billed_to = self.freight_billed_to
        items_received_date: None | str | Unset
        if isinstance(self.items_received_date, Unset):
            items_received_date = UNSET
        elif isinstance(self.items_received_date, datetime.datetime):
            items_received_date = self.items_received_date.isoformat()
        else:
            items_received_date = self.items_received_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(vendor_invoice_no, Unset):
            field_dict["VendorInvoiceNo"] = vendor_invoice_no
        if not isinstance(packing_slip_no, Unset):
            field_dict["PackingSlipNo"] = packing_slip_no
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
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
        if not isinstance(catalogs, Unset):
            field_dict["Catalogs"] = catalogs
        if not isinstance(vendor_order_no, Unset):
            field_dict["VendorOrderNo"] = vendor_order_no
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(freight_billed_to, Unset):
            field_dict["FreightBilledTo"] = freight_billed_to
        if not isinstance(items_received_date, Unset):
            field_dict["ItemsReceivedDate"] = items_received_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.category_ref import CategoryRef  # noqa: PLC0415
        from ..models.freight_billed_to import FreightBilledTo  # noqa: PLC0415
        from ..models.tax_code_ref import TaxCodeRef  # noqa: PLC0415
        from ..models.vendor_receipt_catalogs import VendorReceiptCatalogs  # noqa: PLC0415
        from ..models.vendor_receipt_total import VendorReceiptTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        vendor_invoice_no = d.pop("VendorInvoiceNo", UNSET)

        packing_slip_no = d.pop("PackingSlipNo", UNSET)

        notes = d.pop("Notes", UNSET)

        currency = d.pop("Currency", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        tax_adjustment = d.pop("TaxAdjustment", UNSET)

        _freight_tax_code = d.pop("FreightTaxCode", UNSET)
        freight_tax_code: TaxCodeRef | Unset
        if isinstance(_freight_tax_code, Unset):
            freight_tax_code = UNSET
        else:
            freight_tax_code = TaxCodeRef.from_dict(_freight_tax_code)

        _freight = d.pop("Freight", UNSET)
        freight: Amount | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = Amount.from_dict(_freight)

        _total = d.pop("Total", UNSET)
        total: VendorReceiptTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = VendorReceiptTotal.from_dict(_total)

        items_received = d.pop("ItemsReceived", UNSET)

        _catalogs = d.pop("Catalogs", UNSET)
        catalogs: VendorReceiptCatalogs | Unset
        if isinstance(_catalogs, Unset):
            catalogs = UNSET
        else:
            catalogs = VendorReceiptCatalogs.from_dict(_catalogs)

        vendor_order_no = d.pop("VendorOrderNo", UNSET)

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(due_date_type_0):
                    return due_date_type_0
                partial_fits.append(due_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("DueDate", UNSET))

        def _parse_category(data: object) -> CategoryRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CategoryRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_1 = CategoryRef.from_dict(data)

                if is_complete(category_type_1):
                    return category_type_1
                partial_fits.append(category_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CategoryRef | None | Unset, data)

        category = _parse_category(d.pop("Category", UNSET))

        def _parse_freight_billed_to(data: object) -> FreightBilledTo | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FreightBilledTo | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                freight_billed_to_type_1 = FreightBilledTo.from_dict(data)

                if is_complete(freight_billed_to_type_1):
                    return freight_billed_to_type_1
                partial_fits.append(freight_billed_to_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FreightBilledTo | None | Unset, data)

        freight_billed_to = _parse_freight_billed_to(d.pop("FreightBilledTo", UNSET))

        def _parse_items_received_date(data: object) -> datetime.datetime | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.datetime | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                items_received_date_type_0 = datetime.datetime.fromisoformat(data)

                if is_complete(items_received_date_type_0):
                    return items_received_date_type_0
                partial_fits.append(items_received_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.datetime | None | Unset, data)

        items_received_date = _parse_items_received_date(d.pop("ItemsReceivedDate", UNSET))

        _instance = cls(
            id=_unchecked(id),
            vendor_invoice_no=_unchecked(vendor_invoice_no),
            packing_slip_no=_unchecked(packing_slip_no),
            notes=_unchecked(notes),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            date_issued=_unchecked(date_issued),
            date_created=_unchecked(date_created),
            date_modified=_unchecked(date_modified),
            tax_adjustment=_unchecked(tax_adjustment),
            freight_tax_code=_unchecked(freight_tax_code),
            freight=_unchecked(freight),
            total=_unchecked(total),
            items_received=_unchecked(items_received),
            catalogs=_unchecked(catalogs),
            vendor_order_no=_unchecked(vendor_order_no),
            due_date=due_date,
            category=category,
            freight_billed_to=freight_billed_to,
            items_received_date=items_received_date,
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
