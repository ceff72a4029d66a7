from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_cost_center_catalog_item_update_total import JobCostCenterCatalogItemUpdateTotal


T = TypeVar("T", bound="QuoteCostCenterLaborItemUpdate")


@_attrs_define
class QuoteCostCenterLaborItemUpdate:
    """
    Attributes:
        labor_rate (float | Unset):
        labor_markup (float | Unset):
        sales_tax_code (int | Unset): ID of a tax code
        discount (float | Unset): Specify the discount of this item. If you specify this, the sell price including
            discount will automatically be calculated.
        sell_price_ex_discount (float | Unset): Specify the sell price excluding discount of this item. If you specify
            this, the markup will automatically be calculated.
        sell_price_inc_discount (float | Unset): Specify the sell price including discount of this item. If you specify
            this, the discount will automatically be calculated.
        total (JobCostCenterCatalogItemUpdateTotal | Unset):
        income_account (int | Unset): ID of a chart of account
    """

    labor_rate: float | Unset = UNSET
    labor_markup: float | Unset = UNSET
    sales_tax_code: int | Unset = UNSET
    discount: float | Unset = UNSET
    sell_price_ex_discount: float | Unset = UNSET
    sell_price_inc_discount: float | Unset = UNSET
    total: JobCostCenterCatalogItemUpdateTotal | Unset = UNSET
    income_account: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labor_rate = self.labor_rate
        labor_markup = self.labor_markup
        sales_tax_code = self.sales_tax_code
        discount = self.discount
        sell_price_ex_discount = self.sell_price_ex_discount
        sell_price_inc_discount = self.sell_price_inc_discount
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        income_account = self.income_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(labor_rate, Unset):
            field_dict["LaborRate"] = labor_rate
        if not isinstance(labor_markup, Unset):
            field_dict["LaborMarkup"] = labor_markup
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(sell_price_ex_discount, Unset):
            field_dict["SellPriceExDiscount"] = sell_price_ex_discount
        if not isinstance(sell_price_inc_discount, Unset):
            field_dict["SellPriceIncDiscount"] = sell_price_inc_discount
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_cost_center_catalog_item_update_total import JobCostCenterCatalogItemUpdateTotal  # noqa: PLC0415

        d = dict(src_dict)
        labor_rate = d.pop("LaborRate", UNSET)

        labor_markup = d.pop("LaborMarkup", UNSET)

        sales_tax_code = d.pop("SalesTaxCode", UNSET)

        discount = d.pop("Discount", UNSET)

        sell_price_ex_discount = d.pop("SellPriceExDiscount", UNSET)

        sell_price_inc_discount = d.pop("SellPriceIncDiscount", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobCostCenterCatalogItemUpdateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobCostCenterCatalogItemUpdateTotal.from_dict(_total)

        income_account = d.pop("IncomeAccount", UNSET)

        _instance = cls(
            labor_rate=labor_rate,
            labor_markup=labor_markup,
            sales_tax_code=sales_tax_code,
            discount=discount,
            sell_price_ex_discount=sell_price_ex_discount,
            sell_price_inc_discount=sell_price_inc_discount,
            total=total,
            income_account=income_account,
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
