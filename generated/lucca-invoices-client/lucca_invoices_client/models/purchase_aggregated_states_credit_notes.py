from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseAggregatedStatesCreditNotes")


@_attrs_define
class PurchaseAggregatedStatesCreditNotes:
    """
    Attributes:
        expected (int | Unset):
        to_review (int | Unset):
        partial (int | Unset):
        confirmed (int | Unset):
        pending_retraction (int | Unset):
        removed (int | Unset):
        bypassed (int | Unset):
    """

    expected: int | Unset = UNSET
    to_review: int | Unset = UNSET
    partial: int | Unset = UNSET
    confirmed: int | Unset = UNSET
    pending_retraction: int | Unset = UNSET
    removed: int | Unset = UNSET
    bypassed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected = self.expected
        to_review = self.to_review
        partial = self.partial
        confirmed = self.confirmed
        pending_retraction = self.pending_retraction
        removed = self.removed
        bypassed = self.bypassed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(expected, Unset):
            field_dict["expected"] = expected
        if not isinstance(to_review, Unset):
            field_dict["toReview"] = to_review
        if not isinstance(partial, Unset):
            field_dict["partial"] = partial
        if not isinstance(confirmed, Unset):
            field_dict["confirmed"] = confirmed
        if not isinstance(pending_retraction, Unset):
            field_dict["pendingRetraction"] = pending_retraction
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

        partial = d.pop("partial", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        pending_retraction = d.pop("pendingRetraction", UNSET)

        removed = d.pop("removed", UNSET)

        bypassed = d.pop("bypassed", UNSET)

        _instance = cls(
            expected=expected,
            to_review=to_review,
            partial=partial,
            confirmed=confirmed,
            pending_retraction=pending_retraction,
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
