from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.catalog_ref import CatalogRef
    from ..models.fit_time_ref import FitTimeRef
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="TakeOffTemplateCatalog")


@_attrs_define
class TakeOffTemplateCatalog:
    """
    Attributes:
        id (int):
        catalog (CatalogRef):
        display_order (int): Sets the position of this catalog item relative to the others within this take off
            template. Please note that the values you set will be overridden with a sequence of numbers beginning with 1.
        billable_status (JobCostCenterCatalogItemBillableStatus):
        estimated_time (float):
        base_price (float):
        ticked (bool):
        markup (float): Specify the markup of this item. If you specify this, the sell price will automatically be
            calculated.
        sell_price (Amount):
        sales_tax_code (SalesTaxCodeRef):
        total (RecurringJobCostCenterLaborListItemTotal):
        income_account (IncomeAccountRef):
        fit_time (FitTimeRef | None | Unset):
    """

    id: int
    catalog: CatalogRef
    display_order: int
    billable_status: JobCostCenterCatalogItemBillableStatus
    estimated_time: float
    base_price: float
    ticked: bool
    markup: float
    sell_price: Amount
    sales_tax_code: SalesTaxCodeRef
    total: RecurringJobCostCenterLaborListItemTotal
    income_account: IncomeAccountRef
    fit_time: FitTimeRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415

        id = self.id
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        display_order = self.display_order
        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        estimated_time = self.estimated_time
        base_price = self.base_price
        ticked = self.ticked
        markup = self.markup
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
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(estimated_time, Unset):
            field_dict["EstimatedTime"] = estimated_time
        if not isinstance(base_price, Unset):
            field_dict["BasePrice"] = base_price
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
        if not isinstance(fit_time, Unset):
            field_dict["FitTime"] = fit_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.catalog_ref import CatalogRef  # noqa: PLC0415
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.recurring_job_cost_center_labor_list_item_total import RecurringJobCostCenterLaborListItemTotal  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _catalog = d.pop("Catalog", UNSET)
        catalog: CatalogRef | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = CatalogRef.from_dict(_catalog)

        display_order = d.pop("DisplayOrder", UNSET)

        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        estimated_time = d.pop("EstimatedTime", UNSET)

        base_price = d.pop("BasePrice", UNSET)

        ticked = d.pop("Ticked", UNSET)

        markup = d.pop("Markup", UNSET)

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
            catalog=_unchecked(catalog),
            display_order=_unchecked(display_order),
            billable_status=_unchecked(billable_status),
            estimated_time=_unchecked(estimated_time),
            base_price=_unchecked(base_price),
            ticked=_unchecked(ticked),
            markup=_unchecked(markup),
            sell_price=_unchecked(sell_price),
            sales_tax_code=_unchecked(sales_tax_code),
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
