from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_custom_field_custom_field_type import InvoiceCustomFieldCustomFieldType

T = TypeVar("T", bound="InvoiceCustomFieldCustomField")


@_attrs_define
class InvoiceCustomFieldCustomField:
    """
    Attributes:
        id (int):
        name (str):
        type_ (InvoiceCustomFieldCustomFieldType):
        list_items (list[str] | None): List of text to be used when the customer field type is set to `List` only.
        is_mandatory (bool): Set this column to true to make in a compulsory field. (web UI)
    """

    id: int
    name: str
    type_: InvoiceCustomFieldCustomFieldType
    list_items: list[str] | None
    is_mandatory: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        list_items: list[str] | None
        if isinstance(self.list_items, list):
            list_items = self.list_items

        else:
            list_items = self.list_items

        is_mandatory = self.is_mandatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Name": name,
                "Type": type_,
                "ListItems": list_items,
                "IsMandatory": is_mandatory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID")

        name = d.pop("Name")

        type_ = InvoiceCustomFieldCustomFieldType(d.pop("Type"))

        def _parse_list_items(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_items_type_0 = cast(list[str], data)

                return list_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        list_items = _parse_list_items(d.pop("ListItems"))

        is_mandatory = d.pop("IsMandatory")

        invoice_custom_field_custom_field = cls(
            id=id,
            name=name,
            type_=type_,
            list_items=list_items,
            is_mandatory=is_mandatory,
        )

        invoice_custom_field_custom_field.additional_properties = d
        return invoice_custom_field_custom_field

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
