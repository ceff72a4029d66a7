from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..models.job_cost_center_one_off_item_type import JobCostCenterOneOffItemType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.claimed import Claimed
    from ..models.cost_center_ref import CostCenterRef
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.sell_price import SellPrice
    from ..models.total import Total


T = TypeVar("T", bound="JobCostCenterOneOffItem")


@_attrs_define
class JobCostCenterOneOffItem:
    """
    Attributes:
        id (int):
        type_ (JobCostCenterOneOffItemType):
        billable (bool): Deprecated. Please use BillableStatus field.
        billable_status (JobCostCenterCatalogItemBillableStatus):
        inventory_item (int):
        part_no (str): This field is valid only when one off item is Material type and is Inventory.
        vendor (CostCenterRef):
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
        total (Total):
        income_account (IncomeAccountRef):
        actual_cost_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        claimed (Claimed | None | Unset):
    """

    id: int
    type_: JobCostCenterOneOffItemType
    billable: bool
    billable_status: JobCostCenterCatalogItemBillableStatus
    inventory_item: int
    part_no: str
    vendor: CostCenterRef
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
    total: Total
    income_account: IncomeAccountRef
    actual_cost_date: datetime.date | None | Unset = UNSET
    claimed: Claimed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.claimed import Claimed  # noqa: PLC0415

        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        billable = self.billable
        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        inventory_item = self.inventory_item
        part_no = self.part_no
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()
        description = self.description
        estimated_cost = self.estimated_cost
        markup = self.markup
        labor_cost = self.labor_cost
        estimated_time = self.estimated_time
        sales_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code, Unset):
            sales_tax_code = self.sales_tax_code.to_dict()
        actual_cost = self.actual_cost
        display_order = self.display_order
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        discount = self.discount
        sell_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sell_price, Unset):
            sell_price = self.sell_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        income_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account, Unset):
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
        elif isinstance(self.claimed, Claimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(billable, Unset):
            field_dict["Billable"] = billable
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(inventory_item, Unset):
            field_dict["InventoryItem"] = inventory_item
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
        if not isinstance(labor_cost, Unset):
            field_dict["LaborCost"] = labor_cost
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(actual_cost, Unset):
            field_dict["ActualCost"] = actual_cost
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account
        if not isinstance(actual_cost_date, Unset):
            field_dict["ActualCostDate"] = actual_cost_date
        if not isinstance(claimed, Unset):
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claimed import Claimed  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.sell_price import SellPrice  # noqa: PLC0415
        from ..models.total import Total  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: JobCostCenterOneOffItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobCostCenterOneOffItemType.parse(_type_)

        billable = d.pop("Billable", UNSET)

        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        inventory_item = d.pop("InventoryItem", UNSET)

        part_no = d.pop("PartNo", UNSET)

        _vendor = d.pop("Vendor", UNSET)
        vendor: CostCenterRef | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = CostCenterRef.from_dict(_vendor)

        description = d.pop("Description", UNSET)

        estimated_cost = d.pop("EstimatedCost", UNSET)

        markup = d.pop("Markup", UNSET)

        labor_cost = d.pop("LaborCost", UNSET)

        estimated_time = d.pop("EstimatedTime", UNSET)

        _sales_tax_code = d.pop("SalesTaxCode", UNSET)
        sales_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code, Unset):
            sales_tax_code = UNSET
        else:
            sales_tax_code = SalesTaxCodeRef.from_dict(_sales_tax_code)

        actual_cost = d.pop("ActualCost", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        discount = d.pop("Discount", UNSET)

        _sell_price = d.pop("SellPrice", UNSET)
        sell_price: SellPrice | Unset
        if isinstance(_sell_price, Unset):
            sell_price = UNSET
        else:
            sell_price = SellPrice.from_dict(_sell_price)

        _total = d.pop("Total", UNSET)
        total: Total | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Total.from_dict(_total)

        _income_account = d.pop("IncomeAccount", UNSET)
        income_account: IncomeAccountRef | Unset
        if isinstance(_income_account, Unset):
            income_account = UNSET
        else:
            income_account = IncomeAccountRef.from_dict(_income_account)

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

        def _parse_claimed(data: object) -> Claimed | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[Claimed | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = Claimed.from_dict(data)

                if is_complete(claimed_type_1):
                    return claimed_type_1
                partial_fits.append(claimed_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(Claimed | None | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            billable=_unchecked(billable),
            billable_status=_unchecked(billable_status),
            inventory_item=_unchecked(inventory_item),
            part_no=_unchecked(part_no),
            vendor=_unchecked(vendor),
            description=_unchecked(description),
            estimated_cost=_unchecked(estimated_cost),
            markup=_unchecked(markup),
            labor_cost=_unchecked(labor_cost),
            estimated_time=_unchecked(estimated_time),
            sales_tax_code=_unchecked(sales_tax_code),
            actual_cost=_unchecked(actual_cost),
            display_order=_unchecked(display_order),
            date_modified=_unchecked(date_modified),
            discount=_unchecked(discount),
            sell_price=_unchecked(sell_price),
            total=_unchecked(total),
            income_account=_unchecked(income_account),
            actual_cost_date=actual_cost_date,
            claimed=claimed,
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
