from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_credit_type import VendorCreditType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.vendor_receipt_credit_create_catalog import VendorReceiptCreditCreateCatalog
    from ..models.vendor_receipt_credit_create_freight import VendorReceiptCreditCreateFreight


T = TypeVar("T", bound="VendorReceiptCreditCreate")


@_attrs_define
class VendorReceiptCreditCreate:
    """
    Attributes:
        type_ (VendorCreditType):
        catalogs (list[VendorReceiptCreditCreateCatalog]):
        vendor_credit_no (str | Unset):
        date_issued (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        notes (str | Unset): This column supports HTML formatting.
        tax_rounding (float | Unset):
        category (int | Unset): ID of a accounting category
        freight (VendorReceiptCreditCreateFreight | Unset):
        restocking_fee (VendorReceiptCreditCreateFreight | Unset):
    """

    type_: VendorCreditType
    catalogs: list[VendorReceiptCreditCreateCatalog]
    vendor_credit_no: str | Unset = UNSET
    date_issued: datetime.date | None | Unset = UNSET
    notes: str | Unset = UNSET
    tax_rounding: float | Unset = UNSET
    category: int | Unset = UNSET
    freight: VendorReceiptCreditCreateFreight | Unset = UNSET
    restocking_fee: VendorReceiptCreditCreateFreight | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        catalogs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalogs, Unset):
            catalogs = []
            for catalogs_item_data in self.catalogs:
                catalogs_item = catalogs_item_data.to_dict()
                catalogs.append(catalogs_item)

        vendor_credit_no = self.vendor_credit_no
        date_issued: None | str | Unset
        if isinstance(self.date_issued, Unset):
            date_issued = UNSET
        elif isinstance(self.date_issued, datetime.date):
            date_issued = self.date_issued.isoformat()
        else:
            date_issued = self.date_issued
        notes = self.notes
        tax_rounding = self.tax_rounding
        category = self.category
        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()
        restocking_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restocking_fee, Unset):
            restocking_fee = self.restocking_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(catalogs, Unset):
            field_dict["Catalogs"] = catalogs
        if not isinstance(vendor_credit_no, Unset):
            field_dict["VendorCreditNo"] = vendor_credit_no
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(tax_rounding, Unset):
            field_dict["TaxRounding"] = tax_rounding
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(freight, Unset):
            field_dict["Freight"] = freight
        if not isinstance(restocking_fee, Unset):
            field_dict["RestockingFee"] = restocking_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_receipt_credit_create_catalog import VendorReceiptCreditCreateCatalog  # noqa: PLC0415
        from ..models.vendor_receipt_credit_create_freight import VendorReceiptCreditCreateFreight  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: VendorCreditType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VendorCreditType.parse(_type_)

        _catalogs = d.pop("Catalogs", UNSET)
        catalogs: list[VendorReceiptCreditCreateCatalog] | Unset = UNSET
        if _catalogs is not UNSET:
            catalogs = []
            for catalogs_item_data in _catalogs:
                catalogs_item = VendorReceiptCreditCreateCatalog.from_dict(catalogs_item_data)

                catalogs.append(catalogs_item)

        vendor_credit_no = d.pop("VendorCreditNo", UNSET)

        def _parse_date_issued(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_issued_type_0 = datetime.date.fromisoformat(data)

                if is_complete(date_issued_type_0):
                    return date_issued_type_0
                partial_fits.append(date_issued_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        date_issued = _parse_date_issued(d.pop("DateIssued", UNSET))

        notes = d.pop("Notes", UNSET)

        tax_rounding = d.pop("TaxRounding", UNSET)

        category = d.pop("Category", UNSET)

        _freight = d.pop("Freight", UNSET)
        freight: VendorReceiptCreditCreateFreight | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = VendorReceiptCreditCreateFreight.from_dict(_freight)

        _restocking_fee = d.pop("RestockingFee", UNSET)
        restocking_fee: VendorReceiptCreditCreateFreight | Unset
        if isinstance(_restocking_fee, Unset):
            restocking_fee = UNSET
        else:
            restocking_fee = VendorReceiptCreditCreateFreight.from_dict(_restocking_fee)

        _instance = cls(
            type_=_unchecked(type_),
            catalogs=_unchecked(catalogs),
            vendor_credit_no=vendor_credit_no,
            date_issued=date_issued,
            notes=notes,
            tax_rounding=tax_rounding,
            category=category,
            freight=freight,
            restocking_fee=restocking_fee,
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
