from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plant_and_equipment_create_servicing_frequency_type import PlantAndEquipmentCreateServicingFrequencyType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.next_service import NextService


T = TypeVar("T", bound="PlantAndEquipmentServicing")


@_attrs_define
class PlantAndEquipmentServicing:
    """
    Attributes:
        frequency (int):
        frequency_type (PlantAndEquipmentCreateServicingFrequencyType):
        starts_in (int): This will be used when the service frequency of the plant type is 'hour'.
        start_date (datetime.date): This will be used when the service frequency of the plant type is 'week' , 'month' ,
            or 'year'.
        next_service (NextService):
    """

    frequency: int
    frequency_type: PlantAndEquipmentCreateServicingFrequencyType
    starts_in: int
    start_date: datetime.date
    next_service: NextService
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency
        frequency_type: str | Unset = UNSET
        if not isinstance(self.frequency_type, Unset):
            frequency_type = self.frequency_type.value

        starts_in = self.starts_in
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        next_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_service, Unset):
            next_service = self.next_service.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(frequency, Unset):
            field_dict["Frequency"] = frequency
        if not isinstance(frequency_type, Unset):
            field_dict["FrequencyType"] = frequency_type
        if not isinstance(starts_in, Unset):
            field_dict["StartsIn"] = starts_in
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(next_service, Unset):
            field_dict["NextService"] = next_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.next_service import NextService  # noqa: PLC0415

        d = dict(src_dict)
        frequency = d.pop("Frequency", UNSET)

        _frequency_type = d.pop("FrequencyType", UNSET)
        frequency_type: PlantAndEquipmentCreateServicingFrequencyType | Unset
        if isinstance(_frequency_type, Unset):
            frequency_type = UNSET
        else:
            frequency_type = PlantAndEquipmentCreateServicingFrequencyType.parse(_frequency_type)

        starts_in = d.pop("StartsIn", UNSET)

        _start_date = d.pop("StartDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _next_service = d.pop("NextService", UNSET)
        next_service: NextService | Unset
        if isinstance(_next_service, Unset):
            next_service = UNSET
        else:
            next_service = NextService.from_dict(_next_service)

        _instance = cls(
            frequency=_unchecked(frequency),
            frequency_type=_unchecked(frequency_type),
            starts_in=_unchecked(starts_in),
            start_date=_unchecked(start_date),
            next_service=_unchecked(next_service),
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
