from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contractor_create_user_profile_preferred_language import ContractorCreateUserProfilePreferredLanguage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="CurrentUserListItem")


@_attrs_define
class CurrentUserListItem:
    """
    Attributes:
        id (int): ID of a user.
        name (str): Name of a user.
        type_ (str): Type of a user
        type_id (str): Type ID of a user.
        preferred_language (ContractorCreateUserProfilePreferredLanguage):
        accessible_companies (list[CostCenterRef]):
    """

    id: int
    name: str
    type_: str
    type_id: str
    preferred_language: ContractorCreateUserProfilePreferredLanguage
    accessible_companies: list[CostCenterRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        type_ = self.type_
        type_id = self.type_id
        preferred_language: str | Unset = UNSET
        if not isinstance(self.preferred_language, Unset):
            preferred_language = self.preferred_language.value

        accessible_companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accessible_companies, Unset):
            accessible_companies = []
            for accessible_companies_item_data in self.accessible_companies:
                accessible_companies_item = accessible_companies_item_data.to_dict()
                accessible_companies.append(accessible_companies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(type_id, Unset):
            field_dict["TypeID"] = type_id
        if not isinstance(preferred_language, Unset):
            field_dict["PreferredLanguage"] = preferred_language
        if not isinstance(accessible_companies, Unset):
            field_dict["AccessibleCompanies"] = accessible_companies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        type_ = d.pop("Type", UNSET)

        type_id = d.pop("TypeID", UNSET)

        _preferred_language = d.pop("PreferredLanguage", UNSET)
        preferred_language: ContractorCreateUserProfilePreferredLanguage | Unset
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = ContractorCreateUserProfilePreferredLanguage.parse(_preferred_language)

        _accessible_companies = d.pop("AccessibleCompanies", UNSET)
        accessible_companies: list[CostCenterRef] | Unset = UNSET
        if _accessible_companies is not UNSET:
            accessible_companies = []
            for accessible_companies_item_data in _accessible_companies:
                accessible_companies_item = CostCenterRef.from_dict(accessible_companies_item_data)

                accessible_companies.append(accessible_companies_item)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            type_=_unchecked(type_),
            type_id=_unchecked(type_id),
            preferred_language=_unchecked(preferred_language),
            accessible_companies=_unchecked(accessible_companies),
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
