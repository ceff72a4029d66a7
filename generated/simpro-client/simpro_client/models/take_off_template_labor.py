from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.cost_center_ref import CostCenterRef
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="TakeOffTemplateLabor")


@_attrs_define
class TakeOffTemplateLabor:
    """
    Attributes:
        id (int):
        labor_type (CostCenterRef):
        labor_rate (float):
        labor_markup (float):
        ticked (bool):
        sell_price (Amount):
        sales_tax_code (SalesTaxCodeRef):
        total (RecurringJobCostCenterLaborListItemTotal):
        income_account (IncomeAccountRef):
    """

    id: int
    labor_type: CostCenterRef
    labor_rate: float
    labor_markup: float
    ticked: bool
    sell_price: Amount
    sales_tax_code: SalesTaxCodeRef
    total: RecurringJobCostCenterLaborListItemTotal
    income_account: IncomeAccountRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        labor_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_type, Unset):
            labor_type = self.labor_type.to_dict()
        labor_rate = self.labor_rate
        labor_markup = self.labor_markup
        ticked = self.ticked
        sell_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sell_price, Unset):
            sell_price = self.sell_price.to_dict()
        sales_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code, Unset):
            sales_tax_code = self.sales_tax_code.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        income_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account, Unset):
            income_account = self.income_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(labor_type, Unset):
            field_dict["LaborType"] = labor_type
        if not isinstance(labor_rate, Unset):
            field_dict["LaborRate"] = labor_rate
        if not isinstance(labor_markup, Unset):
            field_dict["LaborMarkup"] = labor_markup
        if not isinstance(ticked, Unset):
            field_dict["Ticked"] = ticked
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _labor_type = d.pop("LaborType", UNSET)
        labor_type: CostCenterRef | Unset
        if isinstance(_labor_type, Unset):
            labor_type = UNSET
        else:
            labor_type = CostCenterRef.from_dict(_labor_type)

        labor_rate = d.pop("LaborRate", UNSET)

        labor_markup = d.pop("LaborMarkup", UNSET)

        ticked = d.pop("Ticked", UNSET)

        _sell_price = d.pop("SellPrice", UNSET)
        sell_price: Amount | Unset
        if isinstance(_sell_price, Unset):
            sell_price = UNSET
        else:
            sell_price = Amount.from_dict(_sell_price)

        _sales_tax_code = d.pop("SalesTaxCode", UNSET)
        sales_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code, Unset):
            sales_tax_code = UNSET
        else:
            sales_tax_code = SalesTaxCodeRef.from_dict(_sales_tax_code)

        _total = d.pop("Total", UNSET)
        total: RecurringJobCostCenterLaborListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RecurringJobCostCenterLaborListItemTotal.from_dict(_total)

        _income_account = d.pop("IncomeAccount", UNSET)
        income_account: IncomeAccountRef | Unset
        if isinstance(_income_account, Unset):
            income_account = UNSET
        else:
            income_account = IncomeAccountRef.from_dict(_income_account)

        _instance = cls(
            id=_unchecked(id),
            labor_type=_unchecked(labor_type),
            labor_rate=_unchecked(labor_rate),
            labor_markup=_unchecked(labor_markup),
            ticked=_unchecked(ticked),
            sell_price=_unchecked(sell_price),
            sales_tax_code=_unchecked(sales_tax_code),
            total=_unchecked(total),
            income_account=_unchecked(income_account),
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
