from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_job import AssociatedJob
    from ..models.associated_quote import AssociatedQuote
    from ..models.contact_ref import ContactRef
    from ..models.customer_ref import CustomerRef
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="Associated")


@_attrs_define
class Associated:
    """
    Attributes:
        job (AssociatedJob | None | Unset):
        quote (AssociatedQuote | None | Unset):
        customer (CustomerRef | None | Unset):
        contact (ContactRef | None | Unset):
        site (None | SiteRef | Unset):
    """

    job: AssociatedJob | None | Unset = UNSET
    quote: AssociatedQuote | None | Unset = UNSET
    customer: CustomerRef | None | Unset = UNSET
    contact: ContactRef | None | Unset = UNSET
    site: None | SiteRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.associated_job import AssociatedJob  # noqa: PLC0415
        from ..models.associated_quote import AssociatedQuote  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, AssociatedJob):
            job = self.job.to_dict()
        else:
            job = self.job
        quote: dict[str, Any] | None | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        elif isinstance(self.quote, AssociatedQuote):
            quote = self.quote.to_dict()
        else:
            quote = self.quote
        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerRef):
            customer = self.customer.to_dict()
        else:
            customer = self.customer
        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ContactRef):
            contact = self.contact.to_dict()
        else:
            contact = self.contact
        site: dict[str, Any] | None | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        elif isinstance(self.site, SiteRef):
            site = self.site.to_dict()
        else:
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
        from ..models.associated_job import AssociatedJob  # noqa: PLC0415
        from ..models.associated_quote import AssociatedQuote  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_job(data: object) -> AssociatedJob | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AssociatedJob | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_1 = AssociatedJob.from_dict(data)

                if is_complete(job_type_1):
                    return job_type_1
                partial_fits.append(job_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AssociatedJob | None | Unset, data)

        job = _parse_job(d.pop("Job", UNSET))

        def _parse_quote(data: object) -> AssociatedQuote | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AssociatedQuote | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quote_type_1 = AssociatedQuote.from_dict(data)

                if is_complete(quote_type_1):
                    return quote_type_1
                partial_fits.append(quote_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AssociatedQuote | None | Unset, data)

        quote = _parse_quote(d.pop("Quote", UNSET))

        def _parse_customer(data: object) -> CustomerRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = CustomerRef.from_dict(data)

                if is_complete(customer_type_1):
                    return customer_type_1
                partial_fits.append(customer_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerRef | None | Unset, data)

        customer = _parse_customer(d.pop("Customer", UNSET))

        def _parse_contact(data: object) -> ContactRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[ContactRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_1 = ContactRef.from_dict(data)

                if is_complete(contact_type_1):
                    return contact_type_1
                partial_fits.append(contact_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(ContactRef | None | Unset, data)

        contact = _parse_contact(d.pop("Contact", UNSET))

        def _parse_site(data: object) -> None | SiteRef | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | SiteRef | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                site_type_1 = SiteRef.from_dict(data)

                if is_complete(site_type_1):
                    return site_type_1
                partial_fits.append(site_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | SiteRef | Unset, data)

        site = _parse_site(d.pop("Site", UNSET))

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
