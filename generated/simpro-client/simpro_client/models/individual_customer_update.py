from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_customer_customer_type import CompanyCustomerCustomerType
from ..models.individual_customer_title import IndividualCustomerTitle
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_customer_create_address import CompanyCustomerCreateAddress
    from ..models.company_customer_create_banking import CompanyCustomerCreateBanking
    from ..models.company_customer_create_billing_address import CompanyCustomerCreateBillingAddress
    from ..models.company_customer_create_profile import CompanyCustomerCreateProfile
    from ..models.company_customer_create_rates import CompanyCustomerCreateRates


T = TypeVar("T", bound="IndividualCustomerUpdate")


@_attrs_define
class IndividualCustomerUpdate:
    """
    Attributes:
        title (IndividualCustomerTitle | Unset):
        given_name (str | Unset): Given name / First name (Individual customers)
        family_name (str | Unset): Family name / Last name (Individual customers)
        preferred_techs (list[int] | Unset): Assign preferred technicians to have them automatically assigned to
            relevant quotes and jobs
        phone (str | Unset): Telephone number
        do_not_call (bool | Unset): Do not contact through phone
        alt_phone (str | Unset): Alternative telephone number
        address (CompanyCustomerCreateAddress | Unset):
        billing_address (CompanyCustomerCreateBillingAddress | Unset):
        customer_type (CompanyCustomerCustomerType | Unset):
        tags (list[int] | Unset): An array of user-defined tags which apply to this customer. See Setup -> Tags ->
            Customer Tags
        rates (CompanyCustomerCreateRates | Unset):
        profile (CompanyCustomerCreateProfile | Unset):
        banking (CompanyCustomerCreateBanking | Unset):
        archived (bool | Unset): Whether this customer is archived
        sites (list[int] | Unset): Array of sites to which this customer is linked. See People -> Sites
        email (str | Unset):
        cell_phone (str | Unset): Cell phone / Mobile phone number
    """

    title: IndividualCustomerTitle | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    preferred_techs: list[int] | Unset = UNSET
    phone: str | Unset = UNSET
    do_not_call: bool | Unset = UNSET
    alt_phone: str | Unset = UNSET
    address: CompanyCustomerCreateAddress | Unset = UNSET
    billing_address: CompanyCustomerCreateBillingAddress | Unset = UNSET
    customer_type: CompanyCustomerCustomerType | Unset = UNSET
    tags: list[int] | Unset = UNSET
    rates: CompanyCustomerCreateRates | Unset = UNSET
    profile: CompanyCustomerCreateProfile | Unset = UNSET
    banking: CompanyCustomerCreateBanking | Unset = UNSET
    archived: bool | Unset = UNSET
    sites: list[int] | Unset = UNSET
    email: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: str | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.value

        given_name = self.given_name
        family_name = self.family_name
        preferred_techs: list[int] | Unset = UNSET
        if not isinstance(self.preferred_techs, Unset):
            preferred_techs = self.preferred_techs

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

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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
        sites: list[int] | Unset = UNSET
        if not isinstance(self.sites, Unset):
            sites = self.sites

        email = self.email
        cell_phone = self.cell_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(title, Unset):
            field_dict["Title"] = title
        if not isinstance(given_name, Unset):
            field_dict["GivenName"] = given_name
        if not isinstance(family_name, Unset):
            field_dict["FamilyName"] = family_name
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
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(cell_phone, Unset):
            field_dict["CellPhone"] = cell_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_customer_create_address import CompanyCustomerCreateAddress  # noqa: PLC0415
        from ..models.company_customer_create_banking import CompanyCustomerCreateBanking  # noqa: PLC0415
        from ..models.company_customer_create_billing_address import CompanyCustomerCreateBillingAddress  # noqa: PLC0415
        from ..models.company_customer_create_profile import CompanyCustomerCreateProfile  # noqa: PLC0415
        from ..models.company_customer_create_rates import CompanyCustomerCreateRates  # noqa: PLC0415

        d = dict(src_dict)
        _title = d.pop("Title", UNSET)
        title: IndividualCustomerTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = IndividualCustomerTitle.parse(_title)

        given_name = d.pop("GivenName", UNSET)

        family_name = d.pop("FamilyName", UNSET)

        preferred_techs = cast(list[int], d.pop("PreferredTechs", UNSET))

        phone = d.pop("Phone", UNSET)

        do_not_call = d.pop("DoNotCall", UNSET)

        alt_phone = d.pop("AltPhone", UNSET)

        _address = d.pop("Address", UNSET)
        address: CompanyCustomerCreateAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CompanyCustomerCreateAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: CompanyCustomerCreateBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = CompanyCustomerCreateBillingAddress.from_dict(_billing_address)

        _customer_type = d.pop("CustomerType", UNSET)
        customer_type: CompanyCustomerCustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = CompanyCustomerCustomerType.parse(_customer_type)

        tags = cast(list[int], d.pop("Tags", UNSET))

        _rates = d.pop("Rates", UNSET)
        rates: CompanyCustomerCreateRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CompanyCustomerCreateRates.from_dict(_rates)

        _profile = d.pop("Profile", UNSET)
        profile: CompanyCustomerCreateProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = CompanyCustomerCreateProfile.from_dict(_profile)

        _banking = d.pop("Banking", UNSET)
        banking: CompanyCustomerCreateBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = CompanyCustomerCreateBanking.from_dict(_banking)

        archived = d.pop("Archived", UNSET)

        sites = cast(list[int], d.pop("Sites", UNSET))

        email = d.pop("Email", UNSET)

        cell_phone = d.pop("CellPhone", UNSET)

        _instance = cls(
            title=title,
            given_name=given_name,
            family_name=family_name,
            preferred_techs=preferred_techs,
            phone=phone,
            do_not_call=do_not_call,
            alt_phone=alt_phone,
            address=address,
            billing_address=billing_address,
            customer_type=customer_type,
            tags=tags,
            rates=rates,
            profile=profile,
            banking=banking,
            archived=archived,
            sites=sites,
            email=email,
            cell_phone=cell_phone,
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
