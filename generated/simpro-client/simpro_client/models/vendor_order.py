from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_order_stage import VendorOrderStage

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="VendorOrder")


@_attrs_define
class VendorOrder:
    """
    Attributes:
        id (int):
        stage (VendorOrderStage):
        reference (str):
        show_item_due_date (bool):
        totals (Amount):
    """

    id: int
    stage: VendorOrderStage
    reference: str
    show_item_due_date: bool
    totals: Amount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stage = self.stage.value

        reference = self.reference

        show_item_due_date = self.show_item_due_date

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Stage": stage,
                "Reference": reference,
                "ShowItemDueDate": show_item_due_date,
                "Totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        stage = VendorOrderStage(d.pop("Stage"))

        reference = d.pop("Reference")

        show_item_due_date = d.pop("ShowItemDueDate")

        totals = Amount.from_dict(d.pop("Totals"))

        vendor_order = cls(
            id=id,
            stage=stage,
            reference=reference,
            show_item_due_date=show_item_due_date,
            totals=totals,
        )

        vendor_order.additional_properties = d
        return vendor_order

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
