from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.materials_markup import MaterialsMarkup
    from ..models.resources_markup_total import ResourcesMarkupTotal


T = TypeVar("T", bound="ResourcesMarkup")


@_attrs_define
class ResourcesMarkup:
    """
    Attributes:
        total (ResourcesMarkupTotal):
        labor (MaterialsMarkup):
        plant_and_equipment (MaterialsMarkup):
    """

    total: ResourcesMarkupTotal
    labor: MaterialsMarkup
    plant_and_equipment: MaterialsMarkup
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        labor = self.labor.to_dict()

        plant_and_equipment = self.plant_and_equipment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Total": total,
                "Labor": labor,
                "PlantAndEquipment": plant_and_equipment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.materials_markup import MaterialsMarkup  # noqa: PLC0415
        from ..models.resources_markup_total import ResourcesMarkupTotal  # noqa: PLC0415

        d = dict(src_dict)
        total = ResourcesMarkupTotal.from_dict(d.pop("Total"))

        labor = MaterialsMarkup.from_dict(d.pop("Labor"))

        plant_and_equipment = MaterialsMarkup.from_dict(d.pop("PlantAndEquipment"))

        resources_markup = cls(
            total=total,
            labor=labor,
            plant_and_equipment=plant_and_equipment,
        )

        resources_markup.additional_properties = d
        return resources_markup

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
