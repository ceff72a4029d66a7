from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.budget_resources_cost_labor import BudgetResourcesCostLabor


T = TypeVar("T", bound="BudgetResourcesCost")


@_attrs_define
class BudgetResourcesCost:
    """
    Attributes:
        total (BudgetResourcesCostLabor):
        labor (BudgetResourcesCostLabor):
        labor_hours (BudgetResourcesCostLabor):
        plant_and_equipment (BudgetResourcesCostLabor):
        plant_and_equipment_hours (BudgetResourcesCostLabor):
    """

    total: BudgetResourcesCostLabor
    labor: BudgetResourcesCostLabor
    labor_hours: BudgetResourcesCostLabor
    plant_and_equipment: BudgetResourcesCostLabor
    plant_and_equipment_hours: BudgetResourcesCostLabor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        labor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor, Unset):
            labor = self.labor.to_dict()
        labor_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_hours, Unset):
            labor_hours = self.labor_hours.to_dict()
        plant_and_equipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plant_and_equipment, Unset):
            plant_and_equipment = self.plant_and_equipment.to_dict()
        plant_and_equipment_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plant_and_equipment_hours, Unset):
            plant_and_equipment_hours = self.plant_and_equipment_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(labor, Unset):
            field_dict["Labor"] = labor
        if not isinstance(labor_hours, Unset):
            field_dict["LaborHours"] = labor_hours
        if not isinstance(plant_and_equipment, Unset):
            field_dict["PlantAndEquipment"] = plant_and_equipment
        if not isinstance(plant_and_equipment_hours, Unset):
            field_dict["PlantAndEquipmentHours"] = plant_and_equipment_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_resources_cost_labor import BudgetResourcesCostLabor  # noqa: PLC0415

        d = dict(src_dict)
        _total = d.pop("Total", UNSET)
        total: BudgetResourcesCostLabor | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = BudgetResourcesCostLabor.from_dict(_total)

        _labor = d.pop("Labor", UNSET)
        labor: BudgetResourcesCostLabor | Unset
        if isinstance(_labor, Unset):
            labor = UNSET
        else:
            labor = BudgetResourcesCostLabor.from_dict(_labor)

        _labor_hours = d.pop("LaborHours", UNSET)
        labor_hours: BudgetResourcesCostLabor | Unset
        if isinstance(_labor_hours, Unset):
            labor_hours = UNSET
        else:
            labor_hours = BudgetResourcesCostLabor.from_dict(_labor_hours)

        _plant_and_equipment = d.pop("PlantAndEquipment", UNSET)
        plant_and_equipment: BudgetResourcesCostLabor | Unset
        if isinstance(_plant_and_equipment, Unset):
            plant_and_equipment = UNSET
        else:
            plant_and_equipment = BudgetResourcesCostLabor.from_dict(_plant_and_equipment)

        _plant_and_equipment_hours = d.pop("PlantAndEquipmentHours", UNSET)
        plant_and_equipment_hours: BudgetResourcesCostLabor | Unset
        if isinstance(_plant_and_equipment_hours, Unset):
            plant_and_equipment_hours = UNSET
        else:
            plant_and_equipment_hours = BudgetResourcesCostLabor.from_dict(_plant_and_equipment_hours)

        _instance = cls(
            total=_unchecked(total),
            labor=_unchecked(labor),
            labor_hours=_unchecked(labor_hours),
            plant_and_equipment=_unchecked(plant_and_equipment),
            plant_and_equipment_hours=_unchecked(plant_and_equipment_hours),
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
