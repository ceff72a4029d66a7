from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_invoice_recurring_frequency import RecurringInvoiceRecurringFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringJobUpdate")


@_attrs_define
class RecurringJobUpdate:
    """
    Attributes:
        customer (int | Unset): ID of a customer
        site (int | Unset): ID of a site
        customer_contact (int | Unset): ID of a contact
        additional_contacts (list[int] | Unset):
        site_contact (int | Unset): ID of a contact
        name (str | Unset):
        order_no (str | Unset):
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        tags (list[int] | Unset):
        recurring_start_date (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        next_recurring_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        recurring_quantity (int | Unset):
        recurring_frequency (RecurringInvoiceRecurringFrequency | Unset):
        salesperson (int | Unset): ID of a staff
        project_manager (int | Unset): ID of a staff
        technicians (list[int] | Unset):
    """

    customer: int | Unset = UNSET
    site: int | Unset = UNSET
    customer_contact: int | Unset = UNSET
    additional_contacts: list[int] | Unset = UNSET
    site_contact: int | Unset = UNSET
    name: str | Unset = UNSET
    order_no: str | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    tags: list[int] | Unset = UNSET
    recurring_start_date: datetime.date | Unset = UNSET
    next_recurring_date: datetime.date | None | Unset = UNSET
    recurring_quantity: int | Unset = UNSET
    recurring_frequency: RecurringInvoiceRecurringFrequency | Unset = UNSET
    salesperson: int | Unset = UNSET
    project_manager: int | Unset = UNSET
    technicians: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer
        site = self.site
        customer_contact = self.customer_contact
        additional_contacts: list[int] | Unset = UNSET
        if not isinstance(self.additional_contacts, Unset):
            additional_contacts = self.additional_contacts

        site_contact = self.site_contact
        name = self.name
        order_no = self.order_no
        description = self.description
        notes = self.notes
        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        recurring_start_date: str | Unset = UNSET
        if not isinstance(self.recurring_start_date, Unset):
            recurring_start_date = self.recurring_start_date.isoformat()
        next_recurring_date: None | str | Unset
        if isinstance(self.next_recurring_date, Unset):
            next_recurring_date = UNSET
        elif isinstance(self.next_recurring_date, datetime.date):
            next_recurring_date = self.next_recurring_date.isoformat()
        else:
            next_recurring_date = self.next_recurring_date
        recurring_quantity = self.recurring_quantity
        recurring_frequency: str | Unset = UNSET
        if not isinstance(self.recurring_frequency, Unset):
            recurring_frequency = self.recurring_frequency.value

        salesperson = self.salesperson
        project_manager = self.project_manager
        technicians: list[int] | Unset = UNSET
        if not isinstance(self.technicians, Unset):
            technicians = self.technicians

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(customer_contact, Unset):
            field_dict["CustomerContact"] = customer_contact
        if not isinstance(additional_contacts, Unset):
            field_dict["AdditionalContacts"] = additional_contacts
        if not isinstance(site_contact, Unset):
            field_dict["SiteContact"] = site_contact
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(tags, Unset):
            field_dict["Tags"] = tags
        if not isinstance(recurring_start_date, Unset):
            field_dict["RecurringStartDate"] = recurring_start_date
        if not isinstance(next_recurring_date, Unset):
            field_dict["NextRecurringDate"] = next_recurring_date
        if not isinstance(recurring_quantity, Unset):
            field_dict["RecurringQuantity"] = recurring_quantity
        if not isinstance(recurring_frequency, Unset):
            field_dict["RecurringFrequency"] = recurring_frequency
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(project_manager, Unset):
            field_dict["ProjectManager"] = project_manager
        if not isinstance(technicians, Unset):
            field_dict["Technicians"] = technicians

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer = d.pop("Customer", UNSET)

        site = d.pop("Site", UNSET)

        customer_contact = d.pop("CustomerContact", UNSET)

        additional_contacts = cast(list[int], d.pop("AdditionalContacts", UNSET))

        site_contact = d.pop("SiteContact", UNSET)

        name = d.pop("Name", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        tags = cast(list[int], d.pop("Tags", UNSET))

        _recurring_start_date = d.pop("RecurringStartDate", UNSET)
        recurring_start_date: datetime.date | Unset
        if isinstance(_recurring_start_date, Unset):
            recurring_start_date = UNSET
        else:
            recurring_start_date = datetime.date.fromisoformat(_recurring_start_date)

        def _parse_next_recurring_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_recurring_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(next_recurring_date_type_0):
                    return next_recurring_date_type_0
                partial_fits.append(next_recurring_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        next_recurring_date = _parse_next_recurring_date(d.pop("NextRecurringDate", UNSET))

        recurring_quantity = d.pop("RecurringQuantity", UNSET)

        _recurring_frequency = d.pop("RecurringFrequency", UNSET)
        recurring_frequency: RecurringInvoiceRecurringFrequency | Unset
        if isinstance(_recurring_frequency, Unset):
            recurring_frequency = UNSET
        else:
            recurring_frequency = RecurringInvoiceRecurringFrequency.parse(_recurring_frequency)

        salesperson = d.pop("Salesperson", UNSET)

        project_manager = d.pop("ProjectManager", UNSET)

        technicians = cast(list[int], d.pop("Technicians", UNSET))

        _instance = cls(
            customer=customer,
            site=site,
            customer_contact=customer_contact,
            additional_contacts=additional_contacts,
            site_contact=site_contact,
            name=name,
            order_no=order_no,
            description=description,
            notes=notes,
            tags=tags,
            recurring_start_date=recurring_start_date,
            next_recurring_date=next_recurring_date,
            recurring_quantity=recurring_quantity,
            recurring_frequency=recurring_frequency,
            salesperson=salesperson,
            project_manager=project_manager,
            technicians=technicians,
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
