from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.asset_type_reference import AssetTypeReference
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="AssetType")


@_attrs_define
class AssetType:
    """
    Attributes:
        id (int):
        name (str):
        reference (AssetTypeReference):
        reg_type (int):
        description (str):
        archived (bool):
        job_cost_center (FolderRef | None | Unset): Set a Job Cost Center to be automatically selected when a
            preventative maintenance job is created.
        quote_cost_center (FolderRef | None | Unset): Set a Quote Cost Center to be automatically selected when a
            rectification quote is created.
        default_technician (AddedByRef | None | Unset): Set a Default Technician to be automatically assigned to all
            jobs raised against an asset type. Must be an employee or contractor; it cannot be a plant item.
    """

    id: int
    name: str
    reference: AssetTypeReference
    reg_type: int
    description: str
    archived: bool
    job_cost_center: FolderRef | None | Unset = UNSET
    quote_cost_center: FolderRef | None | Unset = UNSET
    default_technician: AddedByRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        name = self.name
        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()
        reg_type = self.reg_type
        description = self.description
        archived = self.archived
        job_cost_center: dict[str, Any] | None | Unset
        if isinstance(self.job_cost_center, Unset):
            job_cost_center = UNSET
        elif isinstance(self.job_cost_center, FolderRef):
            job_cost_center = self.job_cost_center.to_dict()
        else:
            job_cost_center = self.job_cost_center
        quote_cost_center: dict[str, Any] | None | Unset
        if isinstance(self.quote_cost_center, Unset):
            quote_cost_center = UNSET
        elif isinstance(self.quote_cost_center, FolderRef):
            quote_cost_center = self.quote_cost_center.to_dict()
        else:
            quote_cost_center = self.quote_cost_center
        default_technician: dict[str, Any] | None | Unset
        if isinstance(self.default_technician, Unset):
            default_technician = UNSET
        elif isinstance(self.default_technician, AddedByRef):
            default_technician = self.default_technician.to_dict()
        else:
            default_technician = self.default_technician

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(reg_type, Unset):
            field_dict["RegType"] = reg_type
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(job_cost_center, Unset):
            field_dict["JobCostCenter"] = job_cost_center
        if not isinstance(quote_cost_center, Unset):
            field_dict["QuoteCostCenter"] = quote_cost_center
        if not isinstance(default_technician, Unset):
            field_dict["DefaultTechnician"] = default_technician

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.asset_type_reference import AssetTypeReference  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _reference = d.pop("Reference", UNSET)
        reference: AssetTypeReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = AssetTypeReference.from_dict(_reference)

        reg_type = d.pop("RegType", UNSET)

        description = d.pop("Description", UNSET)

        archived = d.pop("Archived", UNSET)

        def _parse_job_cost_center(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_cost_center_type_1 = FolderRef.from_dict(data)

                if is_complete(job_cost_center_type_1):
                    return job_cost_center_type_1
                partial_fits.append(job_cost_center_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        job_cost_center = _parse_job_cost_center(d.pop("JobCostCenter", UNSET))

        def _parse_quote_cost_center(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quote_cost_center_type_1 = FolderRef.from_dict(data)

                if is_complete(quote_cost_center_type_1):
                    return quote_cost_center_type_1
                partial_fits.append(quote_cost_center_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        quote_cost_center = _parse_quote_cost_center(d.pop("QuoteCostCenter", UNSET))

        def _parse_default_technician(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_technician_type_1 = AddedByRef.from_dict(data)

                if is_complete(default_technician_type_1):
                    return default_technician_type_1
                partial_fits.append(default_technician_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        default_technician = _parse_default_technician(d.pop("DefaultTechnician", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            reference=_unchecked(reference),
            reg_type=_unchecked(reg_type),
            description=_unchecked(description),
            archived=_unchecked(archived),
            job_cost_center=job_cost_center,
            quote_cost_center=quote_cost_center,
            default_technician=default_technician,
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
