from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_default_language import CompanyDefaultLanguage
from ..models.company_schedule_format import CompanyScheduleFormat
from ..models.company_timezone import CompanyTimezone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_address import CompanyAddress
    from ..models.company_banking import CompanyBanking
    from ..models.default_cost_center_ref import DefaultCostCenterRef


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
        default_cost_center (DefaultCostCenterRef | None | Unset):
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
    default_cost_center: DefaultCostCenterRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.default_cost_center_ref import DefaultCostCenterRef  # noqa: PLC0415

        id = self.id

        name = self.name

        phone = self.phone

        fax = self.fax

        email = self.email

        address = self.address.to_dict()

        billing_address = self.billing_address.to_dict()

        ein = self.ein

        company_no = self.company_no

        licence = self.licence

        website = self.website

        banking = self.banking.to_dict()

        cis_cert_no = self.cis_cert_no

        employer_tax_ref_no = self.employer_tax_ref_no

        timezone = self.timezone.value

        timezone_offset = self.timezone_offset

        default_language = self.default_language.value

        template = self.template

        currency = self.currency

        country = self.country

        tax_name = self.tax_name

        ui_date_format = self.ui_date_format

        ui_time_format = self.ui_time_format

        schedule_format = self.schedule_format.value

        single_cost_center_mode = self.single_cost_center_mode

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
        elif isinstance(self.default_cost_center, DefaultCostCenterRef):
            default_cost_center = self.default_cost_center.to_dict()
        else:
            default_cost_center = self.default_cost_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Name": name,
                "Phone": phone,
                "Fax": fax,
                "Email": email,
                "Address": address,
                "BillingAddress": billing_address,
                "EIN": ein,
                "CompanyNo": company_no,
                "Licence": licence,
                "Website": website,
                "Banking": banking,
                "CISCertNo": cis_cert_no,
                "EmployerTaxRefNo": employer_tax_ref_no,
                "Timezone": timezone,
                "TimezoneOffset": timezone_offset,
                "DefaultLanguage": default_language,
                "Template": template,
                "Currency": currency,
                "Country": country,
                "TaxName": tax_name,
                "UIDateFormat": ui_date_format,
                "UITimeFormat": ui_time_format,
                "ScheduleFormat": schedule_format,
                "SingleCostCenterMode": single_cost_center_mode,
                "DateModified": date_modified,
            }
        )
        if multi_company_label is not UNSET:
            field_dict["MultiCompanyLabel"] = multi_company_label
        if multi_company_color is not UNSET:
            field_dict["MultiCompanyColor"] = multi_company_color
        if default_cost_center is not UNSET:
            field_dict["DefaultCostCenter"] = default_cost_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_address import CompanyAddress  # noqa: PLC0415
        from ..models.company_banking import CompanyBanking  # noqa: PLC0415
        from ..models.default_cost_center_ref import DefaultCostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        name = d.pop("Name")

        phone = d.pop("Phone")

        fax = d.pop("Fax")

        email = d.pop("Email")

        address = CompanyAddress.from_dict(d.pop("Address"))

        billing_address = CompanyAddress.from_dict(d.pop("BillingAddress"))

        ein = d.pop("EIN")

        company_no = d.pop("CompanyNo")

        licence = d.pop("Licence")

        website = d.pop("Website")

        banking = CompanyBanking.from_dict(d.pop("Banking"))

        cis_cert_no = d.pop("CISCertNo")

        employer_tax_ref_no = d.pop("EmployerTaxRefNo")

        timezone = CompanyTimezone(d.pop("Timezone"))

        timezone_offset = d.pop("TimezoneOffset")

        default_language = CompanyDefaultLanguage(d.pop("DefaultLanguage"))

        template = d.pop("Template")

        currency = d.pop("Currency")

        country = d.pop("Country")

        tax_name = d.pop("TaxName")

        ui_date_format = d.pop("UIDateFormat")

        ui_time_format = d.pop("UITimeFormat")

        schedule_format = CompanyScheduleFormat(d.pop("ScheduleFormat"))

        single_cost_center_mode = d.pop("SingleCostCenterMode")

        date_modified = datetime.datetime.fromisoformat(d.pop("DateModified"))

        def _parse_multi_company_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multi_company_label = _parse_multi_company_label(d.pop("MultiCompanyLabel", UNSET))

        def _parse_multi_company_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multi_company_color = _parse_multi_company_color(d.pop("MultiCompanyColor", UNSET))

        def _parse_default_cost_center(data: object) -> DefaultCostCenterRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_cost_center_type_1 = DefaultCostCenterRef.from_dict(data)

                return default_cost_center_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DefaultCostCenterRef | None | Unset, data)

        default_cost_center = _parse_default_cost_center(d.pop("DefaultCostCenter", UNSET))

        company = cls(
            id=id,
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
            timezone_offset=timezone_offset,
            default_language=default_language,
            template=template,
            currency=currency,
            country=country,
            tax_name=tax_name,
            ui_date_format=ui_date_format,
            ui_time_format=ui_time_format,
            schedule_format=schedule_format,
            single_cost_center_mode=single_cost_center_mode,
            date_modified=date_modified,
            multi_company_label=multi_company_label,
            multi_company_color=multi_company_color,
            default_cost_center=default_cost_center,
        )

        company.additional_properties = d
        return company

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
