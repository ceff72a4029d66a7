from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_one_off_item_billable_status import JobCostCenterOneOffItemBillableStatus
from ..models.job_cost_center_one_off_item_type import JobCostCenterOneOffItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.job_cost_center_one_off_item_list_item_claimed import JobCostCenterOneOffItemListItemClaimed
    from ..models.job_cost_center_one_off_item_list_item_total import JobCostCenterOneOffItemListItemTotal
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.sell_price import SellPrice
    from ..models.vendor_ref import VendorRef


T = TypeVar("T", bound="JobCostCenterOneOffItem")


@_attrs_define
class JobCostCenterOneOffItem:
    """
    Attributes:
        id (int):
        type_ (JobCostCenterOneOffItemType):
        billable (bool): Deprecated. Please use BillableStatus field.
        billable_status (JobCostCenterOneOffItemBillableStatus):
        inventory_item (int):
        part_no (str): This field is valid only when one off item is Material type and is Inventory.
        vendor (VendorRef):
        description (str):
        estimated_cost (float): The estimated cost of this item, before markup is applied.
        markup (float): Specify the markup of this item. If you specify this, the sell price (ex discount) will
            automatically be calculated.
        labor_cost (float):
        estimated_time (float):
        sales_tax_code (SalesTaxCodeRef):
        actual_cost (float):
        display_order (int): Sets the position of this one-off item relative to the others within this cost center.
            Please note that the values you set will be overriden with a sequence of numbers beginning with 1.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (SellPrice):
        total (JobCostCenterOneOffItemListItemTotal):
        income_account (IncomeAccountRef):
        actual_cost_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        claimed (JobCostCenterOneOffItemListItemClaimed | None | Unset):
    """

    id: int
    type_: JobCostCenterOneOffItemType
    billable: bool
    billable_status: JobCostCenterOneOffItemBillableStatus
    inventory_item: int
    part_no: str
    vendor: VendorRef
    description: str
    estimated_cost: float
    markup: float
    labor_cost: float
    estimated_time: float
    sales_tax_code: SalesTaxCodeRef
    actual_cost: float
    display_order: int
    date_modified: datetime.datetime
    discount: float
    sell_price: SellPrice
    total: JobCostCenterOneOffItemListItemTotal
    income_account: IncomeAccountRef
    actual_cost_date: datetime.date | None | Unset = UNSET
    claimed: JobCostCenterOneOffItemListItemClaimed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_cost_center_one_off_item_list_item_claimed import JobCostCenterOneOffItemListItemClaimed  # noqa: PLC0415

        id = self.id

        type_ = self.type_.value

        billable = self.billable

        billable_status = self.billable_status.value

        inventory_item = self.inventory_item

        part_no = self.part_no

        vendor = self.vendor.to_dict()

        description = self.description

        estimated_cost = self.estimated_cost

        markup = self.markup

        labor_cost = self.labor_cost

        estimated_time = self.estimated_time

        sales_tax_code = self.sales_tax_code.to_dict()

        actual_cost = self.actual_cost

        display_order = self.display_order

        date_modified = self.date_modified.isoformat()

        discount = self.discount

        sell_price = self.sell_price.to_dict()

        total = self.total.to_dict()

        income_account = self.income_account.to_dict()

        actual_cost_date: None | str | Unset
        if isinstance(self.actual_cost_date, Unset):
            actual_cost_date = UNSET
        elif isinstance(self.actual_cost_date, datetime.date):
            actual_cost_date = self.actual_cost_date.isoformat()
        else:
            actual_cost_date = self.actual_cost_date

        claimed: dict[str, Any] | None | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        elif isinstance(self.claimed, JobCostCenterOneOffItemListItemClaimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Type": type_,
                "Billable": billable,
                "BillableStatus": billable_status,
                "InventoryItem": inventory_item,
                "PartNo": part_no,
                "Vendor": vendor,
                "Description": description,
                "EstimatedCost": estimated_cost,
                "Markup": markup,
                "LaborCost": labor_cost,
                "EstimatedTime": estimated_time,
                "SalesTaxCode": sales_tax_code,
                "ActualCost": actual_cost,
                "DisplayOrder": display_order,
                "DateModified": date_modified,
                "Discount": discount,
                "SellPrice": sell_price,
                "Total": total,
                "IncomeAccount": income_account,
            }
        )
        if actual_cost_date is not UNSET:
            field_dict["ActualCostDate"] = actual_cost_date
        if claimed is not UNSET:
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.job_cost_center_one_off_item_list_item_claimed import JobCostCenterOneOffItemListItemClaimed  # noqa: PLC0415
        from ..models.job_cost_center_one_off_item_list_item_total import JobCostCenterOneOffItemListItemTotal  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.sell_price import SellPrice  # noqa: PLC0415
        from ..models.vendor_ref import VendorRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        type_ = JobCostCenterOneOffItemType(d.pop("Type"))

        billable = d.pop("Billable")

        billable_status = JobCostCenterOneOffItemBillableStatus(d.pop("BillableStatus"))

        inventory_item = d.pop("InventoryItem")

        part_no = d.pop("PartNo")

        vendor = VendorRef.from_dict(d.pop("Vendor"))

        description = d.pop("Description")

        estimated_cost = d.pop("EstimatedCost")

        markup = d.pop("Markup")

        labor_cost = d.pop("LaborCost")

        estimated_time = d.pop("EstimatedTime")

        sales_tax_code = SalesTaxCodeRef.from_dict(d.pop("SalesTaxCode"))

        actual_cost = d.pop("ActualCost")

        display_order = d.pop("DisplayOrder")

        date_modified = datetime.datetime.fromisoformat(d.pop("DateModified"))

        discount = d.pop("Discount")

        sell_price = SellPrice.from_dict(d.pop("SellPrice"))

        total = JobCostCenterOneOffItemListItemTotal.from_dict(d.pop("Total"))

        income_account = IncomeAccountRef.from_dict(d.pop("IncomeAccount"))

        def _parse_actual_cost_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_cost_date_type_0 = datetime.date.fromisoformat(data)

                return actual_cost_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_cost_date = _parse_actual_cost_date(d.pop("ActualCostDate", UNSET))

        def _parse_claimed(data: object) -> JobCostCenterOneOffItemListItemClaimed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = JobCostCenterOneOffItemListItemClaimed.from_dict(data)

                return claimed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobCostCenterOneOffItemListItemClaimed | None | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        job_cost_center_one_off_item = cls(
            id=id,
            type_=type_,
            billable=billable,
            billable_status=billable_status,
            inventory_item=inventory_item,
            part_no=part_no,
            vendor=vendor,
            description=description,
            estimated_cost=estimated_cost,
            markup=markup,
            labor_cost=labor_cost,
            estimated_time=estimated_time,
            sales_tax_code=sales_tax_code,
            actual_cost=actual_cost,
            display_order=display_order,
            date_modified=date_modified,
            discount=discount,
            sell_price=sell_price,
            total=total,
            income_account=income_account,
            actual_cost_date=actual_cost_date,
            claimed=claimed,
        )

        job_cost_center_one_off_item.additional_properties = d
        return job_cost_center_one_off_item

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
