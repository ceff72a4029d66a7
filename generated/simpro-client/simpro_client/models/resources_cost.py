from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.materials_cost import MaterialsCost
    from ..models.plant_and_equipment_hours import PlantAndEquipmentHours


T = TypeVar("T", bound="ResourcesCost")


@_attrs_define
class ResourcesCost:
    """
    Attributes:
        total (MaterialsCost):
        labor (MaterialsCost):
        labor_hours (MaterialsCost):
        plant_and_equipment (MaterialsCost):
        plant_and_equipment_hours (PlantAndEquipmentHours):
        commission (PlantAndEquipmentHours):
        overhead (MaterialsCost):
    """

    total: MaterialsCost
    labor: MaterialsCost
    labor_hours: MaterialsCost
    plant_and_equipment: MaterialsCost
    plant_and_equipment_hours: PlantAndEquipmentHours
    commission: PlantAndEquipmentHours
    overhead: MaterialsCost
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        labor = self.labor.to_dict()

        labor_hours = self.labor_hours.to_dict()

        plant_and_equipment = self.plant_and_equipment.to_dict()

        plant_and_equipment_hours = self.plant_and_equipment_hours.to_dict()

        commission = self.commission.to_dict()

        overhead = self.overhead.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Total": total,
                "Labor": labor,
                "LaborHours": labor_hours,
                "PlantAndEquipment": plant_and_equipment,
                "PlantAndEquipmentHours": plant_and_equipment_hours,
                "Commission": commission,
                "Overhead": overhead,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.materials_cost import MaterialsCost  # noqa: PLC0415
        from ..models.plant_and_equipment_hours import PlantAndEquipmentHours  # noqa: PLC0415

        d = dict(src_dict)
        total = MaterialsCost.from_dict(d.pop("Total"))

        labor = MaterialsCost.from_dict(d.pop("Labor"))

        labor_hours = MaterialsCost.from_dict(d.pop("LaborHours"))

        plant_and_equipment = MaterialsCost.from_dict(d.pop("PlantAndEquipment"))

        plant_and_equipment_hours = PlantAndEquipmentHours.from_dict(d.pop("PlantAndEquipmentHours"))

        commission = PlantAndEquipmentHours.from_dict(d.pop("Commission"))

        overhead = MaterialsCost.from_dict(d.pop("Overhead"))

        resources_cost = cls(
            total=total,
            labor=labor,
            labor_hours=labor_hours,
            plant_and_equipment=plant_and_equipment,
            plant_and_equipment_hours=plant_and_equipment_hours,
            commission=commission,
            overhead=overhead,
        )

        resources_cost.additional_properties = d
        return resources_cost

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
