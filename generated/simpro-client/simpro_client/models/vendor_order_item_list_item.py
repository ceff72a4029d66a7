from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.catalog_ref import CatalogRef


T = TypeVar("T", bound="VendorOrderItemListItem")


@_attrs_define
class VendorOrderItemListItem:
    """
    Attributes:
        catalog (CatalogRef):
        due_date (datetime.date): Deprecated:: Please use <a
            href="https://developer.simprogroup.com/apidoc/?page=1ce5d9607216ee37fb61fe793d38e2c3#tag/Vendor-Order-Item-
            Allocations">item allocations</a> endpoint to read and modify this field.
        notes (str): Deprecated:: Please use <a
            href="https://developer.simprogroup.com/apidoc/?page=1ce5d9607216ee37fb61fe793d38e2c3#tag/Vendor-Order-Item-
            Allocations">item allocations</a> endpoint to read and modify this field.
        price (float): Price cannot be negative
        display_order (int):
    """

    catalog: CatalogRef
    due_date: datetime.date
    notes: str
    price: float
    display_order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        notes = self.notes
        price = self.price
        display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(price, Unset):
            field_dict["Price"] = price
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_ref import CatalogRef  # noqa: PLC0415

        d = dict(src_dict)
        _catalog = d.pop("Catalog", UNSET)
        catalog: CatalogRef | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = CatalogRef.from_dict(_catalog)

        _due_date = d.pop("DueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        notes = d.pop("Notes", UNSET)

        price = d.pop("Price", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        _instance = cls(
            catalog=_unchecked(catalog),
            due_date=_unchecked(due_date),
            notes=_unchecked(notes),
            price=_unchecked(price),
            display_order=_unchecked(display_order),
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
