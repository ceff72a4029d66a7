from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.adjusted import Adjusted
    from ..models.job_totals_resources_markup_total import JobTotalsResourcesMarkupTotal


T = TypeVar("T", bound="JobTotalsResourcesMarkup")


@_attrs_define
class JobTotalsResourcesMarkup:
    """
    Attributes:
        total (JobTotalsResourcesMarkupTotal):
        labor (Adjusted):
        plant_and_equipment (Adjusted):
    """

    total: JobTotalsResourcesMarkupTotal
    labor: Adjusted
    plant_and_equipment: Adjusted
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        labor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor, Unset):
            labor = self.labor.to_dict()
        plant_and_equipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plant_and_equipment, Unset):
            plant_and_equipment = self.plant_and_equipment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(labor, Unset):
            field_dict["Labor"] = labor
        if not isinstance(plant_and_equipment, Unset):
            field_dict["PlantAndEquipment"] = plant_and_equipment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adjusted import Adjusted  # noqa: PLC0415
        from ..models.job_totals_resources_markup_total import JobTotalsResourcesMarkupTotal  # noqa: PLC0415

        d = dict(src_dict)
        _total = d.pop("Total", UNSET)
        total: JobTotalsResourcesMarkupTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobTotalsResourcesMarkupTotal.from_dict(_total)

        _labor = d.pop("Labor", UNSET)
        labor: Adjusted | Unset
        if isinstance(_labor, Unset):
            labor = UNSET
        else:
            labor = Adjusted.from_dict(_labor)

        _plant_and_equipment = d.pop("PlantAndEquipment", UNSET)
        plant_and_equipment: Adjusted | Unset
        if isinstance(_plant_and_equipment, Unset):
            plant_and_equipment = UNSET
        else:
            plant_and_equipment = Adjusted.from_dict(_plant_and_equipment)

        _instance = cls(
            total=_unchecked(total),
            labor=_unchecked(labor),
            plant_and_equipment=_unchecked(plant_and_equipment),
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
