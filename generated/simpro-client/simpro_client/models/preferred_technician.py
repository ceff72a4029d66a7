from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="PreferredTechnician")


@_attrs_define
class PreferredTechnician:
    """
    Attributes:
        staff (StaffRef):
        asset_type (FolderRef | None | Unset):
        service_level (FolderRef | None | Unset):
    """

    staff: StaffRef
    asset_type: FolderRef | None | Unset = UNSET
    service_level: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()
        asset_type: dict[str, Any] | None | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        elif isinstance(self.asset_type, FolderRef):
            asset_type = self.asset_type.to_dict()
        else:
            asset_type = self.asset_type
        service_level: dict[str, Any] | None | Unset
        if isinstance(self.service_level, Unset):
            service_level = UNSET
        elif isinstance(self.service_level, FolderRef):
            service_level = self.service_level.to_dict()
        else:
            service_level = self.service_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(asset_type, Unset):
            field_dict["AssetType"] = asset_type
        if not isinstance(service_level, Unset):
            field_dict["ServiceLevel"] = service_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        _staff = d.pop("Staff", UNSET)
        staff: StaffRef | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = StaffRef.from_dict(_staff)

        def _parse_asset_type(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_type_type_1 = FolderRef.from_dict(data)

                if is_complete(asset_type_type_1):
                    return asset_type_type_1
                partial_fits.append(asset_type_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        asset_type = _parse_asset_type(d.pop("AssetType", UNSET))

        def _parse_service_level(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_level_type_1 = FolderRef.from_dict(data)

                if is_complete(service_level_type_1):
                    return service_level_type_1
                partial_fits.append(service_level_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        service_level = _parse_service_level(d.pop("ServiceLevel", UNSET))

        _instance = cls(
            staff=_unchecked(staff),
            asset_type=asset_type,
            service_level=service_level,
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
