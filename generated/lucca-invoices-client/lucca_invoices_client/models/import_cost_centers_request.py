from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_mode import ImportMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_cost_centers_request_item import ImportCostCentersRequestItem


T = TypeVar("T", bound="ImportCostCentersRequest")


@_attrs_define
class ImportCostCentersRequest:
    """
    Attributes:
        mode (ImportMode | Unset): AllOrNothing: all items are imported or none. SkipInvalidItems: items are imported if
            valid, skipped if not.
        items (list[ImportCostCentersRequestItem] | Unset): List of cost-centers to import.
    """

    mode: ImportMode | Unset = UNSET
    items: list[ImportCostCentersRequestItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(mode, Unset):
            field_dict["mode"] = mode
        if not isinstance(items, Unset):
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_cost_centers_request_item import ImportCostCentersRequestItem  # noqa: PLC0415

        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: ImportMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ImportMode.parse(_mode)

        _items = d.pop("items", UNSET)
        items: list[ImportCostCentersRequestItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ImportCostCentersRequestItem.from_dict(items_item_data)

                items.append(items_item)

        _instance = cls(
            mode=mode,
            items=items,
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
