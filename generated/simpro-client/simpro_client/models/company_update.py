from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_default_language import CompanyDefaultLanguage
from ..models.company_timezone import CompanyTimezone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_update_address import CompanyUpdateAddress
    from ..models.company_update_banking import CompanyUpdateBanking


T = TypeVar("T", bound="CompanyUpdate")


@_attrs_define
class CompanyUpdate:
    """
    Attributes:
        name (str | Unset):
        phone (str | Unset):
        fax (str | Unset):
        email (str | Unset):
        address (CompanyUpdateAddress | Unset):
        billing_address (CompanyUpdateAddress | Unset):
        ein (str | Unset):
        company_no (str | Unset):
        licence (str | Unset):
        website (str | Unset):
        banking (CompanyUpdateBanking | Unset):
        cis_cert_no (str | Unset): Payment and deduction certificate number for the Construction Industry Scheme (UK
            Only).
        employer_tax_ref_no (str | Unset):
        timezone (CompanyTimezone | Unset):
        default_language (CompanyDefaultLanguage | Unset):
        multi_company_label (None | str | Unset): Set a label name for a company (Multi-Companies only).
        multi_company_color (None | str | Unset): Color code in hex decimal format (Multi-Companies only) eg. #0000FF or
            #00F
        country (str | Unset):
    """

    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    email: str | Unset = UNSET
    address: CompanyUpdateAddress | Unset = UNSET
    billing_address: CompanyUpdateAddress | Unset = UNSET
    ein: str | Unset = UNSET
    company_no: str | Unset = UNSET
    licence: str | Unset = UNSET
    website: str | Unset = UNSET
    banking: CompanyUpdateBanking | Unset = UNSET
    cis_cert_no: str | Unset = UNSET
    employer_tax_ref_no: str | Unset = UNSET
    timezone: CompanyTimezone | Unset = UNSET
    default_language: CompanyDefaultLanguage | Unset = UNSET
    multi_company_label: None | str | Unset = UNSET
    multi_company_color: None | str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        phone = self.phone
        fax = self.fax
        email = self.email
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()
        ein = self.ein
        company_no = self.company_no
        licence = self.licence
        website = self.website
        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()
        cis_cert_no = self.cis_cert_no
        employer_tax_ref_no = self.employer_tax_ref_no
        timezone: str | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone.value

        default_language: str | Unset = UNSET
        if not isinstance(self.default_language, Unset):
            default_language = self.default_language.value

        multi_company_label: None | str | Unset
        if isinstance(self.multi_company_label, Unset):
            multi_company_label = UNSET
        else:
            multi_company_label = self.multi_company_label
        multi_company_color: None | str | Unset
        if isinstance(self.multi_company_color, Unset):
            multi_company_color = UNSET
        else:
            multi_company_color = self.multi_company_color
        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(phone, Unset):
            field_dict["Phone"] = phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(billing_address, Unset):
            field_dict["BillingAddress"] = billing_address
        if not isinstance(ein, Unset):
            field_dict["EIN"] = ein
        if not isinstance(company_no, Unset):
            field_dict["CompanyNo"] = company_no
        if not isinstance(licence, Unset):
            field_dict["Licence"] = licence
        if not isinstance(website, Unset):
            field_dict["Website"] = website
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking
        if not isinstance(cis_cert_no, Unset):
            field_dict["CISCertNo"] = cis_cert_no
        if not isinstance(employer_tax_ref_no, Unset):
            field_dict["EmployerTaxRefNo"] = employer_tax_ref_no
        if not isinstance(timezone, Unset):
            field_dict["Timezone"] = timezone
        if not isinstance(default_language, Unset):
            field_dict["DefaultLanguage"] = default_language
        if not isinstance(multi_company_label, Unset):
            field_dict["MultiCompanyLabel"] = multi_company_label
        if not isinstance(multi_company_color, Unset):
            field_dict["MultiCompanyColor"] = multi_company_color
        if not isinstance(country, Unset):
            field_dict["Country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_update_address import CompanyUpdateAddress  # noqa: PLC0415
        from ..models.company_update_banking import CompanyUpdateBanking  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        phone = d.pop("Phone", UNSET)

        fax = d.pop("Fax", UNSET)

        email = d.pop("Email", UNSET)

        _address = d.pop("Address", UNSET)
        address: CompanyUpdateAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CompanyUpdateAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: CompanyUpdateAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = CompanyUpdateAddress.from_dict(_billing_address)

        ein = d.pop("EIN", UNSET)

        company_no = d.pop("CompanyNo", UNSET)

        licence = d.pop("Licence", UNSET)

        website = d.pop("Website", UNSET)

        _banking = d.pop("Banking", UNSET)
        banking: CompanyUpdateBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = CompanyUpdateBanking.from_dict(_banking)

        cis_cert_no = d.pop("CISCertNo", UNSET)

        employer_tax_ref_no = d.pop("EmployerTaxRefNo", UNSET)

        _timezone = d.pop("Timezone", UNSET)
        timezone: CompanyTimezone | Unset
        if isinstance(_timezone, Unset):
            timezone = UNSET
        else:
            timezone = CompanyTimezone.parse(_timezone)

        _default_language = d.pop("DefaultLanguage", UNSET)
        default_language: CompanyDefaultLanguage | Unset
        if isinstance(_default_language, Unset):
            default_language = UNSET
        else:
            default_language = CompanyDefaultLanguage.parse(_default_language)

        def _parse_multi_company_label(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        multi_company_label = _parse_multi_company_label(d.pop("MultiCompanyLabel", UNSET))

        def _parse_multi_company_color(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        multi_company_color = _parse_multi_company_color(d.pop("MultiCompanyColor", UNSET))

        country = d.pop("Country", UNSET)

        _instance = cls(
            name=name,
            phone=phone,
            fax=fax,
            email=email,
            address=address,
            billing_address=billing_address,
            ein=ein,
            company_no=company_no,
            licence=licence,
            website=website,
            banking=banking,
            cis_cert_no=cis_cert_no,
            employer_tax_ref_no=employer_tax_ref_no,
            timezone=timezone,
            default_language=default_language,
            multi_company_label=multi_company_label,
            multi_company_color=multi_company_color,
            country=country,
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
