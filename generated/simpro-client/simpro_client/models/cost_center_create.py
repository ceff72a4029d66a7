from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_create_rates import CostCenterCreateRates


T = TypeVar("T", bound="CostCenterCreate")


@_attrs_define
class CostCenterCreate:
    """
    Attributes:
        name (str):
        income_account_no (str | Unset):
        expense_account_no (str | Unset):
        accrual_rev_account_no (str | Unset):
        deferral_rev_account_no (str | Unset):
        monthly_sales_budget (float | Unset):
        monthly_expenditure_budget (float | Unset):
        archived (bool | Unset):
        rates (CostCenterCreateRates | Unset):
    """

    name: str
    income_account_no: str | Unset = UNSET
    expense_account_no: str | Unset = UNSET
    accrual_rev_account_no: str | Unset = UNSET
    deferral_rev_account_no: str | Unset = UNSET
    monthly_sales_budget: float | Unset = UNSET
    monthly_expenditure_budget: float | Unset = UNSET
    archived: bool | Unset = UNSET
    rates: CostCenterCreateRates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        income_account_no = self.income_account_no
        expense_account_no = self.expense_account_no
        accrual_rev_account_no = self.accrual_rev_account_no
        deferral_rev_account_no = self.deferral_rev_account_no
        monthly_sales_budget = self.monthly_sales_budget
        monthly_expenditure_budget = self.monthly_expenditure_budget
        archived = self.archived
        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(income_account_no, Unset):
            field_dict["IncomeAccountNo"] = income_account_no
        if not isinstance(expense_account_no, Unset):
            field_dict["ExpenseAccountNo"] = expense_account_no
        if not isinstance(accrual_rev_account_no, Unset):
            field_dict["AccrualRevAccountNo"] = accrual_rev_account_no
        if not isinstance(deferral_rev_account_no, Unset):
            field_dict["DeferralRevAccountNo"] = deferral_rev_account_no
        if not isinstance(monthly_sales_budget, Unset):
            field_dict["MonthlySalesBudget"] = monthly_sales_budget
        if not isinstance(monthly_expenditure_budget, Unset):
            field_dict["MonthlyExpenditureBudget"] = monthly_expenditure_budget
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(rates, Unset):
            field_dict["Rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_create_rates import CostCenterCreateRates  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        income_account_no = d.pop("IncomeAccountNo", UNSET)

        expense_account_no = d.pop("ExpenseAccountNo", UNSET)

        accrual_rev_account_no = d.pop("AccrualRevAccountNo", UNSET)

        deferral_rev_account_no = d.pop("DeferralRevAccountNo", UNSET)

        monthly_sales_budget = d.pop("MonthlySalesBudget", UNSET)

        monthly_expenditure_budget = d.pop("MonthlyExpenditureBudget", UNSET)

        archived = d.pop("Archived", UNSET)

        _rates = d.pop("Rates", UNSET)
        rates: CostCenterCreateRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CostCenterCreateRates.from_dict(_rates)

        _instance = cls(
            name=_unchecked(name),
            income_account_no=income_account_no,
            expense_account_no=expense_account_no,
            accrual_rev_account_no=accrual_rev_account_no,
            deferral_rev_account_no=deferral_rev_account_no,
            monthly_sales_budget=monthly_sales_budget,
            monthly_expenditure_budget=monthly_expenditure_budget,
            archived=archived,
            rates=rates,
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
