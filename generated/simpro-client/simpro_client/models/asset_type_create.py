from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.asset_type_create_reference import AssetTypeCreateReference


T = TypeVar("T", bound="AssetTypeCreate")


@_attrs_define
class AssetTypeCreate:
    """
    Attributes:
        name (str):
        reference (AssetTypeCreateReference | Unset):
        reg_type (int | Unset):
        job_cost_center (int | Unset): ID of a cost center
        quote_cost_center (int | Unset): ID of a cost center
        default_technician (int | Unset): ID of a staff
        description (str | Unset):
    """

    name: str
    reference: AssetTypeCreateReference | Unset = UNSET
    reg_type: int | Unset = UNSET
    job_cost_center: int | Unset = UNSET
    quote_cost_center: int | Unset = UNSET
    default_technician: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()
        reg_type = self.reg_type
        job_cost_center = self.job_cost_center
        quote_cost_center = self.quote_cost_center
        default_technician = self.default_technician
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(reg_type, Unset):
            field_dict["RegType"] = reg_type
        if not isinstance(job_cost_center, Unset):
            field_dict["JobCostCenter"] = job_cost_center
        if not isinstance(quote_cost_center, Unset):
            field_dict["QuoteCostCenter"] = quote_cost_center
        if not isinstance(default_technician, Unset):
            field_dict["DefaultTechnician"] = default_technician
        if not isinstance(description, Unset):
            field_dict["Description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_type_create_reference import AssetTypeCreateReference  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _reference = d.pop("Reference", UNSET)
        reference: AssetTypeCreateReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = AssetTypeCreateReference.from_dict(_reference)

        reg_type = d.pop("RegType", UNSET)

        job_cost_center = d.pop("JobCostCenter", UNSET)

        quote_cost_center = d.pop("QuoteCostCenter", UNSET)

        default_technician = d.pop("DefaultTechnician", UNSET)

        description = d.pop("Description", UNSET)

        _instance = cls(
            name=_unchecked(name),
            reference=reference,
            reg_type=reg_type,
            job_cost_center=job_cost_center,
            quote_cost_center=quote_cost_center,
            default_technician=default_technician,
            description=description,
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
