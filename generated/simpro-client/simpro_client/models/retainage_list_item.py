from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_ref import CustomerRef
    from ..models.invoice_list_item_job import InvoiceListItemJob
    from ..models.retainage_list_item_total import RetainageListItemTotal


T = TypeVar("T", bound="RetainageListItem")


@_attrs_define
class RetainageListItem:
    """
    Attributes:
        id (int): An invoice Number
        customer (CustomerRef):
        is_paid (bool): Indicates whether an invoice has been fully paid or still unpaid.
        job (InvoiceListItemJob):
        total (RetainageListItemTotal):
    """

    id: int
    customer: CustomerRef
    is_paid: bool
    job: InvoiceListItemJob
    total: RetainageListItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        is_paid = self.is_paid
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(is_paid, Unset):
            field_dict["IsPaid"] = is_paid
        if not isinstance(job, Unset):
            field_dict["Job"] = job
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.invoice_list_item_job import InvoiceListItemJob  # noqa: PLC0415
        from ..models.retainage_list_item_total import RetainageListItemTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        is_paid = d.pop("IsPaid", UNSET)

        _job = d.pop("Job", UNSET)
        job: InvoiceListItemJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = InvoiceListItemJob.from_dict(_job)

        _total = d.pop("Total", UNSET)
        total: RetainageListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RetainageListItemTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            customer=_unchecked(customer),
            is_paid=_unchecked(is_paid),
            job=_unchecked(job),
            total=_unchecked(total),
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
