from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_cost_center_catalog_item_update_total import JobCostCenterCatalogItemUpdateTotal


T = TypeVar("T", bound="RecurringInvoiceCostCenterServiceFeeUpdate")


@_attrs_define
class RecurringInvoiceCostCenterServiceFeeUpdate:
    """
    Attributes:
        billable_status (JobCostCenterCatalogItemBillableStatus | Unset):
        fit_time (int | Unset): ID of a fit time
        base_price (float | Unset):
        markup (float | Unset): Specify the markup of this item. If you specify this, the sell price (ex discount) will
            automatically be calculated.
        sales_tax_code (int | Unset): ID of a tax code
        discount (float | Unset): Specify the discount of this item. If you specify this, the sell price including
            discount will automatically be calculated.
        sell_price_ex_discount (float | Unset): Specify the sell price excluding discount of this item. If you specify
            this, the markup will automatically be calculated.
        sell_price_inc_discount (float | Unset): Specify the sell price including discount of this item. If you specify
            this, the discount will automatically be calculated.
        sell_price (float | Unset): Deprecated - Specify the sell price of this item. If you specify this, the markup
            will automatically be calculated.
        total (JobCostCenterCatalogItemUpdateTotal | Unset):
        income_account (int | Unset): ID of a chart of account
    """

    billable_status: JobCostCenterCatalogItemBillableStatus | Unset = UNSET
    fit_time: int | Unset = UNSET
    base_price: float | Unset = UNSET
    markup: float | Unset = UNSET
    sales_tax_code: int | Unset = UNSET
    discount: float | Unset = UNSET
    sell_price_ex_discount: float | Unset = UNSET
    sell_price_inc_discount: float | Unset = UNSET
    sell_price: float | Unset = UNSET
    total: JobCostCenterCatalogItemUpdateTotal | Unset = UNSET
    income_account: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        fit_time = self.fit_time
        base_price = self.base_price
        markup = self.markup
        sales_tax_code = self.sales_tax_code
        discount = self.discount
        sell_price_ex_discount = self.sell_price_ex_discount
        sell_price_inc_discount = self.sell_price_inc_discount
        sell_price = self.sell_price
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        income_account = self.income_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(fit_time, Unset):
            field_dict["FitTime"] = fit_time
        if not isinstance(base_price, Unset):
            field_dict["BasePrice"] = base_price
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(sell_price_ex_discount, Unset):
            field_dict["SellPriceExDiscount"] = sell_price_ex_discount
        if not isinstance(sell_price_inc_discount, Unset):
            field_dict["SellPriceIncDiscount"] = sell_price_inc_discount
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_cost_center_catalog_item_update_total import JobCostCenterCatalogItemUpdateTotal  # noqa: PLC0415

        d = dict(src_dict)
        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        fit_time = d.pop("FitTime", UNSET)

        base_price = d.pop("BasePrice", UNSET)

        markup = d.pop("Markup", UNSET)

        sales_tax_code = d.pop("SalesTaxCode", UNSET)

        discount = d.pop("Discount", UNSET)

        sell_price_ex_discount = d.pop("SellPriceExDiscount", UNSET)

        sell_price_inc_discount = d.pop("SellPriceIncDiscount", UNSET)

        sell_price = d.pop("SellPrice", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobCostCenterCatalogItemUpdateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobCostCenterCatalogItemUpdateTotal.from_dict(_total)

        income_account = d.pop("IncomeAccount", UNSET)

        _instance = cls(
            billable_status=billable_status,
            fit_time=fit_time,
            base_price=base_price,
            markup=markup,
            sales_tax_code=sales_tax_code,
            discount=discount,
            sell_price_ex_discount=sell_price_ex_discount,
            sell_price_inc_discount=sell_price_inc_discount,
            sell_price=sell_price,
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
