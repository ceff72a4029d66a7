from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_cost_center_catalog_item_update_total import JobCostCenterCatalogItemUpdateTotal


T = TypeVar("T", bound="JobCostCenterOneOffItemUpdate")


@_attrs_define
class JobCostCenterOneOffItemUpdate:
    """
    Attributes:
        billable (bool | Unset): Deprecated. Please use BillableStatus field.
        billable_status (JobCostCenterCatalogItemBillableStatus | Unset):
        part_no (str | Unset): This field is valid only when one off item is Material type and is Inventory.
        vendor (int | Unset): ID of a vendor
        description (str | Unset):
        estimated_cost (float | Unset): The estimated cost of this item, before markup is applied.
        markup (float | Unset): Specify the markup of this item. If you specify this, the sell price (ex discount) will
            automatically be calculated.
        estimated_time (float | Unset):
        sales_tax_code (int | Unset): ID of a tax code
        actual_cost (float | Unset):
        actual_cost_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        display_order (int | Unset): Sets the position of this one-off item relative to the others within this cost
            center. Please note that the values you set will be overriden with a sequence of numbers beginning with 1.
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

    billable: bool | Unset = UNSET
    billable_status: JobCostCenterCatalogItemBillableStatus | Unset = UNSET
    part_no: str | Unset = UNSET
    vendor: int | Unset = UNSET
    description: str | Unset = UNSET
    estimated_cost: float | Unset = UNSET
    markup: float | Unset = UNSET
    estimated_time: float | Unset = UNSET
    sales_tax_code: int | Unset = UNSET
    actual_cost: float | Unset = UNSET
    actual_cost_date: datetime.date | None | Unset = UNSET
    display_order: int | Unset = UNSET
    discount: float | Unset = UNSET
    sell_price_ex_discount: float | Unset = UNSET
    sell_price_inc_discount: float | Unset = UNSET
    sell_price: float | Unset = UNSET
    total: JobCostCenterCatalogItemUpdateTotal | Unset = UNSET
    income_account: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billable = self.billable
        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        part_no = self.part_no
        vendor = self.vendor
        description = self.description
        estimated_cost = self.estimated_cost
        markup = self.markup
        estimated_time = self.estimated_time
        sales_tax_code = self.sales_tax_code
        actual_cost = self.actual_cost
        actual_cost_date: None | str | Unset
        if isinstance(self.actual_cost_date, Unset):
            actual_cost_date = UNSET
        elif isinstance(self.actual_cost_date, datetime.date):
            actual_cost_date = self.actual_cost_date.isoformat()
        else:
            actual_cost_date = self.actual_cost_date
        display_order = self.display_order
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
        if not isinstance(billable, Unset):
            field_dict["Billable"] = billable
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(estimated_cost, Unset):
            field_dict["EstimatedCost"] = estimated_cost
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(actual_cost, Unset):
            field_dict["ActualCost"] = actual_cost
        if not isinstance(actual_cost_date, Unset):
            field_dict["ActualCostDate"] = actual_cost_date
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
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
        billable = d.pop("Billable", UNSET)

        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        part_no = d.pop("PartNo", UNSET)

        vendor = d.pop("Vendor", UNSET)

        description = d.pop("Description", UNSET)

        estimated_cost = d.pop("EstimatedCost", UNSET)

        markup = d.pop("Markup", UNSET)

        estimated_time = d.pop("EstimatedTime", UNSET)

        sales_tax_code = d.pop("SalesTaxCode", UNSET)

        actual_cost = d.pop("ActualCost", UNSET)

        def _parse_actual_cost_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_cost_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(actual_cost_date_type_0):
                    return actual_cost_date_type_0
                partial_fits.append(actual_cost_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        actual_cost_date = _parse_actual_cost_date(d.pop("ActualCostDate", UNSET))

        display_order = d.pop("DisplayOrder", UNSET)

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
            billable=billable,
            billable_status=billable_status,
            part_no=part_no,
            vendor=vendor,
            description=description,
            estimated_cost=estimated_cost,
            markup=markup,
            estimated_time=estimated_time,
            sales_tax_code=sales_tax_code,
            actual_cost=actual_cost,
            actual_cost_date=actual_cost_date,
            display_order=display_order,
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
