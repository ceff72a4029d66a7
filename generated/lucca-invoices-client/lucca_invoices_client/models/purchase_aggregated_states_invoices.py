from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseAggregatedStatesInvoices")


@_attrs_define
class PurchaseAggregatedStatesInvoices:
    """
    Attributes:
        expected (int | Unset):
        to_review (int | Unset):
        pending_breakdown (int | Unset):
        confirmed (int | Unset):
        litigation (int | Unset):
        discarded (int | Unset):
        removed (int | Unset):
        bypassed (int | Unset):
    """

    expected: int | Unset = UNSET
    to_review: int | Unset = UNSET
    pending_breakdown: int | Unset = UNSET
    confirmed: int | Unset = UNSET
    litigation: int | Unset = UNSET
    discarded: int | Unset = UNSET
    removed: int | Unset = UNSET
    bypassed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected = self.expected
        to_review = self.to_review
        pending_breakdown = self.pending_breakdown
        confirmed = self.confirmed
        litigation = self.litigation
        discarded = self.discarded
        removed = self.removed
        bypassed = self.bypassed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(expected, Unset):
            field_dict["expected"] = expected
        if not isinstance(to_review, Unset):
            field_dict["toReview"] = to_review
        if not isinstance(pending_breakdown, Unset):
            field_dict["pendingBreakdown"] = pending_breakdown
        if not isinstance(confirmed, Unset):
            field_dict["confirmed"] = confirmed
        if not isinstance(litigation, Unset):
            field_dict["litigation"] = litigation
        if not isinstance(discarded, Unset):
            field_dict["discarded"] = discarded
        if not isinstance(removed, Unset):
            field_dict["removed"] = removed
        if not isinstance(bypassed, Unset):
            field_dict["bypassed"] = bypassed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected = d.pop("expected", UNSET)

        to_review = d.pop("toReview", UNSET)

        pending_breakdown = d.pop("pendingBreakdown", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        litigation = d.pop("litigation", UNSET)

        discarded = d.pop("discarded", UNSET)

        removed = d.pop("removed", UNSET)

        bypassed = d.pop("bypassed", UNSET)

        _instance = cls(
            expected=expected,
            to_review=to_review,
            pending_breakdown=pending_breakdown,
            confirmed=confirmed,
            litigation=litigation,
            discarded=discarded,
            removed=removed,
            bypassed=bypassed,
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
