from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_ref import CustomerRef
    from ..models.invoice_list_item_job import InvoiceListItemJob
    from ..models.invoice_list_item_recurring_invoice import InvoiceListItemRecurringInvoice
    from ..models.invoice_list_item_total import InvoiceListItemTotal


T = TypeVar("T", bound="InvoiceListItem")


@_attrs_define
class InvoiceListItem:
    """
    Attributes:
        id (int): An invoice Number
        type_ (InvoiceType):
        customer (CustomerRef):
        jobs (list[InvoiceListItemJob]): List of jobs invoiced. Empty for invoice generated from recurring invoice.
        recurring_invoice (InvoiceListItemRecurringInvoice):
        total (InvoiceListItemTotal):
        is_paid (bool): Indicates whether an invoice has been fully paid or still unpaid.
    """

    id: int
    type_: InvoiceType
    customer: CustomerRef
    jobs: list[InvoiceListItemJob]
    recurring_invoice: InvoiceListItemRecurringInvoice
    total: InvoiceListItemTotal
    is_paid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        recurring_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_invoice, Unset):
            recurring_invoice = self.recurring_invoice.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        is_paid = self.is_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(recurring_invoice, Unset):
            field_dict["RecurringInvoice"] = recurring_invoice
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(is_paid, Unset):
            field_dict["IsPaid"] = is_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.invoice_list_item_job import InvoiceListItemJob  # noqa: PLC0415
        from ..models.invoice_list_item_recurring_invoice import InvoiceListItemRecurringInvoice  # noqa: PLC0415
        from ..models.invoice_list_item_total import InvoiceListItemTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType.parse(_type_)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _jobs = d.pop("Jobs", UNSET)
        jobs: list[InvoiceListItemJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = InvoiceListItemJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _recurring_invoice = d.pop("RecurringInvoice", UNSET)
        recurring_invoice: InvoiceListItemRecurringInvoice | Unset
        if isinstance(_recurring_invoice, Unset):
            recurring_invoice = UNSET
        else:
            recurring_invoice = InvoiceListItemRecurringInvoice.from_dict(_recurring_invoice)

        _total = d.pop("Total", UNSET)
        total: InvoiceListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = InvoiceListItemTotal.from_dict(_total)

        is_paid = d.pop("IsPaid", UNSET)

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            customer=_unchecked(customer),
            jobs=_unchecked(jobs),
            recurring_invoice=_unchecked(recurring_invoice),
            total=_unchecked(total),
            is_paid=_unchecked(is_paid),
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
