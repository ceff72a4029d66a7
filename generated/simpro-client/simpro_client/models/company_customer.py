from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_customer_customer_type import CompanyCustomerCustomerType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.company_customer_banking import CompanyCustomerBanking
    from ..models.company_customer_billing_address import CompanyCustomerBillingAddress
    from ..models.company_customer_profile import CompanyCustomerProfile
    from ..models.company_customer_rates import CompanyCustomerRates
    from ..models.contact_ref import ContactRef
    from ..models.contract import Contract
    from ..models.cost_center_ref import CostCenterRef
    from ..models.customer_address import CustomerAddress
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.site_ref import SiteRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="CompanyCustomer")


@_attrs_define
class CompanyCustomer:
    """
    Attributes:
        id (int): This customer's ID
        company_name (str): Company name (Company customers)
        preferred_techs (list[StaffRef]): Assign preferred technicians to have them automatically assigned to relevant
            quotes and jobs
        phone (str): Telephone number
        do_not_call (bool): Do not contact through phone
        alt_phone (str): Alternative telephone number
        address (CustomerAddress):
        billing_address (CompanyCustomerBillingAddress):
        customer_type (CompanyCustomerCustomerType):
        tags (list[CostCenterRef]): An array of user-defined tags which apply to this customer. See Setup -> Tags ->
            Customer Tags
        amount_owing (float):
        rates (CompanyCustomerRates):
        profile (CompanyCustomerProfile):
        banking (CompanyCustomerBanking):
        archived (bool): Whether this customer is archived
        sites (list[SiteRef]): Array of sites to which this customer is linked. See People -> Sites
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this company customer.
            See the custom fields handler for more information.
        email (str):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        ein (str): EIN / ABN / GST No / Vat Reg No
        website (str):
        fax (str):
        company_number (str): Company Number (UK Only).
        contracts (list[Contract] | None | Unset): Collection of customer contracts
        contacts (list[ContactRef] | None | Unset): Collection of customer contacts
        response_times (list[CostCenterRef] | None | Unset): Customer Response Times
    """

    id: int
    company_name: str
    preferred_techs: list[StaffRef]
    phone: str
    do_not_call: bool
    alt_phone: str
    address: CustomerAddress
    billing_address: CompanyCustomerBillingAddress
    customer_type: CompanyCustomerCustomerType
    tags: list[CostCenterRef]
    amount_owing: float
    rates: CompanyCustomerRates
    profile: CompanyCustomerProfile
    banking: CompanyCustomerBanking
    archived: bool
    sites: list[SiteRef]
    custom_fields: list[ReceivableContactListItemCustomField]
    email: str
    date_modified: datetime.datetime
    date_created: datetime.datetime
    ein: str
    website: str
    fax: str
    company_number: str
    contracts: list[Contract] | None | Unset = UNSET
    contacts: list[ContactRef] | None | Unset = UNSET
    response_times: list[CostCenterRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        company_name = self.company_name
        preferred_techs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_techs, Unset):
            preferred_techs = []
            for preferred_techs_item_data in self.preferred_techs:
                preferred_techs_item = preferred_techs_item_data.to_dict()
                preferred_techs.append(preferred_techs_item)

        phone = self.phone
        do_not_call = self.do_not_call
        alt_phone = self.alt_phone
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()
        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        amount_owing = self.amount_owing
        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()
        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()
        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()
        archived = self.archived
        sites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sites, Unset):
            sites = []
            for sites_item_data in self.sites:
                sites_item = sites_item_data.to_dict()
                sites.append(sites_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        email = self.email
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        ein = self.ein
        website = self.website
        fax = self.fax
        company_number = self.company_number
        contracts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contracts, Unset):
            contracts = UNSET
        elif isinstance(self.contracts, list):
            contracts = []
            for contracts_type_0_item_data in self.contracts:
                contracts_type_0_item = contracts_type_0_item_data.to_dict()
                contracts.append(contracts_type_0_item)

        else:
            contracts = self.contracts
        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts
        response_times: list[dict[str, Any]] | None | Unset
        if isinstance(self.response_times, Unset):
            response_times = UNSET
        elif isinstance(self.response_times, list):
            response_times = []
            for response_times_type_0_item_data in self.response_times:
                response_times_type_0_item = response_times_type_0_item_data.to_dict()
                response_times.append(response_times_type_0_item)

        else:
            response_times = self.response_times

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(company_name, Unset):
            field_dict["CompanyName"] = company_name
        if not isinstance(preferred_techs, Unset):
            field_dict["PreferredTechs"] = preferred_techs
        if not isinstance(phone, Unset):
            field_dict["Phone"] = phone
        if not isinstance(do_not_call, Unset):
            field_dict["DoNotCall"] = do_not_call
        if not isinstance(alt_phone, Unset):
            field_dict["AltPhone"] = alt_phone
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(billing_address, Unset):
            field_dict["BillingAddress"] = billing_address
        if not isinstance(customer_type, Unset):
            field_dict["CustomerType"] = customer_type
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(amount_owing, Unset):
            field_dict["AmountOwing"] = amount_owing
        if not isinstance(rates, Unset):
            field_dict["Rates"] = rates
        if not isinstance(profile, Unset):
            field_dict["Profile"] = profile
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(sites, Unset):
            field_dict["Sites"] = sites
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(ein, Unset):
            field_dict["EIN"] = ein
        if not isinstance(website, Unset):
            field_dict["Website"] = website
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(company_number, Unset):
            field_dict["CompanyNumber"] = company_number
        if not isinstance(contracts, Unset):
            field_dict["Contracts"] = contracts
        if not isinstance(contacts, Unset):
            field_dict["Contacts"] = contacts
        if not isinstance(response_times, Unset):
            field_dict["ResponseTimes"] = response_times

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_customer_banking import CompanyCustomerBanking  # noqa: PLC0415
        from ..models.company_customer_billing_address import CompanyCustomerBillingAddress  # noqa: PLC0415
        from ..models.company_customer_profile import CompanyCustomerProfile  # noqa: PLC0415
        from ..models.company_customer_rates import CompanyCustomerRates  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.contract import Contract  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        company_name = d.pop("CompanyName", UNSET)

        _preferred_techs = d.pop("PreferredTechs", UNSET)
        preferred_techs: list[StaffRef] | Unset = UNSET
        if _preferred_techs is not UNSET:
            preferred_techs = []
            for preferred_techs_item_data in _preferred_techs:
                preferred_techs_item = StaffRef.from_dict(preferred_techs_item_data)

                preferred_techs.append(preferred_techs_item)

        phone = d.pop("Phone", UNSET)

        do_not_call = d.pop("DoNotCall", UNSET)

        alt_phone = d.pop("AltPhone", UNSET)

        _address = d.pop("Address", UNSET)
        address: CustomerAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CustomerAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: CompanyCustomerBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = CompanyCustomerBillingAddress.from_dict(_billing_address)

        _customer_type = d.pop("CustomerType", UNSET)
        customer_type: CompanyCustomerCustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CompanyCustomerCustomerType.parse(_customer_type)

        _tags = d.pop("Tags", UNSET)
        tags: list[CostCenterRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CostCenterRef.from_dict(tags_item_data)

                tags.append(tags_item)

        amount_owing = d.pop("AmountOwing", UNSET)

        _rates = d.pop("Rates", UNSET)
        rates: CompanyCustomerRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CompanyCustomerRates.from_dict(_rates)

        _profile = d.pop("Profile", UNSET)
        profile: CompanyCustomerProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = CompanyCustomerProfile.from_dict(_profile)

        _banking = d.pop("Banking", UNSET)
        banking: CompanyCustomerBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = CompanyCustomerBanking.from_dict(_banking)

        archived = d.pop("Archived", UNSET)

        _sites = d.pop("Sites", UNSET)
        sites: list[SiteRef] | Unset = UNSET
        if _sites is not UNSET:
            sites = []
            for sites_item_data in _sites:
                sites_item = SiteRef.from_dict(sites_item_data)

                sites.append(sites_item)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        email = d.pop("Email", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        ein = d.pop("EIN", UNSET)

        website = d.pop("Website", UNSET)

        fax = d.pop("Fax", UNSET)

        company_number = d.pop("CompanyNumber", UNSET)

        def _parse_contracts(data: object) -> list[Contract] | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[list[Contract] | None | Unset] = []
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contracts_type_0 = []
                _contracts_type_0 = data
                for contracts_type_0_item_data in _contracts_type_0:
                    contracts_type_0_item = Contract.from_dict(contracts_type_0_item_data)

                    contracts_type_0.append(contracts_type_0_item)

                if is_complete(contracts_type_0):
                    return contracts_type_0
                partial_fits.append(contracts_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(list[Contract] | None | Unset, data)

        contracts = _parse_contracts(d.pop("Contracts", UNSET))

        def _parse_contacts(data: object) -> list[ContactRef] | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[list[ContactRef] | None | Unset] = []
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = ContactRef.from_dict(contacts_type_0_item_data)

                    contacts_type_0.append(contacts_type_0_item)

                if is_complete(contacts_type_0):
                    return contacts_type_0
                partial_fits.append(contacts_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(list[ContactRef] | None | Unset, data)

        contacts = _parse_contacts(d.pop("Contacts", UNSET))

        def _parse_response_times(data: object) -> list[CostCenterRef] | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[list[CostCenterRef] | None | Unset] = []
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_times_type_0 = []
                _response_times_type_0 = data
                for response_times_type_0_item_data in _response_times_type_0:
                    response_times_type_0_item = CostCenterRef.from_dict(response_times_type_0_item_data)

                    response_times_type_0.append(response_times_type_0_item)

                if is_complete(response_times_type_0):
                    return response_times_type_0
                partial_fits.append(response_times_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(list[CostCenterRef] | None | Unset, data)

        response_times = _parse_response_times(d.pop("ResponseTimes", UNSET))

        _instance = cls(
            id=_unchecked(id),
            company_name=_unchecked(company_name),
            preferred_techs=_unchecked(preferred_techs),
            phone=_unchecked(phone),
            do_not_call=_unchecked(do_not_call),
            alt_phone=_unchecked(alt_phone),
            address=_unchecked(address),
            billing_address=_unchecked(billing_address),
            customer_type=_unchecked(customer_type),
            tags=_unchecked(tags),
            amount_owing=_unchecked(amount_owing),
            rates=_unchecked(rates),
            profile=_unchecked(profile),
            banking=_unchecked(banking),
            archived=_unchecked(archived),
            sites=_unchecked(sites),
            custom_fields=_unchecked(custom_fields),
            email=_unchecked(email),
            date_modified=_unchecked(date_modified),
            date_created=_unchecked(date_created),
            ein=_unchecked(ein),
            website=_unchecked(website),
            fax=_unchecked(fax),
            company_number=_unchecked(company_number),
            contracts=contracts,
            contacts=contacts,
            response_times=response_times,
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
