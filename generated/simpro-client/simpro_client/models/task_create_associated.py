from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_ref import QuoteRef
    from ..models.task_create_associated_job_ref import TaskCreateAssociatedJobRef


T = TypeVar("T", bound="TaskCreateAssociated")


@_attrs_define
class TaskCreateAssociated:
    """
    Attributes:
        job (TaskCreateAssociatedJobRef | Unset):
        quote (QuoteRef | Unset):
        customer (int | Unset): ID of a customer
        contact (int | Unset): ID of a customer contact
        site (int | Unset): ID of a site
    """

    job: TaskCreateAssociatedJobRef | Unset = UNSET
    quote: QuoteRef | Unset = UNSET
    customer: int | Unset = UNSET
    contact: int | Unset = UNSET
    site: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()
        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()
        customer = self.customer
        contact = self.contact
        site = self.site

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(job, Unset):
            field_dict["Job"] = job
        if not isinstance(quote, Unset):
            field_dict["Quote"] = quote
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(contact, Unset):
            field_dict["Contact"] = contact
        if not isinstance(site, Unset):
            field_dict["Site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_ref import QuoteRef  # noqa: PLC0415
        from ..models.task_create_associated_job_ref import TaskCreateAssociatedJobRef  # noqa: PLC0415

        d = dict(src_dict)
        _job = d.pop("Job", UNSET)
        job: TaskCreateAssociatedJobRef | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = TaskCreateAssociatedJobRef.from_dict(_job)

        _quote = d.pop("Quote", UNSET)
        quote: QuoteRef | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = QuoteRef.from_dict(_quote)

        customer = d.pop("Customer", UNSET)

        contact = d.pop("Contact", UNSET)

        site = d.pop("Site", UNSET)

        _instance = cls(
            job=job,
            quote=quote,
            customer=customer,
            contact=contact,
            site=site,
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
