from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_stage import LeadStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.lead_create_forecast import LeadCreateForecast


T = TypeVar("T", bound="LeadCreate")


@_attrs_define
class LeadCreate:
    """
    Attributes:
        customer (int): ID of a customer
        site (int): ID of a site
        lead_name (str | Unset):
        customer_contact (int | Unset): ID of a contact
        additional_contacts (list[int] | Unset):
        site_contact (int | Unset): ID of a contact
        stage (LeadStage | Unset):
        follow_up_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        cost_center (int | Unset): ID of a cost center
        tags (list[int] | Unset):
        salesperson (int | Unset): ID of a staff
        project_manager (int | Unset): ID of a staff
        status (int | Unset): ID of a project status code
        forecast (LeadCreateForecast | Unset):
        auto_adjust_status (bool | Unset): Set this to false if you would like to set status manually.
    """

    customer: int
    site: int
    lead_name: str | Unset = UNSET
    customer_contact: int | Unset = UNSET
    additional_contacts: list[int] | Unset = UNSET
    site_contact: int | Unset = UNSET
    stage: LeadStage | Unset = UNSET
    follow_up_date: datetime.date | None | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    cost_center: int | Unset = UNSET
    tags: list[int] | Unset = UNSET
    salesperson: int | Unset = UNSET
    project_manager: int | Unset = UNSET
    status: int | Unset = UNSET
    forecast: LeadCreateForecast | Unset = UNSET
    auto_adjust_status: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer
        site = self.site
        lead_name = self.lead_name
        customer_contact = self.customer_contact
        additional_contacts: list[int] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = self.additional_contacts

        site_contact = self.site_contact
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        follow_up_date: None | str | Unset
        if isinstance(self.follow_up_date, Unset):
            follow_up_date = UNSET
        elif isinstance(self.follow_up_date, datetime.date):
            follow_up_date = self.follow_up_date.isoformat()
        else:
            follow_up_date = self.follow_up_date
        description = self.description
        notes = self.notes
        cost_center = self.cost_center
        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        salesperson = self.salesperson
        project_manager = self.project_manager
        status = self.status
        forecast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast, Unset):
            forecast = self.forecast.to_dict()
        auto_adjust_status = self.auto_adjust_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(lead_name, Unset):
            field_dict["LeadName"] = lead_name
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(follow_up_date, Unset):
            field_dict["FollowUpDate"] = follow_up_date
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(forecast, Unset):
            field_dict["Forecast"] = forecast
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lead_create_forecast import LeadCreateForecast  # noqa: PLC0415

        d = dict(src_dict)
        customer = d.pop("Customer", UNSET)

        site = d.pop("Site", UNSET)

        lead_name = d.pop("LeadName", UNSET)

        customer_contact = d.pop("CustomerContact", UNSET)

        additional_contacts = cast(list[int], d.pop("AdditionalContacts", UNSET))

        site_contact = d.pop("SiteContact", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: LeadStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = LeadStage.parse(_stage)

        def _parse_follow_up_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(follow_up_date_type_0):
                    return follow_up_date_type_0
                partial_fits.append(follow_up_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        follow_up_date = _parse_follow_up_date(d.pop("FollowUpDate", UNSET))

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        cost_center = d.pop("CostCenter", UNSET)

        tags = cast(list[int], d.pop("Tags", UNSET))

        salesperson = d.pop("Salesperson", UNSET)

        project_manager = d.pop("ProjectManager", UNSET)

        status = d.pop("Status", UNSET)

        _forecast = d.pop("Forecast", UNSET)
        forecast: LeadCreateForecast | Unset
        if isinstance(_forecast, Unset):
            forecast = UNSET
        else:
            forecast = LeadCreateForecast.from_dict(_forecast)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        _instance = cls(
            customer=_unchecked(customer),
            site=_unchecked(site),
            lead_name=lead_name,
            customer_contact=customer_contact,
            additional_contacts=additional_contacts,
            site_contact=site_contact,
            stage=stage,
            follow_up_date=follow_up_date,
            description=description,
            notes=notes,
            cost_center=cost_center,
            tags=tags,
            salesperson=salesperson,
            project_manager=project_manager,
            status=status,
            forecast=forecast,
            auto_adjust_status=auto_adjust_status,
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
