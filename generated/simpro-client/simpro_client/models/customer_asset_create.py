from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CustomerAssetCreate")


@_attrs_define
class CustomerAssetCreate:
    """
    Attributes:
        asset_type (int): ID of a asset type
        display_order (int | Unset):
        customer_contract (int | Unset): ID of a customer contract
        start_date (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        archived (bool | Unset): Archive this customer asset.
        parent_id (int | None | Unset): The ID of the parent asset.
    """

    asset_type: int
    display_order: int | Unset = UNSET
    customer_contract: int | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    archived: bool | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type
        display_order = self.display_order
        customer_contract = self.customer_contract
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        archived = self.archived
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(asset_type, Unset):
            field_dict["AssetType"] = asset_type
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(customer_contract, Unset):
            field_dict["CustomerContract"] = customer_contract
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(parent_id, Unset):
            field_dict["ParentID"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_type = d.pop("AssetType", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        customer_contract = d.pop("CustomerContract", UNSET)

        _start_date = d.pop("StartDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        archived = d.pop("Archived", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("ParentID", UNSET))

        _instance = cls(
            asset_type=_unchecked(asset_type),
            display_order=display_order,
            customer_contract=customer_contract,
            start_date=start_date,
            archived=archived,
            parent_id=parent_id,
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
