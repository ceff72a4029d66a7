from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="LeadForecast")


@_attrs_define
class LeadForecast:
    """
    Attributes:
        estimated_price (float):
        probability (int):
        expected_year (int | None | Unset): A year between 1900 and 2999
        expected_month (int | None | Unset): A month between 1 and 12
    """

    estimated_price: float
    probability: int
    expected_year: int | None | Unset = UNSET
    expected_month: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_price = self.estimated_price
        probability = self.probability
        expected_year: int | None | Unset
        if isinstance(self.expected_year, Unset):
            expected_year = UNSET
        else:
            expected_year = self.expected_year
        expected_month: int | None | Unset
        if isinstance(self.expected_month, Unset):
            expected_month = UNSET
        else:
            expected_month = self.expected_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(estimated_price, Unset):
            field_dict["EstimatedPrice"] = estimated_price
        if not isinstance(probability, Unset):
            field_dict["Probability"] = probability
        if not isinstance(expected_year, Unset):
            field_dict["ExpectedYear"] = expected_year
        if not isinstance(expected_month, Unset):
            field_dict["ExpectedMonth"] = expected_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        estimated_price = d.pop("EstimatedPrice", UNSET)

        probability = d.pop("Probability", UNSET)

        def _parse_expected_year(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        expected_year = _parse_expected_year(d.pop("ExpectedYear", UNSET))

        def _parse_expected_month(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        expected_month = _parse_expected_month(d.pop("ExpectedMonth", UNSET))

        _instance = cls(
            estimated_price=_unchecked(estimated_price),
            probability=_unchecked(probability),
            expected_year=expected_year,
            expected_month=expected_month,
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
