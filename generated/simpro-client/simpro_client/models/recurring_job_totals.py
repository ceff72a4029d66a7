from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.recurring_invoice_totals_resources_cost_plant_and_equipment import (
        RecurringInvoiceTotalsResourcesCostPlantAndEquipment,
    )
    from ..models.recurring_job_totals_resources_cost import RecurringJobTotalsResourcesCost
    from ..models.recurring_job_totals_resources_markup import RecurringJobTotalsResourcesMarkup


T = TypeVar("T", bound="RecurringJobTotals")


@_attrs_define
class RecurringJobTotals:
    """
    Attributes:
        materials_cost (RecurringInvoiceTotalsResourcesCostPlantAndEquipment):
        resources_cost (RecurringJobTotalsResourcesCost):
        materials_markup (RecurringInvoiceTotalsResourcesCostPlantAndEquipment):
        resources_markup (RecurringJobTotalsResourcesMarkup):
        adjusted (RecurringInvoiceTotalsResourcesCostPlantAndEquipment):
        discount (float):
        gross_profit_loss (RecurringInvoiceTotalsResourcesCostPlantAndEquipment):
        gross_margin (RecurringInvoiceTotalsResourcesCostPlantAndEquipment):
        nett_profit_loss (RecurringInvoiceTotalsResourcesCostPlantAndEquipment):
        nett_margin (RecurringInvoiceTotalsResourcesCostPlantAndEquipment):
    """

    materials_cost: RecurringInvoiceTotalsResourcesCostPlantAndEquipment
    resources_cost: RecurringJobTotalsResourcesCost
    materials_markup: RecurringInvoiceTotalsResourcesCostPlantAndEquipment
    resources_markup: RecurringJobTotalsResourcesMarkup
    adjusted: RecurringInvoiceTotalsResourcesCostPlantAndEquipment
    discount: float
    gross_profit_loss: RecurringInvoiceTotalsResourcesCostPlantAndEquipment
    gross_margin: RecurringInvoiceTotalsResourcesCostPlantAndEquipment
    nett_profit_loss: RecurringInvoiceTotalsResourcesCostPlantAndEquipment
    nett_margin: RecurringInvoiceTotalsResourcesCostPlantAndEquipment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        materials_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.materials_cost, Unset):
            materials_cost = self.materials_cost.to_dict()
        resources_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources_cost, Unset):
            resources_cost = self.resources_cost.to_dict()
        materials_markup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.materials_markup, Unset):
            materials_markup = self.materials_markup.to_dict()
        resources_markup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources_markup, Unset):
            resources_markup = self.resources_markup.to_dict()
        adjusted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adjusted, Unset):
            adjusted = self.adjusted.to_dict()
        discount = self.discount
        gross_profit_loss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gross_profit_loss, Unset):
            gross_profit_loss = self.gross_profit_loss.to_dict()
        gross_margin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gross_margin, Unset):
            gross_margin = self.gross_margin.to_dict()
        nett_profit_loss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nett_profit_loss, Unset):
            nett_profit_loss = self.nett_profit_loss.to_dict()
        nett_margin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nett_margin, Unset):
            nett_margin = self.nett_margin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(materials_cost, Unset):
            field_dict["MaterialsCost"] = materials_cost
        if not isinstance(resources_cost, Unset):
            field_dict["ResourcesCost"] = resources_cost
        if not isinstance(materials_markup, Unset):
            field_dict["MaterialsMarkup"] = materials_markup
        if not isinstance(resources_markup, Unset):
            field_dict["ResourcesMarkup"] = resources_markup
        if not isinstance(adjusted, Unset):
            field_dict["Adjusted"] = adjusted
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(gross_profit_loss, Unset):
            field_dict["GrossProfitLoss"] = gross_profit_loss
        if not isinstance(gross_margin, Unset):
            field_dict["GrossMargin"] = gross_margin
        if not isinstance(nett_profit_loss, Unset):
            field_dict["NettProfitLoss"] = nett_profit_loss
        if not isinstance(nett_margin, Unset):
            field_dict["NettMargin"] = nett_margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring_invoice_totals_resources_cost_plant_and_equipment import (
            RecurringInvoiceTotalsResourcesCostPlantAndEquipment,  # noqa: PLC0415
        )
        from ..models.recurring_job_totals_resources_cost import RecurringJobTotalsResourcesCost  # noqa: PLC0415
        from ..models.recurring_job_totals_resources_markup import RecurringJobTotalsResourcesMarkup  # noqa: PLC0415

        d = dict(src_dict)
        _materials_cost = d.pop("MaterialsCost", UNSET)
        materials_cost: RecurringInvoiceTotalsResourcesCostPlantAndEquipment | Unset
        if isinstance(_materials_cost, Unset):
            materials_cost = UNSET
        else:
            materials_cost = RecurringInvoiceTotalsResourcesCostPlantAndEquipment.from_dict(_materials_cost)

        _resources_cost = d.pop("ResourcesCost", UNSET)
        resources_cost: RecurringJobTotalsResourcesCost | Unset
        if isinstance(_resources_cost, Unset):
            resources_cost = UNSET
        else:
            resources_cost = RecurringJobTotalsResourcesCost.from_dict(_resources_cost)

        _materials_markup = d.pop("MaterialsMarkup", UNSET)
        materials_markup: RecurringInvoiceTotalsResourcesCostPlantAndEquipment | Unset
        if isinstance(_materials_markup, Unset):
            materials_markup = UNSET
        else:
            materials_markup = RecurringInvoiceTotalsResourcesCostPlantAndEquipment.from_dict(_materials_markup)

        _resources_markup = d.pop("ResourcesMarkup", UNSET)
        resources_markup: RecurringJobTotalsResourcesMarkup | Unset
        if isinstance(_resources_markup, Unset):
            resources_markup = UNSET
        else:
            resources_markup = RecurringJobTotalsResourcesMarkup.from_dict(_resources_markup)

        _adjusted = d.pop("Adjusted", UNSET)
        adjusted: RecurringInvoiceTotalsResourcesCostPlantAndEquipment | Unset
        if isinstance(_adjusted, Unset):
            adjusted = UNSET
        else:
            adjusted = RecurringInvoiceTotalsResourcesCostPlantAndEquipment.from_dict(_adjusted)

        discount = d.pop("Discount", UNSET)

        _gross_profit_loss = d.pop("GrossProfitLoss", UNSET)
        gross_profit_loss: RecurringInvoiceTotalsResourcesCostPlantAndEquipment | Unset
        if isinstance(_gross_profit_loss, Unset):
            gross_profit_loss = UNSET
        else:
            gross_profit_loss = RecurringInvoiceTotalsResourcesCostPlantAndEquipment.from_dict(_gross_profit_loss)

        _gross_margin = d.pop("GrossMargin", UNSET)
        gross_margin: RecurringInvoiceTotalsResourcesCostPlantAndEquipment | Unset
        if isinstance(_gross_margin, Unset):
            gross_margin = UNSET
        else:
            gross_margin = RecurringInvoiceTotalsResourcesCostPlantAndEquipment.from_dict(_gross_margin)

        _nett_profit_loss = d.pop("NettProfitLoss", UNSET)
        nett_profit_loss: RecurringInvoiceTotalsResourcesCostPlantAndEquipment | Unset
        if isinstance(_nett_profit_loss, Unset):
            nett_profit_loss = UNSET
        else:
            nett_profit_loss = RecurringInvoiceTotalsResourcesCostPlantAndEquipment.from_dict(_nett_profit_loss)

        _nett_margin = d.pop("NettMargin", UNSET)
        nett_margin: RecurringInvoiceTotalsResourcesCostPlantAndEquipment | Unset
        if isinstance(_nett_margin, Unset):
            nett_margin = UNSET
        else:
            nett_margin = RecurringInvoiceTotalsResourcesCostPlantAndEquipment.from_dict(_nett_margin)

        _instance = cls(
            materials_cost=_unchecked(materials_cost),
            resources_cost=_unchecked(resources_cost),
            materials_markup=_unchecked(materials_markup),
            resources_markup=_unchecked(resources_markup),
            adjusted=_unchecked(adjusted),
            discount=_unchecked(discount),
            gross_profit_loss=_unchecked(gross_profit_loss),
            gross_margin=_unchecked(gross_margin),
            nett_profit_loss=_unchecked(nett_profit_loss),
            nett_margin=_unchecked(nett_margin),
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
