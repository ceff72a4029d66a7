from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.job_cost_center_catalog_item_create_total import JobCostCenterCatalogItemCreateTotal


T = TypeVar("T", bound="TakeOffTemplateLaborCreate")


@_attrs_define
class TakeOffTemplateLaborCreate:
    """
    Attributes:
        labor_type (int): ID of a labor rate
        total (JobCostCenterCatalogItemCreateTotal):
        labor_rate (float | Unset):
        labor_markup (float | Unset):
        ticked (bool | Unset):
        sales_tax_code (int | Unset): ID of a tax code
        income_account (int | Unset): ID of a chart of account
    """

    labor_type: int
    total: JobCostCenterCatalogItemCreateTotal
    labor_rate: float | Unset = UNSET
    labor_markup: float | Unset = UNSET
    ticked: bool | Unset = UNSET
    sales_tax_code: int | Unset = UNSET
    income_account: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labor_type = self.labor_type
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        labor_rate = self.labor_rate
        labor_markup = self.labor_markup
        ticked = self.ticked
        sales_tax_code = self.sales_tax_code
        income_account = self.income_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(labor_type, Unset):
            field_dict["LaborType"] = labor_type
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(labor_rate, Unset):
            field_dict["LaborRate"] = labor_rate
        if not isinstance(labor_markup, Unset):
            field_dict["LaborMarkup"] = labor_markup
        if not isinstance(ticked, Unset):
            field_dict["Ticked"] = ticked
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_cost_center_catalog_item_create_total import JobCostCenterCatalogItemCreateTotal  # noqa: PLC0415

        d = dict(src_dict)
        labor_type = d.pop("LaborType", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobCostCenterCatalogItemCreateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobCostCenterCatalogItemCreateTotal.from_dict(_total)

        labor_rate = d.pop("LaborRate", UNSET)

        labor_markup = d.pop("LaborMarkup", UNSET)

        ticked = d.pop("Ticked", UNSET)

        sales_tax_code = d.pop("SalesTaxCode", UNSET)

        income_account = d.pop("IncomeAccount", UNSET)

        _instance = cls(
            labor_type=_unchecked(labor_type),
            total=_unchecked(total),
            labor_rate=labor_rate,
            labor_markup=labor_markup,
            ticked=ticked,
            sales_tax_code=sales_tax_code,
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
