from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.set_price_prebuild_vee_cs_metropolitan import SetPricePrebuildVEECsMetropolitan


T = TypeVar("T", bound="SetPricePrebuildVEECs")


@_attrs_define
class SetPricePrebuildVEECs:
    """
    Attributes:
        metropolitan (SetPricePrebuildVEECsMetropolitan):
        regional (SetPricePrebuildVEECsMetropolitan):
    """

    metropolitan: SetPricePrebuildVEECsMetropolitan
    regional: SetPricePrebuildVEECsMetropolitan
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metropolitan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metropolitan, Unset):
            metropolitan = self.metropolitan.to_dict()
        regional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.regional, Unset):
            regional = self.regional.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(metropolitan, Unset):
            field_dict["Metropolitan"] = metropolitan
        if not isinstance(regional, Unset):
            field_dict["Regional"] = regional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_price_prebuild_vee_cs_metropolitan import SetPricePrebuildVEECsMetropolitan  # noqa: PLC0415

        d = dict(src_dict)
        _metropolitan = d.pop("Metropolitan", UNSET)
        metropolitan: SetPricePrebuildVEECsMetropolitan | Unset
        if isinstance(_metropolitan, Unset):
            metropolitan = UNSET
        else:
            metropolitan = SetPricePrebuildVEECsMetropolitan.from_dict(_metropolitan)

        _regional = d.pop("Regional", UNSET)
        regional: SetPricePrebuildVEECsMetropolitan | Unset
        if isinstance(_regional, Unset):
            regional = UNSET
        else:
            regional = SetPricePrebuildVEECsMetropolitan.from_dict(_regional)

        _instance = cls(
            metropolitan=_unchecked(metropolitan),
            regional=_unchecked(regional),
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
