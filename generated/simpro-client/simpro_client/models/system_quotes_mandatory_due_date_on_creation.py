from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="SystemQuotesMandatoryDueDateOnCreation")


@_attrs_define
class SystemQuotesMandatoryDueDateOnCreation:
    """
    Attributes:
        service_quote (bool):
        project_quote (bool):
    """

    service_quote: bool
    project_quote: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_quote = self.service_quote
        project_quote = self.project_quote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(service_quote, Unset):
            field_dict["ServiceQuote"] = service_quote
        if not isinstance(project_quote, Unset):
            field_dict["ProjectQuote"] = project_quote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_quote = d.pop("ServiceQuote", UNSET)

        project_quote = d.pop("ProjectQuote", UNSET)

        _instance = cls(
            service_quote=_unchecked(service_quote),
            project_quote=_unchecked(project_quote),
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
