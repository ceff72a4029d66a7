from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="CustomerAssignedCompanyListItem")


@_attrs_define
class CustomerAssignedCompanyListItem:
    """
    Attributes:
        shared_to_all_companies (bool):
        assigned_companies (list[CostCenterRef]):
    """

    shared_to_all_companies: bool
    assigned_companies: list[CostCenterRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_to_all_companies = self.shared_to_all_companies
        assigned_companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_companies, Unset):
            assigned_companies = []
            for assigned_companies_item_data in self.assigned_companies:
                assigned_companies_item = assigned_companies_item_data.to_dict()
                assigned_companies.append(assigned_companies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(shared_to_all_companies, Unset):
            field_dict["SharedToAllCompanies"] = shared_to_all_companies
        if not isinstance(assigned_companies, Unset):
            field_dict["AssignedCompanies"] = assigned_companies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        shared_to_all_companies = d.pop("SharedToAllCompanies", UNSET)

        _assigned_companies = d.pop("AssignedCompanies", UNSET)
        assigned_companies: list[CostCenterRef] | Unset = UNSET
        if _assigned_companies is not UNSET:
            assigned_companies = []
            for assigned_companies_item_data in _assigned_companies:
                assigned_companies_item = CostCenterRef.from_dict(assigned_companies_item_data)

                assigned_companies.append(assigned_companies_item)

        _instance = cls(
            shared_to_all_companies=_unchecked(shared_to_all_companies),
            assigned_companies=_unchecked(assigned_companies),
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
