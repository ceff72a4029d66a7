from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_note_list_item_reference_type import CustomerNoteListItemReferenceType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CustomerNoteListItemReference")


@_attrs_define
class CustomerNoteListItemReference:
    """
    Attributes:
        text (str):
        type_ (CustomerNoteListItemReferenceType | None | Unset): Type of a note.
        number (None | str | Unset): A reference Number of the provided type.
    """

    text: str
    type_: CustomerNoteListItemReferenceType | None | Unset = UNSET
    number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CustomerNoteListItemReferenceType):
            type_ = self.type_.value
        else:
            type_ = self.type_
        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(text, Unset):
            field_dict["Text"] = text
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(number, Unset):
            field_dict["Number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("Text", UNSET)

        def _parse_type_(data: object) -> CustomerNoteListItemReferenceType | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerNoteListItemReferenceType | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CustomerNoteListItemReferenceType.parse(data)

                if is_complete(type_type_1):
                    return type_type_1
                partial_fits.append(type_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerNoteListItemReferenceType | None | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_number(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("Number", UNSET))

        _instance = cls(
            text=_unchecked(text),
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
