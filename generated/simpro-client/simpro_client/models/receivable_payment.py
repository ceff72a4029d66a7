from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.billing_address import BillingAddress
    from ..models.payable_contact_address import PayableContactAddress
    from ..models.receivable_payment_invoice import ReceivablePaymentInvoice


T = TypeVar("T", bound="ReceivablePayment")


@_attrs_define
class ReceivablePayment:
    """
    Attributes:
        id (int):
        first_name (str):
        last_name (str):
        address (PayableContactAddress):
        billing_address (BillingAddress):
        phone_1 (str):
        phone_2 (str):
        fax (str):
        mobile (str):
        email (str):
        secondary_email (str):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        payment_method (str):
        account_no (str):
        payment_details (str):
        notes (str):
        exchange_rate (float):
        cheque_no (str):
        currency (str):
        invoices (list[ReceivablePaymentInvoice]):
        acc_rec_payment_no (int):
        acc_rec_contact_id (int):
        acc_rec_contact_name (str):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    first_name: str
    last_name: str
    address: PayableContactAddress
    billing_address: BillingAddress
    phone_1: str
    phone_2: str
    fax: str
    mobile: str
    email: str
    secondary_email: str
    date_issued: datetime.date
    payment_method: str
    account_no: str
    payment_details: str
    notes: str
    exchange_rate: float
    cheque_no: str
    currency: str
    invoices: list[ReceivablePaymentInvoice]
    acc_rec_payment_no: int
    acc_rec_contact_id: int
    acc_rec_contact_name: str
    date_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        first_name = self.first_name
        last_name = self.last_name
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()
        phone_1 = self.phone_1
        phone_2 = self.phone_2
        fax = self.fax
        mobile = self.mobile
        email = self.email
        secondary_email = self.secondary_email
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        payment_method = self.payment_method
        account_no = self.account_no
        payment_details = self.payment_details
        notes = self.notes
        exchange_rate = self.exchange_rate
        cheque_no = self.cheque_no
        currency = self.currency
        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        acc_rec_payment_no = self.acc_rec_payment_no
        acc_rec_contact_id = self.acc_rec_contact_id
        acc_rec_contact_name = self.acc_rec_contact_name
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(first_name, Unset):
            field_dict["FirstName"] = first_name
        if not isinstance(last_name, Unset):
            field_dict["LastName"] = last_name
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(billing_address, Unset):
            field_dict["BillingAddress"] = billing_address
        if not isinstance(phone_1, Unset):
            field_dict["Phone1"] = phone_1
        if not isinstance(phone_2, Unset):
            field_dict["Phone2"] = phone_2
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(mobile, Unset):
            field_dict["Mobile"] = mobile
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(secondary_email, Unset):
            field_dict["SecondaryEmail"] = secondary_email
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(payment_method, Unset):
            field_dict["PaymentMethod"] = payment_method
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(payment_details, Unset):
            field_dict["PaymentDetails"] = payment_details
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(cheque_no, Unset):
            field_dict["ChequeNo"] = cheque_no
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(invoices, Unset):
            field_dict["Invoices"] = invoices
        if not isinstance(acc_rec_payment_no, Unset):
            field_dict["AccRecPaymentNo"] = acc_rec_payment_no
        if not isinstance(acc_rec_contact_id, Unset):
            field_dict["AccRecContactID"] = acc_rec_contact_id
        if not isinstance(acc_rec_contact_name, Unset):
            field_dict["AccRecContactName"] = acc_rec_contact_name
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_address import BillingAddress  # noqa: PLC0415
        from ..models.payable_contact_address import PayableContactAddress  # noqa: PLC0415
        from ..models.receivable_payment_invoice import ReceivablePaymentInvoice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        first_name = d.pop("FirstName", UNSET)

        last_name = d.pop("LastName", UNSET)

        _address = d.pop("Address", UNSET)
        address: PayableContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = PayableContactAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: BillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)

        phone_1 = d.pop("Phone1", UNSET)

        phone_2 = d.pop("Phone2", UNSET)

        fax = d.pop("Fax", UNSET)

        mobile = d.pop("Mobile", UNSET)

        email = d.pop("Email", UNSET)

        secondary_email = d.pop("SecondaryEmail", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        payment_method = d.pop("PaymentMethod", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        payment_details = d.pop("PaymentDetails", UNSET)

        notes = d.pop("Notes", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        cheque_no = d.pop("ChequeNo", UNSET)

        currency = d.pop("Currency", UNSET)

        _invoices = d.pop("Invoices", UNSET)
        invoices: list[ReceivablePaymentInvoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = ReceivablePaymentInvoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        acc_rec_payment_no = d.pop("AccRecPaymentNo", UNSET)

        acc_rec_contact_id = d.pop("AccRecContactID", UNSET)

        acc_rec_contact_name = d.pop("AccRecContactName", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _instance = cls(
            id=_unchecked(id),
            first_name=_unchecked(first_name),
            last_name=_unchecked(last_name),
            address=_unchecked(address),
            billing_address=_unchecked(billing_address),
            phone_1=_unchecked(phone_1),
            phone_2=_unchecked(phone_2),
            fax=_unchecked(fax),
            mobile=_unchecked(mobile),
            email=_unchecked(email),
            secondary_email=_unchecked(secondary_email),
            date_issued=_unchecked(date_issued),
            payment_method=_unchecked(payment_method),
            account_no=_unchecked(account_no),
            payment_details=_unchecked(payment_details),
            notes=_unchecked(notes),
            exchange_rate=_unchecked(exchange_rate),
            cheque_no=_unchecked(cheque_no),
            currency=_unchecked(currency),
            invoices=_unchecked(invoices),
            acc_rec_payment_no=_unchecked(acc_rec_payment_no),
            acc_rec_contact_id=_unchecked(acc_rec_contact_id),
            acc_rec_contact_name=_unchecked(acc_rec_contact_name),
            date_modified=_unchecked(date_modified),
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
