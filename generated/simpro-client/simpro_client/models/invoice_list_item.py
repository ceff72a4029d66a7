from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType

if TYPE_CHECKING:
    from ..models.customer_ref import CustomerRef
    from ..models.invoice_list_item_job import InvoiceListItemJob
    from ..models.invoice_list_item_total import InvoiceListItemTotal
    from ..models.recurring_invoice import RecurringInvoice


T = TypeVar("T", bound="InvoiceListItem")


@_attrs_define
class InvoiceListItem:
    """
    Attributes:
        id (int): An invoice Number
        type_ (InvoiceType):
        customer (CustomerRef):
        jobs (list[InvoiceListItemJob]): List of jobs invoiced. Empty for invoice generated from recurring invoice.
        recurring_invoice (RecurringInvoice):
        total (InvoiceListItemTotal):
        is_paid (bool): Indicates whether an invoice has been fully paid or still unpaid.
    """

    id: int
    type_: InvoiceType
    customer: CustomerRef
    jobs: list[InvoiceListItemJob]
    recurring_invoice: RecurringInvoice
    total: InvoiceListItemTotal
    is_paid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        customer = self.customer.to_dict()

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        recurring_invoice = self.recurring_invoice.to_dict()

        total = self.total.to_dict()

        is_paid = self.is_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Type": type_,
                "Customer": customer,
                "Jobs": jobs,
                "RecurringInvoice": recurring_invoice,
                "Total": total,
                "IsPaid": is_paid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.invoice_list_item_job import InvoiceListItemJob  # noqa: PLC0415
        from ..models.invoice_list_item_total import InvoiceListItemTotal  # noqa: PLC0415
        from ..models.recurring_invoice import RecurringInvoice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        type_ = InvoiceType(d.pop("Type"))

        customer = CustomerRef.from_dict(d.pop("Customer"))

        jobs = []
        _jobs = d.pop("Jobs")
        for jobs_item_data in _jobs:
            jobs_item = InvoiceListItemJob.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        recurring_invoice = RecurringInvoice.from_dict(d.pop("RecurringInvoice"))

        total = InvoiceListItemTotal.from_dict(d.pop("Total"))

        is_paid = d.pop("IsPaid")

        invoice_list_item = cls(
            id=id,
            type_=type_,
            customer=customer,
            jobs=jobs,
            recurring_invoice=recurring_invoice,
            total=total,
            is_paid=is_paid,
        )

        invoice_list_item.additional_properties = d
        return invoice_list_item

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
