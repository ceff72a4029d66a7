from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="Material")


@_attrs_define
class Material:
    """
    Attributes:
        item_id (int):
        part_no (str):
        item_name (str):
        storage (CostCenterRef):
        used (float):
    """

    item_id: int
    part_no: str
    item_name: str
    storage: CostCenterRef
    used: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id
        part_no = self.part_no
        item_name = self.item_name
        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()
        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(item_id, Unset):
            field_dict["ItemID"] = item_id
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(item_name, Unset):
            field_dict["ItemName"] = item_name
        if not isinstance(storage, Unset):
            field_dict["Storage"] = storage
        if not isinstance(used, Unset):
            field_dict["Used"] = used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        item_id = d.pop("ItemID", UNSET)

        part_no = d.pop("PartNo", UNSET)

        item_name = d.pop("ItemName", UNSET)

        _storage = d.pop("Storage", UNSET)
        storage: CostCenterRef | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = CostCenterRef.from_dict(_storage)

        used = d.pop("Used", UNSET)

        _instance = cls(
            item_id=_unchecked(item_id),
            part_no=_unchecked(part_no),
            item_name=_unchecked(item_name),
            storage=_unchecked(storage),
            used=_unchecked(used),
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
