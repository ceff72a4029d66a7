from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal
    from ..models.customer_ref import CustomerRef
    from ..models.job import Job


T = TypeVar("T", bound="CustomerInvoiceListItem")


@_attrs_define
class CustomerInvoiceListItem:
    """
    Attributes:
        id (int):
        recurring_invoice (bool):
        customer (CustomerRef):
        jobs (list[Job]):
        total (CustomerInvoiceListItemTotal):
        is_credit (bool):
        is_paid (bool):
        due_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
    """

    id: int
    recurring_invoice: bool
    customer: CustomerRef
    jobs: list[Job]
    total: CustomerInvoiceListItemTotal
    is_credit: bool
    is_paid: bool
    due_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        recurring_invoice = self.recurring_invoice

        customer = self.customer.to_dict()

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        total = self.total.to_dict()

        is_credit = self.is_credit

        is_paid = self.is_paid

        due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "RecurringInvoice": recurring_invoice,
                "Customer": customer,
                "Jobs": jobs,
                "Total": total,
                "IsCredit": is_credit,
                "IsPaid": is_paid,
                "DueDate": due_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.job import Job  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        recurring_invoice = d.pop("RecurringInvoice")

        customer = CustomerRef.from_dict(d.pop("Customer"))

        jobs = []
        _jobs = d.pop("Jobs")
        for jobs_item_data in _jobs:
            jobs_item = Job.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        total = CustomerInvoiceListItemTotal.from_dict(d.pop("Total"))

        is_credit = d.pop("IsCredit")

        is_paid = d.pop("IsPaid")

        due_date = datetime.date.fromisoformat(d.pop("DueDate"))

        customer_invoice_list_item = cls(
            id=id,
            recurring_invoice=recurring_invoice,
            customer=customer,
            jobs=jobs,
            total=total,
            is_credit=is_credit,
            is_paid=is_paid,
            due_date=due_date,
        )

        customer_invoice_list_item.additional_properties = d
        return customer_invoice_list_item

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
