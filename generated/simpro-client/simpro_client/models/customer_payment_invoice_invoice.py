from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_invoice_currency_ref import CustomerInvoiceCurrencyRef
    from ..models.customer_invoice_list_item_job import CustomerInvoiceListItemJob
    from ..models.customer_ref import CustomerRef


T = TypeVar("T", bound="CustomerPaymentInvoiceInvoice")


@_attrs_define
class CustomerPaymentInvoiceInvoice:
    """
    Attributes:
        id (int):
        customer (CustomerRef):
        jobs (list[CustomerInvoiceListItemJob]):
        currency (CustomerInvoiceCurrencyRef | str): The currency for this invoice. See Setup -> Currencies.
    """

    id: int
    customer: CustomerRef
    jobs: list[CustomerInvoiceListItemJob]
    currency: CustomerInvoiceCurrencyRef | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_invoice_currency_ref import CustomerInvoiceCurrencyRef  # noqa: PLC0415

        id = self.id
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CustomerInvoiceCurrencyRef):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_invoice_currency_ref import CustomerInvoiceCurrencyRef  # noqa: PLC0415
        from ..models.customer_invoice_list_item_job import CustomerInvoiceListItemJob  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

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

        def _parse_currency(data: object) -> CustomerInvoiceCurrencyRef | str | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerInvoiceCurrencyRef | str | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = CustomerInvoiceCurrencyRef.from_dict(data)

                if is_complete(currency_type_1):
                    return currency_type_1
                partial_fits.append(currency_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerInvoiceCurrencyRef | str | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        _instance = cls(
            id=_unchecked(id),
            customer=_unchecked(customer),
            jobs=_unchecked(jobs),
            currency=_unchecked(currency),
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
