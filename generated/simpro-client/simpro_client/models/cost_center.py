from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cost_center_rates import CostCenterRates


T = TypeVar("T", bound="CostCenter")


@_attrs_define
class CostCenter:
    """
    Attributes:
        id (int):
        name (str):
        income_account_no (str):
        expense_account_no (str):
        accrual_rev_account_no (str):
        deferral_rev_account_no (str):
        monthly_sales_budget (float):
        monthly_expenditure_budget (float):
        archived (bool):
        is_membership_cost_center (bool):
        rates (CostCenterRates):
    """

    id: int
    name: str
    income_account_no: str
    expense_account_no: str
    accrual_rev_account_no: str
    deferral_rev_account_no: str
    monthly_sales_budget: float
    monthly_expenditure_budget: float
    archived: bool
    is_membership_cost_center: bool
    rates: CostCenterRates
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        income_account_no = self.income_account_no

        expense_account_no = self.expense_account_no

        accrual_rev_account_no = self.accrual_rev_account_no

        deferral_rev_account_no = self.deferral_rev_account_no

        monthly_sales_budget = self.monthly_sales_budget

        monthly_expenditure_budget = self.monthly_expenditure_budget

        archived = self.archived

        is_membership_cost_center = self.is_membership_cost_center

        rates = self.rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Name": name,
                "IncomeAccountNo": income_account_no,
                "ExpenseAccountNo": expense_account_no,
                "AccrualRevAccountNo": accrual_rev_account_no,
                "DeferralRevAccountNo": deferral_rev_account_no,
                "MonthlySalesBudget": monthly_sales_budget,
                "MonthlyExpenditureBudget": monthly_expenditure_budget,
                "Archived": archived,
                "IsMembershipCostCenter": is_membership_cost_center,
                "Rates": rates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_rates import CostCenterRates  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        name = d.pop("Name")

        income_account_no = d.pop("IncomeAccountNo")

        expense_account_no = d.pop("ExpenseAccountNo")

        accrual_rev_account_no = d.pop("AccrualRevAccountNo")

        deferral_rev_account_no = d.pop("DeferralRevAccountNo")

        monthly_sales_budget = d.pop("MonthlySalesBudget")

        monthly_expenditure_budget = d.pop("MonthlyExpenditureBudget")

        archived = d.pop("Archived")

        is_membership_cost_center = d.pop("IsMembershipCostCenter")

        rates = CostCenterRates.from_dict(d.pop("Rates"))

        cost_center = cls(
            id=id,
            name=name,
            income_account_no=income_account_no,
            expense_account_no=expense_account_no,
            accrual_rev_account_no=accrual_rev_account_no,
            deferral_rev_account_no=deferral_rev_account_no,
            monthly_sales_budget=monthly_sales_budget,
            monthly_expenditure_budget=monthly_expenditure_budget,
            archived=archived,
            is_membership_cost_center=is_membership_cost_center,
            rates=rates,
        )

        cost_center.additional_properties = d
        return cost_center

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
