from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payable_invoice_list_item_type import PayableInvoiceListItemType
from ..models.payment_terms_type import PaymentTermsType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.payable_invoice_list_item_cost_centers import PayableInvoiceListItemCostCenters


T = TypeVar("T", bound="PayableInvoiceListItem")


@_attrs_define
class PayableInvoiceListItem:
    """
    Attributes:
        order_id (int):
        order_no (int):
        reference (str):
        mail_address (str):
        mail_suburb (str):
        mail_state (str):
        mail_postcode (str):
        mail_country (str):
        home_address (str):
        home_suburb (str):
        home_state (str):
        home_postcode (str):
        home_country (str):
        phone_1 (str):
        phone_2 (str):
        fax (str):
        cell_phone (str):
        email (str):
        secondary_email (str):
        payment_term_id (int): ID of a Payment Term<br />This param is recommended for setting up the customer payment
            term
        payment_term (int):
        payment_term_type (PaymentTermsType):
        packing_slip_no (str):
        notes (str):
        currency (str):
        exchange_rate (float):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        category (str): Accounting category reference.
        exported (bool):
        date_due (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        cis_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        cis_amount (float):
        cis_account (str):
        cost_centers (PayableInvoiceListItemCostCenters):
        freight_amount_ex_tax (float):
        freight_amount_inc_tax (float):
        freight_account (int):
        freight_tax_code (str):
        freight_tax_rate (float):
        credit_invoice_id (int):
        credit_invoice_no (int):
        restocking_fee_amount_ex_tax (float):
        restocking_fee_amount_inc_tax (float):
        restocking_fee_account (int):
        restocking_fee_tax_code (str):
        restocking_fee_tax_rate (float):
        notes_formatted (str):
        labor_amount_ex_tax (float):
        material_amount_ex_tax (float):
        variances_amount_ex_tax (float):
        variances_amount_inc_tax (float):
        contractor_staff_id (int):
        amount_ex_tax (float):
        amount_inc_tax (float):
        acc_pay_receipt_id (str):
        acc_pay_receipt_no (int):
        acc_pay_invoice_no (int):
        acc_pay_contact_id (int):
        acc_pay_contact_name (str):
        type_ (PayableInvoiceListItemType):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    order_id: int
    order_no: int
    reference: str
    mail_address: str
    mail_suburb: str
    mail_state: str
    mail_postcode: str
    mail_country: str
    home_address: str
    home_suburb: str
    home_state: str
    home_postcode: str
    home_country: str
    phone_1: str
    phone_2: str
    fax: str
    cell_phone: str
    email: str
    secondary_email: str
    payment_term_id: int
    payment_term: int
    payment_term_type: PaymentTermsType
    packing_slip_no: str
    notes: str
    currency: str
    exchange_rate: float
    date_issued: datetime.date
    category: str
    exported: bool
    date_due: datetime.date
    cis_date: datetime.date
    cis_amount: float
    cis_account: str
    cost_centers: PayableInvoiceListItemCostCenters
    freight_amount_ex_tax: float
    freight_amount_inc_tax: float
    freight_account: int
    freight_tax_code: str
    freight_tax_rate: float
    credit_invoice_id: int
    credit_invoice_no: int
    restocking_fee_amount_ex_tax: float
    restocking_fee_amount_inc_tax: float
    restocking_fee_account: int
    restocking_fee_tax_code: str
    restocking_fee_tax_rate: float
    notes_formatted: str
    labor_amount_ex_tax: float
    material_amount_ex_tax: float
    variances_amount_ex_tax: float
    variances_amount_inc_tax: float
    contractor_staff_id: int
    amount_ex_tax: float
    amount_inc_tax: float
    acc_pay_receipt_id: str
    acc_pay_receipt_no: int
    acc_pay_invoice_no: int
    acc_pay_contact_id: int
    acc_pay_contact_name: str
    type_: PayableInvoiceListItemType
    date_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id
        order_no = self.order_no
        reference = self.reference
        mail_address = self.mail_address
        mail_suburb = self.mail_suburb
        mail_state = self.mail_state
        mail_postcode = self.mail_postcode
        mail_country = self.mail_country
        home_address = self.home_address
        home_suburb = self.home_suburb
        home_state = self.home_state
        home_postcode = self.home_postcode
        home_country = self.home_country
        phone_1 = self.phone_1
        phone_2 = self.phone_2
        fax = self.fax
        cell_phone = self.cell_phone
        email = self.email
        secondary_email = self.secondary_email
        payment_term_id = self.payment_term_id
        payment_term = self.payment_term
        payment_term_type: str | Unset = UNSET
        if not isinstance(self.payment_term_type, Unset):
            payment_term_type = self.payment_term_type.value

        packing_slip_no = self.packing_slip_no
        notes = self.notes
        currency = self.currency
        exchange_rate = self.exchange_rate
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        category = self.category
        exported = self.exported
        date_due: str | Unset = UNSET
        if not isinstance(self.date_due, Unset):
            date_due = self.date_due.isoformat()
        cis_date: str | Unset = UNSET
        if not isinstance(self.cis_date, Unset):
            cis_date = self.cis_date.isoformat()
        cis_amount = self.cis_amount
        cis_account = self.cis_account
        cost_centers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = self.cost_centers.to_dict()
        freight_amount_ex_tax = self.freight_amount_ex_tax
        freight_amount_inc_tax = self.freight_amount_inc_tax
        freight_account = self.freight_account
        freight_tax_code = self.freight_tax_code
        freight_tax_rate = self.freight_tax_rate
        credit_invoice_id = self.credit_invoice_id
        credit_invoice_no = self.credit_invoice_no
        restocking_fee_amount_ex_tax = self.restocking_fee_amount_ex_tax
        restocking_fee_amount_inc_tax = self.restocking_fee_amount_inc_tax
        restocking_fee_account = self.restocking_fee_account
        restocking_fee_tax_code = self.restocking_fee_tax_code
        restocking_fee_tax_rate = self.restocking_fee_tax_rate
        notes_formatted = self.notes_formatted
        labor_amount_ex_tax = self.labor_amount_ex_tax
        material_amount_ex_tax = self.material_amount_ex_tax
        variances_amount_ex_tax = self.variances_amount_ex_tax
        variances_amount_inc_tax = self.variances_amount_inc_tax
        contractor_staff_id = self.contractor_staff_id
        amount_ex_tax = self.amount_ex_tax
        amount_inc_tax = self.amount_inc_tax
        acc_pay_receipt_id = self.acc_pay_receipt_id
        acc_pay_receipt_no = self.acc_pay_receipt_no
        acc_pay_invoice_no = self.acc_pay_invoice_no
        acc_pay_contact_id = self.acc_pay_contact_id
        acc_pay_contact_name = self.acc_pay_contact_name
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(order_id, Unset):
            field_dict["OrderID"] = order_id
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(mail_address, Unset):
            field_dict["MailAddress"] = mail_address
        if not isinstance(mail_suburb, Unset):
            field_dict["MailSuburb"] = mail_suburb
        if not isinstance(mail_state, Unset):
            field_dict["MailState"] = mail_state
        if not isinstance(mail_postcode, Unset):
            field_dict["MailPostcode"] = mail_postcode
        if not isinstance(mail_country, Unset):
            field_dict["MailCountry"] = mail_country
        if not isinstance(home_address, Unset):
            field_dict["HomeAddress"] = home_address
        if not isinstance(home_suburb, Unset):
            field_dict["HomeSuburb"] = home_suburb
        if not isinstance(home_state, Unset):
            field_dict["HomeState"] = home_state
        if not isinstance(home_postcode, Unset):
            field_dict["HomePostcode"] = home_postcode
        if not isinstance(home_country, Unset):
            field_dict["HomeCountry"] = home_country
        if not isinstance(phone_1, Unset):
            field_dict["Phone1"] = phone_1
        if not isinstance(phone_2, Unset):
            field_dict["Phone2"] = phone_2
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(cell_phone, Unset):
            field_dict["CellPhone"] = cell_phone
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(secondary_email, Unset):
            field_dict["SecondaryEmail"] = secondary_email
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_term, Unset):
            field_dict["PaymentTerm"] = payment_term
        if not isinstance(payment_term_type, Unset):
            field_dict["PaymentTermType"] = payment_term_type
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
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(exported, Unset):
            field_dict["Exported"] = exported
        if not isinstance(date_due, Unset):
            field_dict["DateDue"] = date_due
        if not isinstance(cis_date, Unset):
            field_dict["CISDate"] = cis_date
        if not isinstance(cis_amount, Unset):
            field_dict["CISAmount"] = cis_amount
        if not isinstance(cis_account, Unset):
            field_dict["CISAccount"] = cis_account
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(freight_amount_ex_tax, Unset):
            field_dict["FreightAmountExTax"] = freight_amount_ex_tax
        if not isinstance(freight_amount_inc_tax, Unset):
            field_dict["FreightAmountIncTax"] = freight_amount_inc_tax
        if not isinstance(freight_account, Unset):
            field_dict["FreightAccount"] = freight_account
        if not isinstance(freight_tax_code, Unset):
            field_dict["FreightTaxCode"] = freight_tax_code
        if not isinstance(freight_tax_rate, Unset):
            field_dict["FreightTaxRate"] = freight_tax_rate
        if not isinstance(credit_invoice_id, Unset):
            field_dict["CreditInvoiceID"] = credit_invoice_id
        if not isinstance(credit_invoice_no, Unset):
            field_dict["CreditInvoiceNo"] = credit_invoice_no
        if not isinstance(restocking_fee_amount_ex_tax, Unset):
            field_dict["RestockingFeeAmountExTax"] = restocking_fee_amount_ex_tax
        if not isinstance(restocking_fee_amount_inc_tax, Unset):
            field_dict["RestockingFeeAmountIncTax"] = restocking_fee_amount_inc_tax
        if not isinstance(restocking_fee_account, Unset):
            field_dict["RestockingFeeAccount"] = restocking_fee_account
        if not isinstance(restocking_fee_tax_code, Unset):
            field_dict["RestockingFeeTaxCode"] = restocking_fee_tax_code
        if not isinstance(restocking_fee_tax_rate, Unset):
            field_dict["RestockingFeeTaxRate"] = restocking_fee_tax_rate
        if not isinstance(notes_formatted, Unset):
            field_dict["NotesFormatted"] = notes_formatted
        if not isinstance(labor_amount_ex_tax, Unset):
            field_dict["LaborAmountExTax"] = labor_amount_ex_tax
        if not isinstance(material_amount_ex_tax, Unset):
            field_dict["MaterialAmountExTax"] = material_amount_ex_tax
        if not isinstance(variances_amount_ex_tax, Unset):
            field_dict["VariancesAmountExTax"] = variances_amount_ex_tax
        if not isinstance(variances_amount_inc_tax, Unset):
            field_dict["VariancesAmountIncTax"] = variances_amount_inc_tax
        if not isinstance(contractor_staff_id, Unset):
            field_dict["ContractorStaffID"] = contractor_staff_id
        if not isinstance(amount_ex_tax, Unset):
            field_dict["AmountExTax"] = amount_ex_tax
        if not isinstance(amount_inc_tax, Unset):
            field_dict["AmountIncTax"] = amount_inc_tax
        if not isinstance(acc_pay_receipt_id, Unset):
            field_dict["AccPayReceiptID"] = acc_pay_receipt_id
        if not isinstance(acc_pay_receipt_no, Unset):
            field_dict["AccPayReceiptNo"] = acc_pay_receipt_no
        if not isinstance(acc_pay_invoice_no, Unset):
            field_dict["AccPayInvoiceNo"] = acc_pay_invoice_no
        if not isinstance(acc_pay_contact_id, Unset):
            field_dict["AccPayContactID"] = acc_pay_contact_id
        if not isinstance(acc_pay_contact_name, Unset):
            field_dict["AccPayContactName"] = acc_pay_contact_name
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payable_invoice_list_item_cost_centers import PayableInvoiceListItemCostCenters  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("OrderID", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        reference = d.pop("Reference", UNSET)

        mail_address = d.pop("MailAddress", UNSET)

        mail_suburb = d.pop("MailSuburb", UNSET)

        mail_state = d.pop("MailState", UNSET)

        mail_postcode = d.pop("MailPostcode", UNSET)

        mail_country = d.pop("MailCountry", UNSET)

        home_address = d.pop("HomeAddress", UNSET)

        home_suburb = d.pop("HomeSuburb", UNSET)

        home_state = d.pop("HomeState", UNSET)

        home_postcode = d.pop("HomePostcode", UNSET)

        home_country = d.pop("HomeCountry", UNSET)

        phone_1 = d.pop("Phone1", UNSET)

        phone_2 = d.pop("Phone2", UNSET)

        fax = d.pop("Fax", UNSET)

        cell_phone = d.pop("CellPhone", UNSET)

        email = d.pop("Email", UNSET)

        secondary_email = d.pop("SecondaryEmail", UNSET)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        payment_term = d.pop("PaymentTerm", UNSET)

        _payment_term_type = d.pop("PaymentTermType", UNSET)
        payment_term_type: PaymentTermsType | Unset
        if isinstance(_payment_term_type, Unset):
            payment_term_type = UNSET
        else:
            payment_term_type = PaymentTermsType.parse(_payment_term_type)

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

        category = d.pop("Category", UNSET)

        exported = d.pop("Exported", UNSET)

        _date_due = d.pop("DateDue", UNSET)
        date_due: datetime.date | Unset
        if isinstance(_date_due, Unset):
            date_due = UNSET
        else:
            date_due = datetime.date.fromisoformat(_date_due)

        _cis_date = d.pop("CISDate", UNSET)
        cis_date: datetime.date | Unset
        if isinstance(_cis_date, Unset):
            cis_date = UNSET
        else:
            cis_date = datetime.date.fromisoformat(_cis_date)

        cis_amount = d.pop("CISAmount", UNSET)

        cis_account = d.pop("CISAccount", UNSET)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: PayableInvoiceListItemCostCenters | Unset
        if isinstance(_cost_centers, Unset):
            cost_centers = UNSET
        else:
            cost_centers = PayableInvoiceListItemCostCenters.from_dict(_cost_centers)

        freight_amount_ex_tax = d.pop("FreightAmountExTax", UNSET)

        freight_amount_inc_tax = d.pop("FreightAmountIncTax", UNSET)

        freight_account = d.pop("FreightAccount", UNSET)

        freight_tax_code = d.pop("FreightTaxCode", UNSET)

        freight_tax_rate = d.pop("FreightTaxRate", UNSET)

        credit_invoice_id = d.pop("CreditInvoiceID", UNSET)

        credit_invoice_no = d.pop("CreditInvoiceNo", UNSET)

        restocking_fee_amount_ex_tax = d.pop("RestockingFeeAmountExTax", UNSET)

        restocking_fee_amount_inc_tax = d.pop("RestockingFeeAmountIncTax", UNSET)

        restocking_fee_account = d.pop("RestockingFeeAccount", UNSET)

        restocking_fee_tax_code = d.pop("RestockingFeeTaxCode", UNSET)

        restocking_fee_tax_rate = d.pop("RestockingFeeTaxRate", UNSET)

        notes_formatted = d.pop("NotesFormatted", UNSET)

        labor_amount_ex_tax = d.pop("LaborAmountExTax", UNSET)

        material_amount_ex_tax = d.pop("MaterialAmountExTax", UNSET)

        variances_amount_ex_tax = d.pop("VariancesAmountExTax", UNSET)

        variances_amount_inc_tax = d.pop("VariancesAmountIncTax", UNSET)

        contractor_staff_id = d.pop("ContractorStaffID", UNSET)

        amount_ex_tax = d.pop("AmountExTax", UNSET)

        amount_inc_tax = d.pop("AmountIncTax", UNSET)

        acc_pay_receipt_id = d.pop("AccPayReceiptID", UNSET)

        acc_pay_receipt_no = d.pop("AccPayReceiptNo", UNSET)

        acc_pay_invoice_no = d.pop("AccPayInvoiceNo", UNSET)

        acc_pay_contact_id = d.pop("AccPayContactID", UNSET)

        acc_pay_contact_name = d.pop("AccPayContactName", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: PayableInvoiceListItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PayableInvoiceListItemType.parse(_type_)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _instance = cls(
            order_id=_unchecked(order_id),
            order_no=_unchecked(order_no),
            reference=_unchecked(reference),
            mail_address=_unchecked(mail_address),
            mail_suburb=_unchecked(mail_suburb),
            mail_state=_unchecked(mail_state),
            mail_postcode=_unchecked(mail_postcode),
            mail_country=_unchecked(mail_country),
            home_address=_unchecked(home_address),
            home_suburb=_unchecked(home_suburb),
            home_state=_unchecked(home_state),
            home_postcode=_unchecked(home_postcode),
            home_country=_unchecked(home_country),
            phone_1=_unchecked(phone_1),
            phone_2=_unchecked(phone_2),
            fax=_unchecked(fax),
            cell_phone=_unchecked(cell_phone),
            email=_unchecked(email),
            secondary_email=_unchecked(secondary_email),
            payment_term_id=_unchecked(payment_term_id),
            payment_term=_unchecked(payment_term),
            payment_term_type=_unchecked(payment_term_type),
            packing_slip_no=_unchecked(packing_slip_no),
            notes=_unchecked(notes),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            date_issued=_unchecked(date_issued),
            category=_unchecked(category),
            exported=_unchecked(exported),
            date_due=_unchecked(date_due),
            cis_date=_unchecked(cis_date),
            cis_amount=_unchecked(cis_amount),
            cis_account=_unchecked(cis_account),
            cost_centers=_unchecked(cost_centers),
            freight_amount_ex_tax=_unchecked(freight_amount_ex_tax),
            freight_amount_inc_tax=_unchecked(freight_amount_inc_tax),
            freight_account=_unchecked(freight_account),
            freight_tax_code=_unchecked(freight_tax_code),
            freight_tax_rate=_unchecked(freight_tax_rate),
            credit_invoice_id=_unchecked(credit_invoice_id),
            credit_invoice_no=_unchecked(credit_invoice_no),
            restocking_fee_amount_ex_tax=_unchecked(restocking_fee_amount_ex_tax),
            restocking_fee_amount_inc_tax=_unchecked(restocking_fee_amount_inc_tax),
            restocking_fee_account=_unchecked(restocking_fee_account),
            restocking_fee_tax_code=_unchecked(restocking_fee_tax_code),
            restocking_fee_tax_rate=_unchecked(restocking_fee_tax_rate),
            notes_formatted=_unchecked(notes_formatted),
            labor_amount_ex_tax=_unchecked(labor_amount_ex_tax),
            material_amount_ex_tax=_unchecked(material_amount_ex_tax),
            variances_amount_ex_tax=_unchecked(variances_amount_ex_tax),
            variances_amount_inc_tax=_unchecked(variances_amount_inc_tax),
            contractor_staff_id=_unchecked(contractor_staff_id),
            amount_ex_tax=_unchecked(amount_ex_tax),
            amount_inc_tax=_unchecked(amount_inc_tax),
            acc_pay_receipt_id=_unchecked(acc_pay_receipt_id),
            acc_pay_receipt_no=_unchecked(acc_pay_receipt_no),
            acc_pay_invoice_no=_unchecked(acc_pay_invoice_no),
            acc_pay_contact_id=_unchecked(acc_pay_contact_id),
            acc_pay_contact_name=_unchecked(acc_pay_contact_name),
            type_=_unchecked(type_),
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
