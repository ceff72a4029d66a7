from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contractor_create_user_profile_preferred_language import ContractorCreateUserProfilePreferredLanguage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="ContractorUserProfile")


@_attrs_define
class ContractorUserProfile:
    """
    Attributes:
        is_salesperson (bool):
        is_project_manager (bool):
        preferred_language (ContractorCreateUserProfilePreferredLanguage):
        storage_device (FolderRef | None | Unset):
    """

    is_salesperson: bool
    is_project_manager: bool
    preferred_language: ContractorCreateUserProfilePreferredLanguage
    storage_device: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        is_salesperson = self.is_salesperson
        is_project_manager = self.is_project_manager
        preferred_language: str | Unset = UNSET
        if not isinstance(self.preferred_language, Unset):
            preferred_language = self.preferred_language.value

        storage_device: dict[str, Any] | None | Unset
        if isinstance(self.storage_device, Unset):
            storage_device = UNSET
        elif isinstance(self.storage_device, FolderRef):
            storage_device = self.storage_device.to_dict()
        else:
            storage_device = self.storage_device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(is_salesperson, Unset):
            field_dict["IsSalesperson"] = is_salesperson
        if not isinstance(is_project_manager, Unset):
            field_dict["IsProjectManager"] = is_project_manager
        if not isinstance(preferred_language, Unset):
            field_dict["PreferredLanguage"] = preferred_language
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        is_salesperson = d.pop("IsSalesperson", UNSET)

        is_project_manager = d.pop("IsProjectManager", UNSET)

        _preferred_language = d.pop("PreferredLanguage", UNSET)
        preferred_language: ContractorCreateUserProfilePreferredLanguage | Unset
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = ContractorCreateUserProfilePreferredLanguage.parse(_preferred_language)

        def _parse_storage_device(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_device_type_1 = FolderRef.from_dict(data)

                if is_complete(storage_device_type_1):
                    return storage_device_type_1
                partial_fits.append(storage_device_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        storage_device = _parse_storage_device(d.pop("StorageDevice", UNSET))

        _instance = cls(
            is_salesperson=_unchecked(is_salesperson),
            is_project_manager=_unchecked(is_project_manager),
            preferred_language=_unchecked(preferred_language),
            storage_device=storage_device,
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
