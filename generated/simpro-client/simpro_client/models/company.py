from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_default_language import CompanyDefaultLanguage
from ..models.company_schedule_format import CompanyScheduleFormat
from ..models.company_timezone import CompanyTimezone
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.company_address import CompanyAddress
    from ..models.company_banking import CompanyBanking
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """
    Attributes:
        id (int):
        name (str):
        phone (str):
        fax (str):
        email (str):
        address (CompanyAddress):
        billing_address (CompanyAddress):
        ein (str):
        company_no (str):
        licence (str):
        website (str):
        banking (CompanyBanking):
        cis_cert_no (str): Payment and deduction certificate number for the Construction Industry Scheme (UK Only).
        employer_tax_ref_no (str):
        timezone (CompanyTimezone):
        timezone_offset (str):
        default_language (CompanyDefaultLanguage):
        template (bool):
        currency (str):
        country (str):
        tax_name (str):
        ui_date_format (str): This column returns the date format on web UI.
        ui_time_format (str): This column returns the time format on web UI.
        schedule_format (CompanyScheduleFormat):
        single_cost_center_mode (bool): This column returns true if it is a service build or an enterprise build with
            single cost center mode enabled.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        multi_company_label (None | str | Unset): Set a label name for a company (Multi-Companies only).
        multi_company_color (None | str | Unset): Color code in hex decimal format (Multi-Companies only) eg. #0000FF or
            #00F
        default_cost_center (FolderRef | None | Unset):
    """

    id: int
    name: str
    phone: str
    fax: str
    email: str
    address: CompanyAddress
    billing_address: CompanyAddress
    ein: str
    company_no: str
    licence: str
    website: str
    banking: CompanyBanking
    cis_cert_no: str
    employer_tax_ref_no: str
    timezone: CompanyTimezone
    timezone_offset: str
    default_language: CompanyDefaultLanguage
    template: bool
    currency: str
    country: str
    tax_name: str
    ui_date_format: str
    ui_time_format: str
    schedule_format: CompanyScheduleFormat
    single_cost_center_mode: bool
    date_modified: datetime.datetime
    multi_company_label: None | str | Unset = UNSET
    multi_company_color: None | str | Unset = UNSET
    default_cost_center: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
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

        timezone_offset = self.timezone_offset
        default_language: str | Unset = UNSET
        if not isinstance(self.default_language, Unset):
            default_language = self.default_language.value

        template = self.template
        currency = self.currency
        country = self.country
        tax_name = self.tax_name
        ui_date_format = self.ui_date_format
        ui_time_format = self.ui_time_format
        schedule_format: int | Unset = UNSET
        if not isinstance(self.schedule_format, Unset):
            schedule_format = self.schedule_format.value

        single_cost_center_mode = self.single_cost_center_mode
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
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
        default_cost_center: dict[str, Any] | None | Unset
        if isinstance(self.default_cost_center, Unset):
            default_cost_center = UNSET
        elif isinstance(self.default_cost_center, FolderRef):
            default_cost_center = self.default_cost_center.to_dict()
        else:
            default_cost_center = self.default_cost_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
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
        if not isinstance(timezone_offset, Unset):
            field_dict["TimezoneOffset"] = timezone_offset
        if not isinstance(default_language, Unset):
            field_dict["DefaultLanguage"] = default_language
        if not isinstance(template, Unset):
            field_dict["Template"] = template
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(country, Unset):
            field_dict["Country"] = country
        if not isinstance(tax_name, Unset):
            field_dict["TaxName"] = tax_name
        if not isinstance(ui_date_format, Unset):
            field_dict["UIDateFormat"] = ui_date_format
        if not isinstance(ui_time_format, Unset):
            field_dict["UITimeFormat"] = ui_time_format
        if not isinstance(schedule_format, Unset):
            field_dict["ScheduleFormat"] = schedule_format
        if not isinstance(single_cost_center_mode, Unset):
            field_dict["SingleCostCenterMode"] = single_cost_center_mode
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(multi_company_label, Unset):
            field_dict["MultiCompanyLabel"] = multi_company_label
        if not isinstance(multi_company_color, Unset):
            field_dict["MultiCompanyColor"] = multi_company_color
        if not isinstance(default_cost_center, Unset):
            field_dict["DefaultCostCenter"] = default_cost_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_address import CompanyAddress  # noqa: PLC0415
        from ..models.company_banking import CompanyBanking  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        phone = d.pop("Phone", UNSET)

        fax = d.pop("Fax", UNSET)

        email = d.pop("Email", UNSET)

        _address = d.pop("Address", UNSET)
        address: CompanyAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CompanyAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: CompanyAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = CompanyAddress.from_dict(_billing_address)

        ein = d.pop("EIN", UNSET)

        company_no = d.pop("CompanyNo", UNSET)

        licence = d.pop("Licence", UNSET)

        website = d.pop("Website", UNSET)

        _banking = d.pop("Banking", UNSET)
        banking: CompanyBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = CompanyBanking.from_dict(_banking)

        cis_cert_no = d.pop("CISCertNo", UNSET)

        employer_tax_ref_no = d.pop("EmployerTaxRefNo", UNSET)

        _timezone = d.pop("Timezone", UNSET)
        timezone: CompanyTimezone | Unset
        if isinstance(_timezone, Unset):
            timezone = UNSET
        else:
            timezone = CompanyTimezone.parse(_timezone)

        timezone_offset = d.pop("TimezoneOffset", UNSET)

        _default_language = d.pop("DefaultLanguage", UNSET)
        default_language: CompanyDefaultLanguage | Unset
        if isinstance(_default_language, Unset):
            default_language = UNSET
        else:
            default_language = CompanyDefaultLanguage.parse(_default_language)

        template = d.pop("Template", UNSET)

        currency = d.pop("Currency", UNSET)

        country = d.pop("Country", UNSET)

        tax_name = d.pop("TaxName", UNSET)

        ui_date_format = d.pop("UIDateFormat", UNSET)

        ui_time_format = d.pop("UITimeFormat", UNSET)

        _schedule_format = d.pop("ScheduleFormat", UNSET)
        schedule_format: CompanyScheduleFormat | Unset
        if isinstance(_schedule_format, Unset):
            schedule_format = UNSET
        else:
            schedule_format = CompanyScheduleFormat.parse(_schedule_format)

        single_cost_center_mode = d.pop("SingleCostCenterMode", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

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

        def _parse_default_cost_center(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_cost_center_type_1 = FolderRef.from_dict(data)

                if is_complete(default_cost_center_type_1):
                    return default_cost_center_type_1
                partial_fits.append(default_cost_center_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        default_cost_center = _parse_default_cost_center(d.pop("DefaultCostCenter", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            phone=_unchecked(phone),
            fax=_unchecked(fax),
            email=_unchecked(email),
            address=_unchecked(address),
            billing_address=_unchecked(billing_address),
            ein=_unchecked(ein),
            company_no=_unchecked(company_no),
            licence=_unchecked(licence),
            website=_unchecked(website),
            banking=_unchecked(banking),
            cis_cert_no=_unchecked(cis_cert_no),
            employer_tax_ref_no=_unchecked(employer_tax_ref_no),
            timezone=_unchecked(timezone),
            timezone_offset=_unchecked(timezone_offset),
            default_language=_unchecked(default_language),
            template=_unchecked(template),
            currency=_unchecked(currency),
            country=_unchecked(country),
            tax_name=_unchecked(tax_name),
            ui_date_format=_unchecked(ui_date_format),
            ui_time_format=_unchecked(ui_time_format),
            schedule_format=_unchecked(schedule_format),
            single_cost_center_mode=_unchecked(single_cost_center_mode),
            date_modified=_unchecked(date_modified),
            multi_company_label=multi_company_label,
            multi_company_color=multi_company_color,
            default_cost_center=default_cost_center,
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
