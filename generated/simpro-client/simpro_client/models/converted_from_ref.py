from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.converted_from_ref_type import ConvertedFromRefType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertedFromRef")


@_attrs_define
class ConvertedFromRef:
    """
    Attributes:
        id (int | Unset): ID of a quote or recurring job.
        type_ (ConvertedFromRefType | Unset):
        date (datetime.datetime | Unset): RFC3339 date-time format eg. 2019-09-19T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int | Unset = UNSET
    type_: ConvertedFromRefType | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(date, Unset):
            field_dict["Date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: ConvertedFromRefType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConvertedFromRefType.parse(_type_)

        _date = d.pop("Date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _instance = cls(
            id=id,
            type_=type_,
            date=date,
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
