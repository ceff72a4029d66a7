from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="VendorContactListItem")


@_attrs_define
class VendorContactListItem:
    """
    Attributes:
        id (int):
        given_name (str): Given name / First name. Mandatory when creating a new contact instead of using existing
            contact.
        family_name (str): Family name / Last name
        name (str): Deprecated: Name field is deprecated, please use GivenName field
        vendor (CostCenterRef):
    """

    id: int
    given_name: str
    family_name: str
    name: str
    vendor: CostCenterRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        given_name = self.given_name
        family_name = self.family_name
        name = self.name
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(given_name, Unset):
            field_dict["GivenName"] = given_name
        if not isinstance(family_name, Unset):
            field_dict["FamilyName"] = family_name
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        given_name = d.pop("GivenName", UNSET)

        family_name = d.pop("FamilyName", UNSET)

        name = d.pop("Name", UNSET)

        _vendor = d.pop("Vendor", UNSET)
        vendor: CostCenterRef | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = CostCenterRef.from_dict(_vendor)

        _instance = cls(
            id=_unchecked(id),
            given_name=_unchecked(given_name),
            family_name=_unchecked(family_name),
            name=_unchecked(name),
            vendor=_unchecked(vendor),
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
