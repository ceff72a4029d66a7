from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_cost_center_catalog_item_update_total import JobCostCenterCatalogItemUpdateTotal


T = TypeVar("T", bound="TakeOffTemplatePrebuildUpdate")


@_attrs_define
class TakeOffTemplatePrebuildUpdate:
    """
    Attributes:
        display_order (int | Unset): Sets the position of this prebuild item relative to the others within this take off
            template. Please note that the values you set will be overridden with a sequence of numbers beginning with 1.
        billable_status (JobCostCenterCatalogItemBillableStatus | Unset):
        estimated_time (float | Unset):
        fit_time (int | Unset): ID of a fit time
        ticked (bool | Unset):
        markup (float | Unset): Specify the markup of this item. If you specify this, the sell price will automatically
            be calculated.
        sell_price (float | Unset): Specify the sell price of this item. If you specify this, the markup
                                                            will automatically be calculated.
        sales_tax_code (int | Unset): ID of a tax code
        total (JobCostCenterCatalogItemUpdateTotal | Unset):
        income_account (int | Unset): ID of a chart of account
    """

    display_order: int | Unset = UNSET
    billable_status: JobCostCenterCatalogItemBillableStatus | Unset = UNSET
    estimated_time: float | Unset = UNSET
    fit_time: int | Unset = UNSET
    ticked: bool | Unset = UNSET
    markup: float | Unset = UNSET
    sell_price: float | Unset = UNSET
    sales_tax_code: int | Unset = UNSET
    total: JobCostCenterCatalogItemUpdateTotal | Unset = UNSET
    income_account: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_order = self.display_order
        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        estimated_time = self.estimated_time
        fit_time = self.fit_time
        ticked = self.ticked
        markup = self.markup
        sell_price = self.sell_price
        sales_tax_code = self.sales_tax_code
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        income_account = self.income_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time
        if not isinstance(fit_time, Unset):
            field_dict["FitTime"] = fit_time
        if not isinstance(ticked, Unset):
            field_dict["Ticked"] = ticked
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
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
        from ..models.job_cost_center_catalog_item_update_total import JobCostCenterCatalogItemUpdateTotal  # noqa: PLC0415

        d = dict(src_dict)
        display_order = d.pop("DisplayOrder", UNSET)

        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        estimated_time = d.pop("EstimatedTime", UNSET)

        fit_time = d.pop("FitTime", UNSET)

        ticked = d.pop("Ticked", UNSET)

        markup = d.pop("Markup", UNSET)

        sell_price = d.pop("SellPrice", UNSET)

        sales_tax_code = d.pop("SalesTaxCode", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobCostCenterCatalogItemUpdateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobCostCenterCatalogItemUpdateTotal.from_dict(_total)

        income_account = d.pop("IncomeAccount", UNSET)

        _instance = cls(
            display_order=display_order,
            billable_status=billable_status,
            estimated_time=estimated_time,
            fit_time=fit_time,
            ticked=ticked,
            markup=markup,
            sell_price=sell_price,
            sales_tax_code=sales_tax_code,
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
