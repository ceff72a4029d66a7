from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_invoice_type import JobInvoiceType
from ..models.receivable_invoice_type import ReceivableInvoiceType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.billing_address import BillingAddress
    from ..models.payable_contact_address import PayableContactAddress
    from ..models.receivable_invoice_list_item_amount import ReceivableInvoiceListItemAmount
    from ..models.receivable_invoice_list_item_cost_centers import ReceivableInvoiceListItemCostCenters
    from ..models.receivable_invoice_list_item_payment_terms import ReceivableInvoiceListItemPaymentTerms
    from ..models.receivable_invoice_list_item_site import ReceivableInvoiceListItemSite
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="ReceivableInvoiceListItem")


@_attrs_define
class ReceivableInvoiceListItem:
    """
    Attributes:
        id (int):
        acc_rec_invoice_no (int): Deprecated: AccRecInvoiceNo field is deprecated, please use ID field
        contract_name (str):
        first_name (str):
        last_name (str):
        billing_address (BillingAddress):
        address (PayableContactAddress):
        phone_1 (str):
        phone_2 (str):
        fax (str):
        mobile (str):
        email (str):
        secondary_email (str):
        site (ReceivableInvoiceListItemSite):
        salesperson (str):
        currency (str):
        exchange_rate (float):
        description (str):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        date_due (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        payment_term_id (int): ID of a Payment Term<br />This param is recommended for setting up the customer payment
            term
        payment_terms (ReceivableInvoiceListItemPaymentTerms):
        category (str): Accounting category reference.
        job_no (str):
        order_no (str):
        request_no (str):
        invoice_type (JobInvoiceType):
        paid (bool):
        date_approved (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        voided (bool):
        amount (ReceivableInvoiceListItemAmount):
        status (StatusRef):
        cost_centers (ReceivableInvoiceListItemCostCenters):
        acc_rec_contact_id (int):
        acc_rec_contact_name (str):
        type_ (ReceivableInvoiceType):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        exported (bool):
    """

    id: int
    acc_rec_invoice_no: int
    contract_name: str
    first_name: str
    last_name: str
    billing_address: BillingAddress
    address: PayableContactAddress
    phone_1: str
    phone_2: str
    fax: str
    mobile: str
    email: str
    secondary_email: str
    site: ReceivableInvoiceListItemSite
    salesperson: str
    currency: str
    exchange_rate: float
    description: str
    date_issued: datetime.date
    date_due: datetime.date
    payment_term_id: int
    payment_terms: ReceivableInvoiceListItemPaymentTerms
    category: str
    job_no: str
    order_no: str
    request_no: str
    invoice_type: JobInvoiceType
    paid: bool
    date_approved: datetime.date
    voided: bool
    amount: ReceivableInvoiceListItemAmount
    status: StatusRef
    cost_centers: ReceivableInvoiceListItemCostCenters
    acc_rec_contact_id: int
    acc_rec_contact_name: str
    type_: ReceivableInvoiceType
    date_modified: datetime.datetime
    exported: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        acc_rec_invoice_no = self.acc_rec_invoice_no
        contract_name = self.contract_name
        first_name = self.first_name
        last_name = self.last_name
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        phone_1 = self.phone_1
        phone_2 = self.phone_2
        fax = self.fax
        mobile = self.mobile
        email = self.email
        secondary_email = self.secondary_email
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        salesperson = self.salesperson
        currency = self.currency
        exchange_rate = self.exchange_rate
        description = self.description
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        date_due: str | Unset = UNSET
        if not isinstance(self.date_due, Unset):
            date_due = self.date_due.isoformat()
        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        category = self.category
        job_no = self.job_no
        order_no = self.order_no
        request_no = self.request_no
        invoice_type: str | Unset = UNSET
        if not isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type.value

        paid = self.paid
        date_approved: str | Unset = UNSET
        if not isinstance(self.date_approved, Unset):
            date_approved = self.date_approved.isoformat()
        voided = self.voided
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        cost_centers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = self.cost_centers.to_dict()
        acc_rec_contact_id = self.acc_rec_contact_id
        acc_rec_contact_name = self.acc_rec_contact_name
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        exported = self.exported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(acc_rec_invoice_no, Unset):
            field_dict["AccRecInvoiceNo"] = acc_rec_invoice_no
        if not isinstance(contract_name, Unset):
            field_dict["ContractName"] = contract_name
        if not isinstance(first_name, Unset):
            field_dict["FirstName"] = first_name
        if not isinstance(last_name, Unset):
            field_dict["LastName"] = last_name
        if not isinstance(billing_address, Unset):
            field_dict["BillingAddress"] = billing_address
        if not isinstance(address, Unset):
            field_dict["Address"] = address
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
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(date_due, Unset):
            field_dict["DateDue"] = date_due
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(job_no, Unset):
            field_dict["JobNo"] = job_no
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(request_no, Unset):
            field_dict["RequestNo"] = request_no
        if not isinstance(invoice_type, Unset):
            field_dict["InvoiceType"] = invoice_type
        if not isinstance(paid, Unset):
            field_dict["Paid"] = paid
        if not isinstance(date_approved, Unset):
            field_dict["DateApproved"] = date_approved
        if not isinstance(voided, Unset):
            field_dict["Voided"] = voided
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(acc_rec_contact_id, Unset):
            field_dict["AccRecContactID"] = acc_rec_contact_id
        if not isinstance(acc_rec_contact_name, Unset):
            field_dict["AccRecContactName"] = acc_rec_contact_name
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(exported, Unset):
            field_dict["Exported"] = exported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_address import BillingAddress  # noqa: PLC0415
        from ..models.payable_contact_address import PayableContactAddress  # noqa: PLC0415
        from ..models.receivable_invoice_list_item_amount import ReceivableInvoiceListItemAmount  # noqa: PLC0415
        from ..models.receivable_invoice_list_item_cost_centers import ReceivableInvoiceListItemCostCenters  # noqa: PLC0415
        from ..models.receivable_invoice_list_item_payment_terms import ReceivableInvoiceListItemPaymentTerms  # noqa: PLC0415
        from ..models.receivable_invoice_list_item_site import ReceivableInvoiceListItemSite  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        acc_rec_invoice_no = d.pop("AccRecInvoiceNo", UNSET)

        contract_name = d.pop("ContractName", UNSET)

        first_name = d.pop("FirstName", UNSET)

        last_name = d.pop("LastName", UNSET)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: BillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)

        _address = d.pop("Address", UNSET)
        address: PayableContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = PayableContactAddress.from_dict(_address)

        phone_1 = d.pop("Phone1", UNSET)

        phone_2 = d.pop("Phone2", UNSET)

        fax = d.pop("Fax", UNSET)

        mobile = d.pop("Mobile", UNSET)

        email = d.pop("Email", UNSET)

        secondary_email = d.pop("SecondaryEmail", UNSET)

        _site = d.pop("Site", UNSET)
        site: ReceivableInvoiceListItemSite | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = ReceivableInvoiceListItemSite.from_dict(_site)

        salesperson = d.pop("Salesperson", UNSET)

        currency = d.pop("Currency", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        description = d.pop("Description", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _date_due = d.pop("DateDue", UNSET)
        date_due: datetime.date | Unset
        if isinstance(_date_due, Unset):
            date_due = UNSET
        else:
            date_due = datetime.date.fromisoformat(_date_due)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: ReceivableInvoiceListItemPaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = ReceivableInvoiceListItemPaymentTerms.from_dict(_payment_terms)

        category = d.pop("Category", UNSET)

        job_no = d.pop("JobNo", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        request_no = d.pop("RequestNo", UNSET)

        _invoice_type = d.pop("InvoiceType", UNSET)
        invoice_type: JobInvoiceType | Unset
        if isinstance(_invoice_type, Unset):
            invoice_type = UNSET
        else:
            invoice_type = JobInvoiceType.parse(_invoice_type)

        paid = d.pop("Paid", UNSET)

        _date_approved = d.pop("DateApproved", UNSET)
        date_approved: datetime.date | Unset
        if isinstance(_date_approved, Unset):
            date_approved = UNSET
        else:
            date_approved = datetime.date.fromisoformat(_date_approved)

        voided = d.pop("Voided", UNSET)

        _amount = d.pop("Amount", UNSET)
        amount: ReceivableInvoiceListItemAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = ReceivableInvoiceListItemAmount.from_dict(_amount)

        _status = d.pop("Status", UNSET)
        status: StatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusRef.from_dict(_status)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: ReceivableInvoiceListItemCostCenters | Unset
        if isinstance(_cost_centers, Unset):
            cost_centers = UNSET
        else:
            cost_centers = ReceivableInvoiceListItemCostCenters.from_dict(_cost_centers)

        acc_rec_contact_id = d.pop("AccRecContactID", UNSET)

        acc_rec_contact_name = d.pop("AccRecContactName", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: ReceivableInvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ReceivableInvoiceType.parse(_type_)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        exported = d.pop("Exported", UNSET)

        _instance = cls(
            id=_unchecked(id),
            acc_rec_invoice_no=_unchecked(acc_rec_invoice_no),
            contract_name=_unchecked(contract_name),
            first_name=_unchecked(first_name),
            last_name=_unchecked(last_name),
            billing_address=_unchecked(billing_address),
            address=_unchecked(address),
            phone_1=_unchecked(phone_1),
            phone_2=_unchecked(phone_2),
            fax=_unchecked(fax),
            mobile=_unchecked(mobile),
            email=_unchecked(email),
            secondary_email=_unchecked(secondary_email),
            site=_unchecked(site),
            salesperson=_unchecked(salesperson),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            description=_unchecked(description),
            date_issued=_unchecked(date_issued),
            date_due=_unchecked(date_due),
            payment_term_id=_unchecked(payment_term_id),
            payment_terms=_unchecked(payment_terms),
            category=_unchecked(category),
            job_no=_unchecked(job_no),
            order_no=_unchecked(order_no),
            request_no=_unchecked(request_no),
            invoice_type=_unchecked(invoice_type),
            paid=_unchecked(paid),
            date_approved=_unchecked(date_approved),
            voided=_unchecked(voided),
            amount=_unchecked(amount),
            status=_unchecked(status),
            cost_centers=_unchecked(cost_centers),
            acc_rec_contact_id=_unchecked(acc_rec_contact_id),
            acc_rec_contact_name=_unchecked(acc_rec_contact_name),
            type_=_unchecked(type_),
            date_modified=_unchecked(date_modified),
            exported=_unchecked(exported),
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
