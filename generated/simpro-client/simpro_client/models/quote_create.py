from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_type import JobType
from ..models.quote_stage import QuoteStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.forecast import Forecast
    from ..models.quote_create_stc import QuoteCreateSTC


T = TypeVar("T", bound="QuoteCreate")


@_attrs_define
class QuoteCreate:
    """
    Attributes:
        customer (int): ID of a customer
        site (int): ID of a site
        type_ (JobType):
        customer_contact (int | Unset): ID of a contact
        additional_contacts (list[int] | Unset):
        site_contact (int | Unset): ID of a contact
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        salesperson (int | Unset): ID of a staff
        project_manager (int | Unset): ID of a staff
        technicians (int | Unset): ID of a staff
        technician (int | Unset): ID of a staff
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        due_date (datetime.date | None | Unset): This field becomes mandatory when Mandatory Due Date setting for quotes
            is turned on in system setup defaults.
        validity_days (int | Unset):
        order_no (str | Unset):
        request_no (str | Unset): This column refers to job name and it is deprecated.
        name (str | Unset):
        stage (QuoteStage | Unset):
        forecast (Forecast | Unset):
        status (int | Unset): ID of a project status code
        tags (list[int] | Unset):
        auto_adjust_status (bool | Unset): Set this to false if you would like to set status manually.
        stc (QuoteCreateSTC | Unset):
    """

    customer: int
    site: int
    type_: JobType
    customer_contact: int | Unset = UNSET
    additional_contacts: list[int] | Unset = UNSET
    site_contact: int | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    salesperson: int | Unset = UNSET
    project_manager: int | Unset = UNSET
    technicians: int | Unset = UNSET
    technician: int | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    validity_days: int | Unset = UNSET
    order_no: str | Unset = UNSET
    request_no: str | Unset = UNSET
    name: str | Unset = UNSET
    stage: QuoteStage | Unset = UNSET
    forecast: Forecast | Unset = UNSET
    status: int | Unset = UNSET
    tags: list[int] | Unset = UNSET
    auto_adjust_status: bool | Unset = UNSET
    stc: QuoteCreateSTC | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer
        site = self.site
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer_contact = self.customer_contact
        additional_contacts: list[int] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = self.additional_contacts

        site_contact = self.site_contact
        description = self.description
        notes = self.notes
        salesperson = self.salesperson
        project_manager = self.project_manager
        technicians = self.technicians
        technician = self.technician
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        validity_days = self.validity_days
        order_no = self.order_no
        request_no = self.request_no
        name = self.name
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        forecast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast, Unset):
            forecast = self.forecast.to_dict()
        status = self.status
        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        auto_adjust_status = self.auto_adjust_status
        stc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stc, Unset):
            stc = self.stc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(technicians, Unset):
            field_dict["Technicians"] = technicians
        if not isinstance(technician, Unset):
            field_dict["Technician"] = technician
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(validity_days, Unset):
            field_dict["ValidityDays"] = validity_days
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(request_no, Unset):
            field_dict["RequestNo"] = request_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(forecast, Unset):
            field_dict["Forecast"] = forecast
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(stc, Unset):
            field_dict["STC"] = stc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast import Forecast  # noqa: PLC0415
        from ..models.quote_create_stc import QuoteCreateSTC  # noqa: PLC0415

        d = dict(src_dict)
        customer = d.pop("Customer", UNSET)

        site = d.pop("Site", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobType.parse(_type_)

        customer_contact = d.pop("CustomerContact", UNSET)

        additional_contacts = cast(list[int], d.pop("AdditionalContacts", UNSET))

        site_contact = d.pop("SiteContact", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        salesperson = d.pop("Salesperson", UNSET)

        project_manager = d.pop("ProjectManager", UNSET)

        technicians = d.pop("Technicians", UNSET)

        technician = d.pop("Technician", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(due_date_type_0):
                    return due_date_type_0
                partial_fits.append(due_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("DueDate", UNSET))

        validity_days = d.pop("ValidityDays", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        request_no = d.pop("RequestNo", UNSET)

        name = d.pop("Name", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: QuoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = QuoteStage.parse(_stage)

        _forecast = d.pop("Forecast", UNSET)
        forecast: Forecast | Unset
        if isinstance(_forecast, Unset):
            forecast = UNSET
        else:
            forecast = Forecast.from_dict(_forecast)

        status = d.pop("Status", UNSET)

        tags = cast(list[int], d.pop("Tags", UNSET))

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        _stc = d.pop("STC", UNSET)
        stc: QuoteCreateSTC | Unset
        if isinstance(_stc, Unset):
            stc = UNSET
        else:
            stc = QuoteCreateSTC.from_dict(_stc)

        _instance = cls(
            customer=_unchecked(customer),
            site=_unchecked(site),
            type_=_unchecked(type_),
            customer_contact=customer_contact,
            additional_contacts=additional_contacts,
            site_contact=site_contact,
            description=description,
            notes=notes,
            salesperson=salesperson,
            project_manager=project_manager,
            technicians=technicians,
            technician=technician,
            date_issued=date_issued,
            due_date=due_date,
            validity_days=validity_days,
            order_no=order_no,
            request_no=request_no,
            name=name,
            stage=stage,
            forecast=forecast,
            status=status,
            tags=tags,
            auto_adjust_status=auto_adjust_status,
            stc=stc,
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
