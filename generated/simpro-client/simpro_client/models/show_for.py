from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ShowFor")


@_attrs_define
class ShowFor:
    """
    Attributes:
        leads (bool):
        quotes (bool):
        jobs (bool):
        recurring (bool):
    """

    leads: bool
    quotes: bool
    jobs: bool
    recurring: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads = self.leads
        quotes = self.quotes
        jobs = self.jobs
        recurring = self.recurring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(leads, Unset):
            field_dict["Leads"] = leads
        if not isinstance(quotes, Unset):
            field_dict["Quotes"] = quotes
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(recurring, Unset):
            field_dict["Recurring"] = recurring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leads = d.pop("Leads", UNSET)

        quotes = d.pop("Quotes", UNSET)

        jobs = d.pop("Jobs", UNSET)

        recurring = d.pop("Recurring", UNSET)

        _instance = cls(
            leads=_unchecked(leads),
            quotes=_unchecked(quotes),
            jobs=_unchecked(jobs),
            recurring=_unchecked(recurring),
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
