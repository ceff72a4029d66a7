from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.set_price_prebuild_st_cs_zone_1 import SetPricePrebuildSTCsZone1


T = TypeVar("T", bound="SetPricePrebuildSTCs")


@_attrs_define
class SetPricePrebuildSTCs:
    """
    Attributes:
        zone_1 (SetPricePrebuildSTCsZone1):
        zone_2 (SetPricePrebuildSTCsZone1):
        zone_3 (SetPricePrebuildSTCsZone1):
        zone_4 (SetPricePrebuildSTCsZone1):
        zone_5 (SetPricePrebuildSTCsZone1):
    """

    zone_1: SetPricePrebuildSTCsZone1
    zone_2: SetPricePrebuildSTCsZone1
    zone_3: SetPricePrebuildSTCsZone1
    zone_4: SetPricePrebuildSTCsZone1
    zone_5: SetPricePrebuildSTCsZone1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zone_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone_1, Unset):
            zone_1 = self.zone_1.to_dict()
        zone_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone_2, Unset):
            zone_2 = self.zone_2.to_dict()
        zone_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone_3, Unset):
            zone_3 = self.zone_3.to_dict()
        zone_4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone_4, Unset):
            zone_4 = self.zone_4.to_dict()
        zone_5: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone_5, Unset):
            zone_5 = self.zone_5.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(zone_1, Unset):
            field_dict["Zone1"] = zone_1
        if not isinstance(zone_2, Unset):
            field_dict["Zone2"] = zone_2
        if not isinstance(zone_3, Unset):
            field_dict["Zone3"] = zone_3
        if not isinstance(zone_4, Unset):
            field_dict["Zone4"] = zone_4
        if not isinstance(zone_5, Unset):
            field_dict["Zone5"] = zone_5

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_price_prebuild_st_cs_zone_1 import SetPricePrebuildSTCsZone1  # noqa: PLC0415

        d = dict(src_dict)
        _zone_1 = d.pop("Zone1", UNSET)
        zone_1: SetPricePrebuildSTCsZone1 | Unset
        if isinstance(_zone_1, Unset):
            zone_1 = UNSET
        else:
            zone_1 = SetPricePrebuildSTCsZone1.from_dict(_zone_1)

        _zone_2 = d.pop("Zone2", UNSET)
        zone_2: SetPricePrebuildSTCsZone1 | Unset
        if isinstance(_zone_2, Unset):
            zone_2 = UNSET
        else:
            zone_2 = SetPricePrebuildSTCsZone1.from_dict(_zone_2)

        _zone_3 = d.pop("Zone3", UNSET)
        zone_3: SetPricePrebuildSTCsZone1 | Unset
        if isinstance(_zone_3, Unset):
            zone_3 = UNSET
        else:
            zone_3 = SetPricePrebuildSTCsZone1.from_dict(_zone_3)

        _zone_4 = d.pop("Zone4", UNSET)
        zone_4: SetPricePrebuildSTCsZone1 | Unset
        if isinstance(_zone_4, Unset):
            zone_4 = UNSET
        else:
            zone_4 = SetPricePrebuildSTCsZone1.from_dict(_zone_4)

        _zone_5 = d.pop("Zone5", UNSET)
        zone_5: SetPricePrebuildSTCsZone1 | Unset
        if isinstance(_zone_5, Unset):
            zone_5 = UNSET
        else:
            zone_5 = SetPricePrebuildSTCsZone1.from_dict(_zone_5)

        _instance = cls(
            zone_1=_unchecked(zone_1),
            zone_2=_unchecked(zone_2),
            zone_3=_unchecked(zone_3),
            zone_4=_unchecked(zone_4),
            zone_5=_unchecked(zone_5),
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
