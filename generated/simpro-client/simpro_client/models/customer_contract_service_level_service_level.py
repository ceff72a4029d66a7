from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.asset_type_ref import AssetTypeRef


T = TypeVar("T", bound="CustomerContractServiceLevelServiceLevel")


@_attrs_define
class CustomerContractServiceLevelServiceLevel:
    """
    Attributes:
        id (float):
        name (str):
        prebuild (AssetTypeRef):
        time (float):
        charge_rate (float):
    """

    id: float
    name: str
    prebuild: AssetTypeRef
    time: float
    charge_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        prebuild: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prebuild, Unset):
            prebuild = self.prebuild.to_dict()
        time = self.time
        charge_rate = self.charge_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild
        if not isinstance(time, Unset):
            field_dict["Time"] = time
        if not isinstance(charge_rate, Unset):
            field_dict["ChargeRate"] = charge_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_type_ref import AssetTypeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _prebuild = d.pop("Prebuild", UNSET)
        prebuild: AssetTypeRef | Unset
        if isinstance(_prebuild, Unset):
            prebuild = UNSET
        else:
            prebuild = AssetTypeRef.from_dict(_prebuild)

        time = d.pop("Time", UNSET)

        charge_rate = d.pop("ChargeRate", UNSET)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            prebuild=_unchecked(prebuild),
            time=_unchecked(time),
            charge_rate=_unchecked(charge_rate),
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
