from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_credit_type import VendorCreditType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.cost_center_ref import CostCenterRef
    from ..models.freight import Freight


T = TypeVar("T", bound="VendorReceiptCredit")


@_attrs_define
class VendorReceiptCredit:
    """
    Attributes:
        id (int):
        type_ (VendorCreditType):
        vendor_credit_no (str):
        notes (str): This column supports HTML formatting.
        currency (str):
        exchange_rate (float):
        tax_rounding (float):
        category (CostCenterRef):
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        freight (Freight):
        restocking_fee (Freight):
        total (Amount):
        date_issued (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
    """

    id: int
    type_: VendorCreditType
    vendor_credit_no: str
    notes: str
    currency: str
    exchange_rate: float
    tax_rounding: float
    category: CostCenterRef
    date_created: datetime.datetime
    date_modified: datetime.datetime
    freight: Freight
    restocking_fee: Freight
    total: Amount
    date_issued: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        vendor_credit_no = self.vendor_credit_no
        notes = self.notes
        currency = self.currency
        exchange_rate = self.exchange_rate
        tax_rounding = self.tax_rounding
        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()
        restocking_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restocking_fee, Unset):
            restocking_fee = self.restocking_fee.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        date_issued: None | str | Unset
        if isinstance(self.date_issued, Unset):
            date_issued = UNSET
        elif isinstance(self.date_issued, datetime.date):
            date_issued = self.date_issued.isoformat()
        else:
            date_issued = self.date_issued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(vendor_credit_no, Unset):
            field_dict["VendorCreditNo"] = vendor_credit_no
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(tax_rounding, Unset):
            field_dict["TaxRounding"] = tax_rounding
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(freight, Unset):
            field_dict["Freight"] = freight
        if not isinstance(restocking_fee, Unset):
            field_dict["RestockingFee"] = restocking_fee
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.freight import Freight  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: VendorCreditType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VendorCreditType.parse(_type_)

        vendor_credit_no = d.pop("VendorCreditNo", UNSET)

        notes = d.pop("Notes", UNSET)

        currency = d.pop("Currency", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        tax_rounding = d.pop("TaxRounding", UNSET)

        _category = d.pop("Category", UNSET)
        category: CostCenterRef | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = CostCenterRef.from_dict(_category)

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

        _freight = d.pop("Freight", UNSET)
        freight: Freight | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = Freight.from_dict(_freight)

        _restocking_fee = d.pop("RestockingFee", UNSET)
        restocking_fee: Freight | Unset
        if isinstance(_restocking_fee, Unset):
            restocking_fee = UNSET
        else:
            restocking_fee = Freight.from_dict(_restocking_fee)

        _total = d.pop("Total", UNSET)
        total: Amount | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Amount.from_dict(_total)

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

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            vendor_credit_no=_unchecked(vendor_credit_no),
            notes=_unchecked(notes),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            tax_rounding=_unchecked(tax_rounding),
            category=_unchecked(category),
            date_created=_unchecked(date_created),
            date_modified=_unchecked(date_modified),
            freight=_unchecked(freight),
            restocking_fee=_unchecked(restocking_fee),
            total=_unchecked(total),
            date_issued=date_issued,
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
