from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.general_date_format import GeneralDateFormat
from ..models.general_negative_number_format import GeneralNegativeNumberFormat
from ..models.general_thousands_separator import GeneralThousandsSeparator
from ..models.general_time_format import GeneralTimeFormat
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="General")


@_attrs_define
class General:
    """
    Attributes:
        date_format (GeneralDateFormat):
        time_format (GeneralTimeFormat):
        thousands_separator (GeneralThousandsSeparator):
        negative_number_format (GeneralNegativeNumberFormat):
    """

    date_format: GeneralDateFormat
    time_format: GeneralTimeFormat
    thousands_separator: GeneralThousandsSeparator
    negative_number_format: GeneralNegativeNumberFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_format: str | Unset = UNSET
        if not isinstance(self.date_format, Unset):
            date_format = self.date_format.value

        time_format: str | Unset = UNSET
        if not isinstance(self.time_format, Unset):
            time_format = self.time_format.value

        thousands_separator: str | Unset = UNSET
        if not isinstance(self.thousands_separator, Unset):
            thousands_separator = self.thousands_separator.value

        negative_number_format: str | Unset = UNSET
        if not isinstance(self.negative_number_format, Unset):
            negative_number_format = self.negative_number_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(date_format, Unset):
            field_dict["DateFormat"] = date_format
        if not isinstance(time_format, Unset):
            field_dict["TimeFormat"] = time_format
        if not isinstance(thousands_separator, Unset):
            field_dict["ThousandsSeparator"] = thousands_separator
        if not isinstance(negative_number_format, Unset):
            field_dict["NegativeNumberFormat"] = negative_number_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_format = d.pop("DateFormat", UNSET)
        date_format: GeneralDateFormat | Unset
        if isinstance(_date_format, Unset):
            date_format = UNSET
        else:
            date_format = GeneralDateFormat.parse(_date_format)

        _time_format = d.pop("TimeFormat", UNSET)
        time_format: GeneralTimeFormat | Unset
        if isinstance(_time_format, Unset):
            time_format = UNSET
        else:
            time_format = GeneralTimeFormat.parse(_time_format)

        _thousands_separator = d.pop("ThousandsSeparator", UNSET)
        thousands_separator: GeneralThousandsSeparator | Unset
        if isinstance(_thousands_separator, Unset):
            thousands_separator = UNSET
        else:
            thousands_separator = GeneralThousandsSeparator.parse(_thousands_separator)

        _negative_number_format = d.pop("NegativeNumberFormat", UNSET)
        negative_number_format: GeneralNegativeNumberFormat | Unset
        if isinstance(_negative_number_format, Unset):
            negative_number_format = UNSET
        else:
            negative_number_format = GeneralNegativeNumberFormat.parse(_negative_number_format)

        _instance = cls(
            date_format=_unchecked(date_format),
            time_format=_unchecked(time_format),
            thousands_separator=_unchecked(thousands_separator),
            negative_number_format=_unchecked(negative_number_format),
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
