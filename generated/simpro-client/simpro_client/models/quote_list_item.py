from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal


T = TypeVar("T", bound="QuoteListItem")


@_attrs_define
class QuoteListItem:
    """
    Attributes:
        id (int):
        description (str): This column supports HTML formatting.
        total (ConvertedFromQuoteTotal):
    """

    id: int
    description: str
    total: ConvertedFromQuoteTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        description = self.description
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        description = d.pop("Description", UNSET)

        _total = d.pop("Total", UNSET)
        total: ConvertedFromQuoteTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ConvertedFromQuoteTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            description=_unchecked(description),
            total=_unchecked(total),
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
