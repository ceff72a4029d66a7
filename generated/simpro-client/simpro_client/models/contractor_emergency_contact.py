from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ContractorEmergencyContact")


@_attrs_define
class ContractorEmergencyContact:
    """
    Attributes:
        name (str):
        relationship (str):
        work_phone (str):
        cell_phone (str):
        alt_phone (str):
        address (str):
    """

    name: str
    relationship: str
    work_phone: str
    cell_phone: str
    alt_phone: str
    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        relationship = self.relationship
        work_phone = self.work_phone
        cell_phone = self.cell_phone
        alt_phone = self.alt_phone
        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(relationship, Unset):
            field_dict["Relationship"] = relationship
        if not isinstance(work_phone, Unset):
            field_dict["WorkPhone"] = work_phone
        if not isinstance(cell_phone, Unset):
            field_dict["CellPhone"] = cell_phone
        if not isinstance(alt_phone, Unset):
            field_dict["AltPhone"] = alt_phone
        if not isinstance(address, Unset):
            field_dict["Address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        relationship = d.pop("Relationship", UNSET)

        work_phone = d.pop("WorkPhone", UNSET)

        cell_phone = d.pop("CellPhone", UNSET)

        alt_phone = d.pop("AltPhone", UNSET)

        address = d.pop("Address", UNSET)

        _instance = cls(
            name=_unchecked(name),
            relationship=_unchecked(relationship),
            work_phone=_unchecked(work_phone),
            cell_phone=_unchecked(cell_phone),
            alt_phone=_unchecked(alt_phone),
            address=_unchecked(address),
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
