from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAssignedCompanyCreate")


@_attrs_define
class CustomerAssignedCompanyCreate:
    """
    Attributes:
        shared_to_all_companies (bool | Unset):
        assigned_companies (list[int] | Unset):
    """

    shared_to_all_companies: bool | Unset = UNSET
    assigned_companies: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_to_all_companies = self.shared_to_all_companies
        assigned_companies: list[int] | Unset = UNSET
        if not isinstance(self.assigned_companies, Unset):
            assigned_companies = self.assigned_companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(shared_to_all_companies, Unset):
            field_dict["SharedToAllCompanies"] = shared_to_all_companies
        if not isinstance(assigned_companies, Unset):
            field_dict["AssignedCompanies"] = assigned_companies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shared_to_all_companies = d.pop("SharedToAllCompanies", UNSET)

        assigned_companies = cast(list[int], d.pop("AssignedCompanies", UNSET))

        _instance = cls(
            shared_to_all_companies=shared_to_all_companies,
            assigned_companies=assigned_companies,
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
