from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contractor_create_user_profile_preferred_language import ContractorCreateUserProfilePreferredLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractorCreateUserProfile")


@_attrs_define
class ContractorCreateUserProfile:
    """
    Attributes:
        is_salesperson (bool | Unset):
        is_project_manager (bool | Unset):
        storage_device (int | Unset): ID of a storage device
        preferred_language (ContractorCreateUserProfilePreferredLanguage | Unset):
    """

    is_salesperson: bool | Unset = UNSET
    is_project_manager: bool | Unset = UNSET
    storage_device: int | Unset = UNSET
    preferred_language: ContractorCreateUserProfilePreferredLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_salesperson = self.is_salesperson
        is_project_manager = self.is_project_manager
        storage_device = self.storage_device
        preferred_language: str | Unset = UNSET
        if not isinstance(self.preferred_language, Unset):
            preferred_language = self.preferred_language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(is_salesperson, Unset):
            field_dict["IsSalesperson"] = is_salesperson
        if not isinstance(is_project_manager, Unset):
            field_dict["IsProjectManager"] = is_project_manager
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(preferred_language, Unset):
            field_dict["PreferredLanguage"] = preferred_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_salesperson = d.pop("IsSalesperson", UNSET)

        is_project_manager = d.pop("IsProjectManager", UNSET)

        storage_device = d.pop("StorageDevice", UNSET)

        _preferred_language = d.pop("PreferredLanguage", UNSET)
        preferred_language: ContractorCreateUserProfilePreferredLanguage | Unset
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = ContractorCreateUserProfilePreferredLanguage.parse(_preferred_language)

        _instance = cls(
            is_salesperson=is_salesperson,
            is_project_manager=is_project_manager,
            storage_device=storage_device,
            preferred_language=preferred_language,
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
