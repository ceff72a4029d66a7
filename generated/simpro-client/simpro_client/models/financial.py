from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.financial_accounts import FinancialAccounts
    from ..models.invoicing import Invoicing


T = TypeVar("T", bound="Financial")


@_attrs_define
class Financial:
    """
    Attributes:
        accounts (FinancialAccounts):
        invoicing (Invoicing):
    """

    accounts: FinancialAccounts
    invoicing: Invoicing
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts.to_dict()
        invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing, Unset):
            invoicing = self.invoicing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(accounts, Unset):
            field_dict["Accounts"] = accounts
        if not isinstance(invoicing, Unset):
            field_dict["Invoicing"] = invoicing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financial_accounts import FinancialAccounts  # noqa: PLC0415
        from ..models.invoicing import Invoicing  # noqa: PLC0415

        d = dict(src_dict)
        _accounts = d.pop("Accounts", UNSET)
        accounts: FinancialAccounts | Unset
        if isinstance(_accounts, Unset):
            accounts = UNSET
        else:
            accounts = FinancialAccounts.from_dict(_accounts)

        _invoicing = d.pop("Invoicing", UNSET)
        invoicing: Invoicing | Unset
        if isinstance(_invoicing, Unset):
            invoicing = UNSET
        else:
            invoicing = Invoicing.from_dict(_invoicing)

        _instance = cls(
            accounts=_unchecked(accounts),
            invoicing=_unchecked(invoicing),
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
