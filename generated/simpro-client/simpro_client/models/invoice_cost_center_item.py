from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_ref import ItemRef
    from ..models.item_total import ItemTotal
    from ..models.quantity import Quantity
    from ..models.unit_price import UnitPrice


T = TypeVar("T", bound="InvoiceCostCenterItem")


@_attrs_define
class InvoiceCostCenterItem:
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

        item = self.item.to_dict()

        quantity = self.quantity.to_dict()

        unit_price = self.unit_price.to_dict()

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Item": item,
                "Quantity": quantity,
                "UnitPrice": unit_price,
                "Total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_ref import ItemRef  # noqa: PLC0415
        from ..models.item_total import ItemTotal  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415
        from ..models.unit_price import UnitPrice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        item = ItemRef.from_dict(d.pop("Item"))

        quantity = Quantity.from_dict(d.pop("Quantity"))

        unit_price = UnitPrice.from_dict(d.pop("UnitPrice"))

        total = ItemTotal.from_dict(d.pop("Total"))

        invoice_cost_center_item = cls(
            id=id,
            item=item,
            quantity=quantity,
            unit_price=unit_price,
            total=total,
        )

        invoice_cost_center_item.additional_properties = d
        return invoice_cost_center_item

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
