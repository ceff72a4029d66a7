from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_stage import LeadStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.contact_ref import ContactRef
    from ..models.cost_center_ref import CostCenterRef
    from ..models.customer_contact_ref import CustomerContactRef
    from ..models.customer_ref import CustomerRef
    from ..models.folder_ref import FolderRef
    from ..models.job_custom_field_value import JobCustomFieldValue
    from ..models.lead_forecast import LeadForecast
    from ..models.lead_status_ref import LeadStatusRef
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead:
    """
    Attributes:
        id (int):
        lead_name (str):
        customer (CustomerRef):
        additional_customers (list[CustomerRef]):
        additional_contacts (list[ContactRef]):
        site (SiteRef):
        stage (LeadStage):
        date_created (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        description (str): This column supports HTML formatting.
        notes (str): This column supports HTML formatting.
        tags (list[CostCenterRef]):
        forecast (LeadForecast):
        auto_adjust_status (bool): Set this to false if you would like to set status manually.
        custom_fields (list[JobCustomFieldValue]): All of the custom fields for this lead. See the custom fields handler
            for more information.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        customer_contact (CustomerContactRef | None | Unset):
        site_contact (CustomerContactRef | None | Unset):
        follow_up_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        cost_center (FolderRef | None | Unset):
        salesperson (AddedByRef | None | Unset): Set the salesperson for this lead. Must be an employee or contractor;
            it cannot be a plant item.
        project_manager (AddedByRef | None | Unset): Set the project manager for this lead. Must be an employee or
            contractor; it cannot be a plant item.
        status (LeadStatusRef | None | Unset):
    """

    id: int
    lead_name: str
    customer: CustomerRef
    additional_customers: list[CustomerRef]
    additional_contacts: list[ContactRef]
    site: SiteRef
    stage: LeadStage
    date_created: datetime.date
    description: str
    notes: str
    tags: list[CostCenterRef]
    forecast: LeadForecast
    auto_adjust_status: bool
    custom_fields: list[JobCustomFieldValue]
    date_modified: datetime.datetime
    customer_contact: CustomerContactRef | None | Unset = UNSET
    site_contact: CustomerContactRef | None | Unset = UNSET
    follow_up_date: datetime.date | None | Unset = UNSET
    cost_center: FolderRef | None | Unset = UNSET
    salesperson: AddedByRef | None | Unset = UNSET
    project_manager: AddedByRef | None | Unset = UNSET
    status: LeadStatusRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.lead_status_ref import LeadStatusRef  # noqa: PLC0415

        id = self.id
        lead_name = self.lead_name
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        additional_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_customers, Unset):
            additional_customers = []
            for additional_customers_item_data in self.additional_customers:
                additional_customers_item = additional_customers_item_data.to_dict()
                additional_customers.append(additional_customers_item)

        additional_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = []
            for additional_contacts_item_data in self.additional_contacts:
                additional_contacts_item = additional_contacts_item_data.to_dict()
                additional_contacts.append(additional_contacts_item)

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        description = self.description
        notes = self.notes
        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        forecast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast, Unset):
            forecast = self.forecast.to_dict()
        auto_adjust_status = self.auto_adjust_status
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        customer_contact: dict[str, Any] | None | Unset
        if isinstance(self.customer_contact, Unset):
            customer_contact = UNSET
        elif isinstance(self.customer_contact, CustomerContactRef):
            customer_contact = self.customer_contact.to_dict()
        else:
            customer_contact = self.customer_contact
        site_contact: dict[str, Any] | None | Unset
        if isinstance(self.site_contact, Unset):
            site_contact = UNSET
        elif isinstance(self.site_contact, CustomerContactRef):
            site_contact = self.site_contact.to_dict()
        else:
            site_contact = self.site_contact
        follow_up_date: None | str | Unset
        if isinstance(self.follow_up_date, Unset):
            follow_up_date = UNSET
        elif isinstance(self.follow_up_date, datetime.date):
            follow_up_date = self.follow_up_date.isoformat()
        else:
            follow_up_date = self.follow_up_date
        cost_center: dict[str, Any] | None | Unset
        if isinstance(self.cost_center, Unset):
            cost_center = UNSET
        elif isinstance(self.cost_center, FolderRef):
            cost_center = self.cost_center.to_dict()
        else:
            cost_center = self.cost_center
        salesperson: dict[str, Any] | None | Unset
        if isinstance(self.salesperson, Unset):
            salesperson = UNSET
        elif isinstance(self.salesperson, AddedByRef):
            salesperson = self.salesperson.to_dict()
        else:
            salesperson = self.salesperson
        project_manager: dict[str, Any] | None | Unset
        if isinstance(self.project_manager, Unset):
            project_manager = UNSET
        elif isinstance(self.project_manager, AddedByRef):
            project_manager = self.project_manager.to_dict()
        else:
            project_manager = self.project_manager
        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LeadStatusRef):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(lead_name, Unset):
            field_dict["LeadName"] = lead_name
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(additional_customers, Unset):
            field_dict["AdditionalCustomers"] = additional_customers
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(forecast, Unset):
            field_dict["Forecast"] = forecast
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(follow_up_date, Unset):
            field_dict["FollowUpDate"] = follow_up_date
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(status, Unset):
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.customer_contact_ref import CustomerContactRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.job_custom_field_value import JobCustomFieldValue  # noqa: PLC0415
        from ..models.lead_forecast import LeadForecast  # noqa: PLC0415
        from ..models.lead_status_ref import LeadStatusRef  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        lead_name = d.pop("LeadName", UNSET)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _additional_customers = d.pop("AdditionalCustomers", UNSET)
        additional_customers: list[CustomerRef] | Unset = UNSET
        if _additional_customers is not UNSET:
            additional_customers = []
            for additional_customers_item_data in _additional_customers:
                additional_customers_item = CustomerRef.from_dict(additional_customers_item_data)

                additional_customers.append(additional_customers_item)

        _additional_contacts = d.pop("AdditionalContacts", UNSET)
        additional_contacts: list[ContactRef] | Unset = UNSET
        if _additional_contacts is not UNSET:
            additional_contacts = []
            for additional_contacts_item_data in _additional_contacts:
                additional_contacts_item = ContactRef.from_dict(additional_contacts_item_data)

                additional_contacts.append(additional_contacts_item)

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

        _stage = d.pop("Stage", UNSET)
        stage: LeadStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = LeadStage.parse(_stage)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.date | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.date.fromisoformat(_date_created)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _tags = d.pop("Tags", UNSET)
        tags: list[CostCenterRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CostCenterRef.from_dict(tags_item_data)

                tags.append(tags_item)

        _forecast = d.pop("Forecast", UNSET)
        forecast: LeadForecast | Unset
        if isinstance(_forecast, Unset):
            forecast = UNSET
        else:
            forecast = LeadForecast.from_dict(_forecast)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[JobCustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = JobCustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        def _parse_customer_contact(data: object) -> CustomerContactRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerContactRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_contact_type_1 = CustomerContactRef.from_dict(data)

                if is_complete(customer_contact_type_1):
                    return customer_contact_type_1
                partial_fits.append(customer_contact_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerContactRef | None | Unset, data)

        customer_contact = _parse_customer_contact(d.pop("CustomerContact", UNSET))

        def _parse_site_contact(data: object) -> CustomerContactRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerContactRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                site_contact_type_1 = CustomerContactRef.from_dict(data)

                if is_complete(site_contact_type_1):
                    return site_contact_type_1
                partial_fits.append(site_contact_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerContactRef | None | Unset, data)

        site_contact = _parse_site_contact(d.pop("SiteContact", UNSET))

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

        def _parse_cost_center(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_center_type_1 = FolderRef.from_dict(data)

                if is_complete(cost_center_type_1):
                    return cost_center_type_1
                partial_fits.append(cost_center_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        cost_center = _parse_cost_center(d.pop("CostCenter", UNSET))

        def _parse_salesperson(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salesperson_type_1 = AddedByRef.from_dict(data)

                if is_complete(salesperson_type_1):
                    return salesperson_type_1
                partial_fits.append(salesperson_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        salesperson = _parse_salesperson(d.pop("Salesperson", UNSET))

        def _parse_project_manager(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_manager_type_1 = AddedByRef.from_dict(data)

                if is_complete(project_manager_type_1):
                    return project_manager_type_1
                partial_fits.append(project_manager_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        project_manager = _parse_project_manager(d.pop("ProjectManager", UNSET))

        def _parse_status(data: object) -> LeadStatusRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[LeadStatusRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_1 = LeadStatusRef.from_dict(data)

                if is_complete(status_type_1):
                    return status_type_1
                partial_fits.append(status_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(LeadStatusRef | None | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        _instance = cls(
            id=_unchecked(id),
            lead_name=_unchecked(lead_name),
            customer=_unchecked(customer),
            additional_customers=_unchecked(additional_customers),
            additional_contacts=_unchecked(additional_contacts),
            site=_unchecked(site),
            stage=_unchecked(stage),
            date_created=_unchecked(date_created),
            description=_unchecked(description),
            notes=_unchecked(notes),
            tags=_unchecked(tags),
            forecast=_unchecked(forecast),
            auto_adjust_status=_unchecked(auto_adjust_status),
            custom_fields=_unchecked(custom_fields),
            date_modified=_unchecked(date_modified),
            customer_contact=customer_contact,
            site_contact=site_contact,
            follow_up_date=follow_up_date,
            cost_center=cost_center,
            salesperson=salesperson,
            project_manager=project_manager,
            status=status,
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
