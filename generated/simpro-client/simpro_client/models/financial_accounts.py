from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="FinancialAccounts")


@_attrs_define
class FinancialAccounts:
    """
    Attributes:
        income_account (str):
        deposit_account (str):
        expense_account (str):
        contractor_invoice_account (str):
        retainage_asset_account (str):
        retainage_liability_account (str):
        finance_charge_account (str):
        freight_account (str):
        restocking_fee_account (str):
        tax_account (str):
    """

    income_account: str
    deposit_account: str
    expense_account: str
    contractor_invoice_account: str
    retainage_asset_account: str
    retainage_liability_account: str
    finance_charge_account: str
    freight_account: str
    restocking_fee_account: str
    tax_account: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income_account = self.income_account
        deposit_account = self.deposit_account
        expense_account = self.expense_account
        contractor_invoice_account = self.contractor_invoice_account
        retainage_asset_account = self.retainage_asset_account
        retainage_liability_account = self.retainage_liability_account
        finance_charge_account = self.finance_charge_account
        freight_account = self.freight_account
        restocking_fee_account = self.restocking_fee_account
        tax_account = self.tax_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account
        if not isinstance(deposit_account, Unset):
            field_dict["DepositAccount"] = deposit_account
        if not isinstance(expense_account, Unset):
            field_dict["ExpenseAccount"] = expense_account
        if not isinstance(contractor_invoice_account, Unset):
            field_dict["ContractorInvoiceAccount"] = contractor_invoice_account
        if not isinstance(retainage_asset_account, Unset):
            field_dict["RetainageAssetAccount"] = retainage_asset_account
        if not isinstance(retainage_liability_account, Unset):
            field_dict["RetainageLiabilityAccount"] = retainage_liability_account
        if not isinstance(finance_charge_account, Unset):
            field_dict["FinanceChargeAccount"] = finance_charge_account
        if not isinstance(freight_account, Unset):
            field_dict["FreightAccount"] = freight_account
        if not isinstance(restocking_fee_account, Unset):
            field_dict["RestockingFeeAccount"] = restocking_fee_account
        if not isinstance(tax_account, Unset):
            field_dict["TaxAccount"] = tax_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        income_account = d.pop("IncomeAccount", UNSET)

        deposit_account = d.pop("DepositAccount", UNSET)

        expense_account = d.pop("ExpenseAccount", UNSET)

        contractor_invoice_account = d.pop("ContractorInvoiceAccount", UNSET)

        retainage_asset_account = d.pop("RetainageAssetAccount", UNSET)

        retainage_liability_account = d.pop("RetainageLiabilityAccount", UNSET)

        finance_charge_account = d.pop("FinanceChargeAccount", UNSET)

        freight_account = d.pop("FreightAccount", UNSET)

        restocking_fee_account = d.pop("RestockingFeeAccount", UNSET)

        tax_account = d.pop("TaxAccount", UNSET)

        _instance = cls(
            income_account=_unchecked(income_account),
            deposit_account=_unchecked(deposit_account),
            expense_account=_unchecked(expense_account),
            contractor_invoice_account=_unchecked(contractor_invoice_account),
            retainage_asset_account=_unchecked(retainage_asset_account),
            retainage_liability_account=_unchecked(retainage_liability_account),
            finance_charge_account=_unchecked(finance_charge_account),
            freight_account=_unchecked(freight_account),
            restocking_fee_account=_unchecked(restocking_fee_account),
            tax_account=_unchecked(tax_account),
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
