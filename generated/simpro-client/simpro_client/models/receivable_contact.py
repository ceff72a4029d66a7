from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.billing_address import BillingAddress
    from ..models.cost_center_ref import CostCenterRef
    from ..models.payable_contact_address import PayableContactAddress
    from ..models.payable_contact_banking import PayableContactBanking
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.receivable_contact_list_item_rates import ReceivableContactListItemRates


T = TypeVar("T", bound="ReceivableContact")


@_attrs_define
class ReceivableContact:
    """
    Attributes:
        id (int):
        acc_rec_contact_name (str):
        is_company (bool):
        title (str):
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
        currency (str):
        website (str):
        notes (str):
        tax_number (str):
        company_number (str):
        on_stop (bool): Whether the credit in on stop
        credit_limit (float):
        customer_profile (CostCenterRef):
        customer_group (CostCenterRef):
        rates (ReceivableContactListItemRates):
        banking (PayableContactBanking):
        customer_type (str):
        payment_method (str):
        priority_tax_code (int):
        order_no_req (bool):
        labour_rate (float):
        custom_fields (list[ReceivableContactListItemCustomField]):
        tags (list[CostCenterRef]):
        archived (bool):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    acc_rec_contact_name: str
    is_company: bool
    title: str
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
    currency: str
    website: str
    notes: str
    tax_number: str
    company_number: str
    on_stop: bool
    credit_limit: float
    customer_profile: CostCenterRef
    customer_group: CostCenterRef
    rates: ReceivableContactListItemRates
    banking: PayableContactBanking
    customer_type: str
    payment_method: str
    priority_tax_code: int
    order_no_req: bool
    labour_rate: float
    custom_fields: list[ReceivableContactListItemCustomField]
    tags: list[CostCenterRef]
    archived: bool
    date_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        acc_rec_contact_name = self.acc_rec_contact_name
        is_company = self.is_company
        title = self.title
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
        currency = self.currency
        website = self.website
        notes = self.notes
        tax_number = self.tax_number
        company_number = self.company_number
        on_stop = self.on_stop
        credit_limit = self.credit_limit
        customer_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_profile, Unset):
            customer_profile = self.customer_profile.to_dict()
        customer_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_group, Unset):
            customer_group = self.customer_group.to_dict()
        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()
        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()
        customer_type = self.customer_type
        payment_method = self.payment_method
        priority_tax_code = self.priority_tax_code
        order_no_req = self.order_no_req
        labour_rate = self.labour_rate
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        archived = self.archived
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(acc_rec_contact_name, Unset):
            field_dict["AccRecContactName"] = acc_rec_contact_name
        if not isinstance(is_company, Unset):
            field_dict["IsCompany"] = is_company
        if not isinstance(title, Unset):
            field_dict["Title"] = title
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
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(website, Unset):
            field_dict["Website"] = website
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(tax_number, Unset):
            field_dict["TaxNumber"] = tax_number
        if not isinstance(company_number, Unset):
            field_dict["CompanyNumber"] = company_number
        if not isinstance(on_stop, Unset):
            field_dict["OnStop"] = on_stop
        if not isinstance(credit_limit, Unset):
            field_dict["CreditLimit"] = credit_limit
        if not isinstance(customer_profile, Unset):
            field_dict["CustomerProfile"] = customer_profile
        if not isinstance(customer_group, Unset):
            field_dict["CustomerGroup"] = customer_group
        if not isinstance(rates, Unset):
            field_dict["Rates"] = rates
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking
        if not isinstance(customer_type, Unset):
            field_dict["CustomerType"] = customer_type
        if not isinstance(payment_method, Unset):
            field_dict["PaymentMethod"] = payment_method
        if not isinstance(priority_tax_code, Unset):
            field_dict["PriorityTaxCode"] = priority_tax_code
        if not isinstance(order_no_req, Unset):
            field_dict["OrderNoReq"] = order_no_req
        if not isinstance(labour_rate, Unset):
            field_dict["LabourRate"] = labour_rate
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_address import BillingAddress  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.payable_contact_address import PayableContactAddress  # noqa: PLC0415
        from ..models.payable_contact_banking import PayableContactBanking  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.receivable_contact_list_item_rates import ReceivableContactListItemRates  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        acc_rec_contact_name = d.pop("AccRecContactName", UNSET)

        is_company = d.pop("IsCompany", UNSET)

        title = d.pop("Title", UNSET)

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

        currency = d.pop("Currency", UNSET)

        website = d.pop("Website", UNSET)

        notes = d.pop("Notes", UNSET)

        tax_number = d.pop("TaxNumber", UNSET)

        company_number = d.pop("CompanyNumber", UNSET)

        on_stop = d.pop("OnStop", UNSET)

        credit_limit = d.pop("CreditLimit", UNSET)

        _customer_profile = d.pop("CustomerProfile", UNSET)
        customer_profile: CostCenterRef | Unset
        if isinstance(_customer_profile, Unset):
            customer_profile = UNSET
        else:
            customer_profile = CostCenterRef.from_dict(_customer_profile)

        _customer_group = d.pop("CustomerGroup", UNSET)
        customer_group: CostCenterRef | Unset
        if isinstance(_customer_group, Unset):
            customer_group = UNSET
        else:
            customer_group = CostCenterRef.from_dict(_customer_group)

        _rates = d.pop("Rates", UNSET)
        rates: ReceivableContactListItemRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = ReceivableContactListItemRates.from_dict(_rates)

        _banking = d.pop("Banking", UNSET)
        banking: PayableContactBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = PayableContactBanking.from_dict(_banking)

        customer_type = d.pop("CustomerType", UNSET)

        payment_method = d.pop("PaymentMethod", UNSET)

        priority_tax_code = d.pop("PriorityTaxCode", UNSET)

        order_no_req = d.pop("OrderNoReq", UNSET)

        labour_rate = d.pop("LabourRate", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _tags = d.pop("Tags", UNSET)
        tags: list[CostCenterRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CostCenterRef.from_dict(tags_item_data)

                tags.append(tags_item)

        archived = d.pop("Archived", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _instance = cls(
            id=_unchecked(id),
            acc_rec_contact_name=_unchecked(acc_rec_contact_name),
            is_company=_unchecked(is_company),
            title=_unchecked(title),
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
            currency=_unchecked(currency),
            website=_unchecked(website),
            notes=_unchecked(notes),
            tax_number=_unchecked(tax_number),
            company_number=_unchecked(company_number),
            on_stop=_unchecked(on_stop),
            credit_limit=_unchecked(credit_limit),
            customer_profile=_unchecked(customer_profile),
            customer_group=_unchecked(customer_group),
            rates=_unchecked(rates),
            banking=_unchecked(banking),
            customer_type=_unchecked(customer_type),
            payment_method=_unchecked(payment_method),
            priority_tax_code=_unchecked(priority_tax_code),
            order_no_req=_unchecked(order_no_req),
            labour_rate=_unchecked(labour_rate),
            custom_fields=_unchecked(custom_fields),
            tags=_unchecked(tags),
            archived=_unchecked(archived),
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
