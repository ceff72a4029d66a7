from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="JobCostCenterOneOffItemListItemTotal")


@_attrs_define
class JobCostCenterOneOffItemListItemTotal:
    """
    Attributes:
        qty (float):
        amount (Amount):
    """

    qty: float
    amount: Amount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qty = self.qty

        amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Qty": qty,
                "Amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415

        d = dict(src_dict)
        qty = d.pop("Qty")

        amount = Amount.from_dict(d.pop("Amount"))

        job_cost_center_one_off_item_list_item_total = cls(
            qty=qty,
            amount=amount,
        )

        job_cost_center_one_off_item_list_item_total.additional_properties = d
        return job_cost_center_one_off_item_list_item_total

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
