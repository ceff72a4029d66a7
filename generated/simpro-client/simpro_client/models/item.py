from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.item_ref import ItemRef
    from ..models.item_total import ItemTotal
    from ..models.quantity import Quantity
    from ..models.unit_price import UnitPrice


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        id (int): Item ID of a billable item of the invoice's cost center.
        item (ItemRef):
        quantity (Quantity):
        unit_price (UnitPrice):
        total (ItemTotal):
    """

    id: int
    item: ItemRef
    quantity: Quantity
    unit_price: UnitPrice
    total: ItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()
        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()
        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(item, Unset):
            field_dict["Item"] = item
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(unit_price, Unset):
            field_dict["UnitPrice"] = unit_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_ref import ItemRef  # noqa: PLC0415
        from ..models.item_total import ItemTotal  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415
        from ..models.unit_price import UnitPrice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _item = d.pop("Item", UNSET)
        item: ItemRef | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = ItemRef.from_dict(_item)

        _quantity = d.pop("Quantity", UNSET)
        quantity: Quantity | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = Quantity.from_dict(_quantity)

        _unit_price = d.pop("UnitPrice", UNSET)
        unit_price: UnitPrice | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = UnitPrice.from_dict(_unit_price)

        _total = d.pop("Total", UNSET)
        total: ItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ItemTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            item=_unchecked(item),
            quantity=_unchecked(quantity),
            unit_price=_unchecked(unit_price),
            total=_unchecked(total),
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
