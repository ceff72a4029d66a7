from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="JobTotalsResourcesCostLabor")


@_attrs_define
class JobTotalsResourcesCostLabor:
    """
    Attributes:
        actual (float):
        committed (float):
        estimate (float):
        revised (float): Deprecated: Revised field is deprecated, please use Revized field
        revized (float):
    """

    actual: float
    committed: float
    estimate: float
    revised: float
    revized: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual = self.actual
        committed = self.committed
        estimate = self.estimate
        revised = self.revised
        revized = self.revized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(actual, Unset):
            field_dict["Actual"] = actual
        if not isinstance(committed, Unset):
            field_dict["Committed"] = committed
        if not isinstance(estimate, Unset):
            field_dict["Estimate"] = estimate
        if not isinstance(revised, Unset):
            field_dict["Revised"] = revised
        if not isinstance(revized, Unset):
            field_dict["Revized"] = revized

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actual = d.pop("Actual", UNSET)

        committed = d.pop("Committed", UNSET)

        estimate = d.pop("Estimate", UNSET)

        revised = d.pop("Revised", UNSET)

        revized = d.pop("Revized", UNSET)

        _instance = cls(
            actual=_unchecked(actual),
            committed=_unchecked(committed),
            estimate=_unchecked(estimate),
            revised=_unchecked(revised),
            revized=_unchecked(revized),
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
