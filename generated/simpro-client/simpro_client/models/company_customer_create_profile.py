from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCustomerCreateProfile")


@_attrs_define
class CompanyCustomerCreateProfile:
    """
    Attributes:
        notes (str | Unset): Private notes about the customer. This column supports HTML formatting.
        customer_profile (int | Unset): ID of a customer profile
        customer_group (int | Unset): ID of a customer group
        account_manager (int | Unset): ID of a employee
        currency (str | Unset): ID of a currency
        service_job_cost_center (int | Unset): ID of a cost center
    """

    notes: str | Unset = UNSET
    customer_profile: int | Unset = UNSET
    customer_group: int | Unset = UNSET
    account_manager: int | Unset = UNSET
    currency: str | Unset = UNSET
    service_job_cost_center: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes
        customer_profile = self.customer_profile
        customer_group = self.customer_group
        account_manager = self.account_manager
        currency = self.currency
        service_job_cost_center = self.service_job_cost_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(customer_profile, Unset):
            field_dict["CustomerProfile"] = customer_profile
        if not isinstance(customer_group, Unset):
            field_dict["CustomerGroup"] = customer_group
        if not isinstance(account_manager, Unset):
            field_dict["AccountManager"] = account_manager
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(service_job_cost_center, Unset):
            field_dict["ServiceJobCostCenter"] = service_job_cost_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = d.pop("Notes", UNSET)

        customer_profile = d.pop("CustomerProfile", UNSET)

        customer_group = d.pop("CustomerGroup", UNSET)

        account_manager = d.pop("AccountManager", UNSET)

        currency = d.pop("Currency", UNSET)

        service_job_cost_center = d.pop("ServiceJobCostCenter", UNSET)

        _instance = cls(
            notes=notes,
            customer_profile=customer_profile,
            customer_group=customer_group,
            account_manager=account_manager,
            currency=currency,
            service_job_cost_center=service_job_cost_center,
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
