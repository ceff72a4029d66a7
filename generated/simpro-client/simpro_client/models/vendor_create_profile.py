from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorCreateProfile")


@_attrs_define
class VendorCreateProfile:
    """
    Attributes:
        tax_code (int | Unset): ID of a tax code
        account (str | Unset):
        currency (str | Unset): ID of a currency
        preferred_notification_method (str | Unset):
    """

    tax_code: int | Unset = UNSET
    account: str | Unset = UNSET
    currency: str | Unset = UNSET
    preferred_notification_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_code = self.tax_code
        account = self.account
        currency = self.currency
        preferred_notification_method = self.preferred_notification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(account, Unset):
            field_dict["Account"] = account
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(preferred_notification_method, Unset):
            field_dict["PreferredNotificationMethod"] = preferred_notification_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_code = d.pop("TaxCode", UNSET)

        account = d.pop("Account", UNSET)

        currency = d.pop("Currency", UNSET)

        preferred_notification_method = d.pop("PreferredNotificationMethod", UNSET)

        _instance = cls(
            tax_code=tax_code,
            account=account,
            currency=currency,
            preferred_notification_method=preferred_notification_method,
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
