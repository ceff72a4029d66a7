from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="TakeOffTemplateFromTakeOffTemplateCreate")


@_attrs_define
class TakeOffTemplateFromTakeOffTemplateCreate:
    """
    Attributes:
        take_off_template_id (int): ID of a TakeOff Template.
    """

    take_off_template_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        take_off_template_id = self.take_off_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(take_off_template_id, Unset):
            field_dict["TakeOffTemplateID"] = take_off_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        take_off_template_id = d.pop("TakeOffTemplateID", UNSET)

        _instance = cls(
            take_off_template_id=_unchecked(take_off_template_id),
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
