from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="CombineTaxCode")


@_attrs_define
class CombineTaxCode:
    """
    Attributes:
        id (int):
        code (str): Tax code
        name (str): Tax code name
        rate (float): Tax rate
        reverse_tax_enabled (bool): Reverse Charge Tax Code.
        is_part_income_default (bool): Set this tax code as default income tax code for parts.
        is_labor_income_default (bool): Set this tax code as default income tax code for labors.
        is_purchase_default (bool): Set this tax code as default purchase tax code.
        archived (bool): Archive this tax code.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        members (list[SalesTaxCodeRef]): Assign component and/or single tax codes to this tax code. The combined tax
            code will represent the sum total of its tax code members. (US only)
    """

    id: int
    code: str
    name: str
    rate: float
    reverse_tax_enabled: bool
    is_part_income_default: bool
    is_labor_income_default: bool
    is_purchase_default: bool
    archived: bool
    date_modified: datetime.datetime
    members: list[SalesTaxCodeRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        code = self.code
        name = self.name
        rate = self.rate
        reverse_tax_enabled = self.reverse_tax_enabled
        is_part_income_default = self.is_part_income_default
        is_labor_income_default = self.is_labor_income_default
        is_purchase_default = self.is_purchase_default
        archived = self.archived
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(code, Unset):
            field_dict["Code"] = code
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(rate, Unset):
            field_dict["Rate"] = rate
        if not isinstance(reverse_tax_enabled, Unset):
            field_dict["ReverseTaxEnabled"] = reverse_tax_enabled
        if not isinstance(is_part_income_default, Unset):
            field_dict["IsPartIncomeDefault"] = is_part_income_default
        if not isinstance(is_labor_income_default, Unset):
            field_dict["IsLaborIncomeDefault"] = is_labor_income_default
        if not isinstance(is_purchase_default, Unset):
            field_dict["IsPurchaseDefault"] = is_purchase_default
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(members, Unset):
            field_dict["Members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        code = d.pop("Code", UNSET)

        name = d.pop("Name", UNSET)

        rate = d.pop("Rate", UNSET)

        reverse_tax_enabled = d.pop("ReverseTaxEnabled", UNSET)

        is_part_income_default = d.pop("IsPartIncomeDefault", UNSET)

        is_labor_income_default = d.pop("IsLaborIncomeDefault", UNSET)

        is_purchase_default = d.pop("IsPurchaseDefault", UNSET)

        archived = d.pop("Archived", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _members = d.pop("Members", UNSET)
        members: list[SalesTaxCodeRef] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = SalesTaxCodeRef.from_dict(members_item_data)

                members.append(members_item)

        _instance = cls(
            id=_unchecked(id),
            code=_unchecked(code),
            name=_unchecked(name),
            rate=_unchecked(rate),
            reverse_tax_enabled=_unchecked(reverse_tax_enabled),
            is_part_income_default=_unchecked(is_part_income_default),
            is_labor_income_default=_unchecked(is_labor_income_default),
            is_purchase_default=_unchecked(is_purchase_default),
            archived=_unchecked(archived),
            date_modified=_unchecked(date_modified),
            members=_unchecked(members),
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
