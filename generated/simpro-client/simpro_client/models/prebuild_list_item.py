from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal


T = TypeVar("T", bound="PrebuildListItem")


@_attrs_define
class PrebuildListItem:
    """
    Attributes:
        id (int):
        field_href (str):
        part_no (str):
        name (str):
        add_on_price (ConvertedFromQuoteTotal):
        display_order (int):
        archived (bool):
    """

    id: int
    field_href: str
    part_no: str
    name: str
    add_on_price: ConvertedFromQuoteTotal
    display_order: int
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        field_href = self.field_href
        part_no = self.part_no
        name = self.name
        add_on_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add_on_price, Unset):
            add_on_price = self.add_on_price.to_dict()
        display_order = self.display_order
        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(field_href, Unset):
            field_dict["_href"] = field_href
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(add_on_price, Unset):
            field_dict["AddOnPrice"] = add_on_price
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        field_href = d.pop("_href", UNSET)

        part_no = d.pop("PartNo", UNSET)

        name = d.pop("Name", UNSET)

        _add_on_price = d.pop("AddOnPrice", UNSET)
        add_on_price: ConvertedFromQuoteTotal | Unset
        if isinstance(_add_on_price, Unset):
            add_on_price = UNSET
        else:
            add_on_price = ConvertedFromQuoteTotal.from_dict(_add_on_price)

        display_order = d.pop("DisplayOrder", UNSET)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            id=_unchecked(id),
            field_href=_unchecked(field_href),
            part_no=_unchecked(part_no),
            name=_unchecked(name),
            add_on_price=_unchecked(add_on_price),
            display_order=_unchecked(display_order),
            archived=_unchecked(archived),
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
