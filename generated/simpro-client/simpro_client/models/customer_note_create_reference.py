from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_note_create_reference_type import CustomerNoteCreateReferenceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNoteCreateReference")


@_attrs_define
class CustomerNoteCreateReference:
    """
    Attributes:
        type_ (CustomerNoteCreateReferenceType | None | Unset): Type of a note.
        number (int | None | Unset): A reference Number of the provided type.
    """

    type_: CustomerNoteCreateReferenceType | None | Unset = UNSET
    number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CustomerNoteCreateReferenceType):
            type_ = self.type_.value
        else:
            type_ = self.type_
        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(number, Unset):
            field_dict["Number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> CustomerNoteCreateReferenceType | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerNoteCreateReferenceType | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CustomerNoteCreateReferenceType.parse(data)

                if is_complete(type_type_1):
                    return type_type_1
                partial_fits.append(type_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerNoteCreateReferenceType | None | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_number(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        number = _parse_number(d.pop("Number", UNSET))

        _instance = cls(
            type_=type_,
            number=number,
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
