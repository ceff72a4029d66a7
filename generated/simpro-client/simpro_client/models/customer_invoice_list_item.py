from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_invoice_list_item_job import CustomerInvoiceListItemJob
    from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal
    from ..models.customer_ref import CustomerRef


T = TypeVar("T", bound="CustomerInvoiceListItem")


@_attrs_define
class CustomerInvoiceListItem:
    """
    Attributes:
        id (int):
        recurring_invoice (bool):
        customer (CustomerRef):
        jobs (list[CustomerInvoiceListItemJob]):
        total (CustomerInvoiceListItemTotal):
        is_credit (bool):
        is_paid (bool):
        due_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
    """

    id: int
    recurring_invoice: bool
    customer: CustomerRef
    jobs: list[CustomerInvoiceListItemJob]
    total: CustomerInvoiceListItemTotal
    is_credit: bool
    is_paid: bool
    due_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        recurring_invoice = self.recurring_invoice
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        is_credit = self.is_credit
        is_paid = self.is_paid
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(recurring_invoice, Unset):
            field_dict["RecurringInvoice"] = recurring_invoice
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(is_credit, Unset):
            field_dict["IsCredit"] = is_credit
        if not isinstance(is_paid, Unset):
            field_dict["IsPaid"] = is_paid
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_invoice_list_item_job import CustomerInvoiceListItemJob  # noqa: PLC0415
        from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        recurring_invoice = d.pop("RecurringInvoice", UNSET)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _jobs = d.pop("Jobs", UNSET)
        jobs: list[CustomerInvoiceListItemJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = CustomerInvoiceListItemJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _total = d.pop("Total", UNSET)
        total: CustomerInvoiceListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = CustomerInvoiceListItemTotal.from_dict(_total)

        is_credit = d.pop("IsCredit", UNSET)

        is_paid = d.pop("IsPaid", UNSET)

        _due_date = d.pop("DueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _instance = cls(
            id=_unchecked(id),
            recurring_invoice=_unchecked(recurring_invoice),
            customer=_unchecked(customer),
            jobs=_unchecked(jobs),
            total=_unchecked(total),
            is_credit=_unchecked(is_credit),
            is_paid=_unchecked(is_paid),
            due_date=_unchecked(due_date),
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
