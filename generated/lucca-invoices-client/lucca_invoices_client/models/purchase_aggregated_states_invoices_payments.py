from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseAggregatedStatesInvoicesPayments")


@_attrs_define
class PurchaseAggregatedStatesInvoicesPayments:
    """
    Attributes:
        to_pay (int | Unset):
        under_review (int | Unset):
        emitting (int | Unset):
        paid (int | Unset):
        on_hold (int | Unset):
    """

    to_pay: int | Unset = UNSET
    under_review: int | Unset = UNSET
    emitting: int | Unset = UNSET
    paid: int | Unset = UNSET
    on_hold: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_pay = self.to_pay
        under_review = self.under_review
        emitting = self.emitting
        paid = self.paid
        on_hold = self.on_hold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(to_pay, Unset):
            field_dict["toPay"] = to_pay
        if not isinstance(under_review, Unset):
            field_dict["underReview"] = under_review
        if not isinstance(emitting, Unset):
            field_dict["emitting"] = emitting
        if not isinstance(paid, Unset):
            field_dict["paid"] = paid
        if not isinstance(on_hold, Unset):
            field_dict["onHold"] = on_hold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_pay = d.pop("toPay", UNSET)

        under_review = d.pop("underReview", UNSET)

        emitting = d.pop("emitting", UNSET)

        paid = d.pop("paid", UNSET)

        on_hold = d.pop("onHold", UNSET)

        _instance = cls(
            to_pay=to_pay,
            under_review=under_review,
            emitting=emitting,
            paid=paid,
            on_hold=on_hold,
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
