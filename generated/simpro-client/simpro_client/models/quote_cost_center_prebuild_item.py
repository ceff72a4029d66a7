from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.fit_time_ref import FitTimeRef
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.prebuild_ref import PrebuildRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.sell_price import SellPrice
    from ..models.total import Total
    from ..models.totals import Totals


T = TypeVar("T", bound="QuoteCostCenterPrebuildItem")


@_attrs_define
class QuoteCostCenterPrebuildItem:
    """
    Attributes:
        id (int):
        prebuild (PrebuildRef):
        billable_item (bool): Deprecated. Please use BillableStatus field.
        billable_status (JobCostCenterCatalogItemBillableStatus):
        estimated_time (float):
        base_price (float):
        markup (float): Specify the markup of this item. If you specify this, the sell price (ex discount) will
            automatically be calculated.
        labor_cost (float):
        sales_tax_code (SalesTaxCodeRef):
        totals (Totals):
        display_order (int): Sets the position of this prebuild item relative to the others within this cost center.
            Please note that the values you set will be overriden with a sequence of numbers beginning with 1.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (SellPrice):
        total (Total):
        income_account (IncomeAccountRef):
        fit_time (FitTimeRef | None | Unset):
    """

    id: int
    prebuild: PrebuildRef
    billable_item: bool
    billable_status: JobCostCenterCatalogItemBillableStatus
    estimated_time: float
    base_price: float
    markup: float
    labor_cost: float
    sales_tax_code: SalesTaxCodeRef
    totals: Totals
    display_order: int
    date_modified: datetime.datetime
    discount: float
    sell_price: SellPrice
    total: Total
    income_account: IncomeAccountRef
    fit_time: FitTimeRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415

        id = self.id
        prebuild: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prebuild, Unset):
            prebuild = self.prebuild.to_dict()
        billable_item = self.billable_item
        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        estimated_time = self.estimated_time
        base_price = self.base_price
        markup = self.markup
        labor_cost = self.labor_cost
        sales_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code, Unset):
            sales_tax_code = self.sales_tax_code.to_dict()
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
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
        fit_time: dict[str, Any] | None | Unset
        if isinstance(self.fit_time, Unset):
            fit_time = UNSET
        elif isinstance(self.fit_time, FitTimeRef):
            fit_time = self.fit_time.to_dict()
        else:
            fit_time = self.fit_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild
        if not isinstance(billable_item, Unset):
            field_dict["BillableItem"] = billable_item
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time
        if not isinstance(base_price, Unset):
            field_dict["BasePrice"] = base_price
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(labor_cost, Unset):
            field_dict["LaborCost"] = labor_cost
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
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
        if not isinstance(fit_time, Unset):
            field_dict["FitTime"] = fit_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.prebuild_ref import PrebuildRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.sell_price import SellPrice  # noqa: PLC0415
        from ..models.total import Total  # noqa: PLC0415
        from ..models.totals import Totals  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _prebuild = d.pop("Prebuild", UNSET)
        prebuild: PrebuildRef | Unset
        if isinstance(_prebuild, Unset):
            prebuild = UNSET
        else:
            prebuild = PrebuildRef.from_dict(_prebuild)

        billable_item = d.pop("BillableItem", UNSET)

        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        estimated_time = d.pop("EstimatedTime", UNSET)

        base_price = d.pop("BasePrice", UNSET)

        markup = d.pop("Markup", UNSET)

        labor_cost = d.pop("LaborCost", UNSET)

        _sales_tax_code = d.pop("SalesTaxCode", UNSET)
        sales_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code, Unset):
            sales_tax_code = UNSET
        else:
            sales_tax_code = SalesTaxCodeRef.from_dict(_sales_tax_code)

        _totals = d.pop("Totals", UNSET)
        totals: Totals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = Totals.from_dict(_totals)

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

        def _parse_fit_time(data: object) -> FitTimeRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FitTimeRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fit_time_type_1 = FitTimeRef.from_dict(data)

                if is_complete(fit_time_type_1):
                    return fit_time_type_1
                partial_fits.append(fit_time_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FitTimeRef | None | Unset, data)

        fit_time = _parse_fit_time(d.pop("FitTime", UNSET))

        _instance = cls(
            id=_unchecked(id),
            prebuild=_unchecked(prebuild),
            billable_item=_unchecked(billable_item),
            billable_status=_unchecked(billable_status),
            estimated_time=_unchecked(estimated_time),
            base_price=_unchecked(base_price),
            markup=_unchecked(markup),
            labor_cost=_unchecked(labor_cost),
            sales_tax_code=_unchecked(sales_tax_code),
            totals=_unchecked(totals),
            display_order=_unchecked(display_order),
            date_modified=_unchecked(date_modified),
            discount=_unchecked(discount),
            sell_price=_unchecked(sell_price),
            total=_unchecked(total),
            income_account=_unchecked(income_account),
            fit_time=fit_time,
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
