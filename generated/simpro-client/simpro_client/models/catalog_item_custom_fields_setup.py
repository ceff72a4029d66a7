from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CatalogItemCustomFieldsSetup")


@_attrs_define
class CatalogItemCustomFieldsSetup:
    """
    Attributes:
        id (int):
        name (str):
        type_ (CustomFieldType):
        is_mandatory (bool): Set this column to true to make in a compulsory field. (web UI)
        order (int):
        archived (bool):
        locked (bool):
        list_items (list[str] | None | Unset): List of text to be used when the customer field type is set to `List`
            only.
    """

    id: int
    name: str
    type_: CustomFieldType
    is_mandatory: bool
    order: int
    archived: bool
    locked: bool
    list_items: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_mandatory = self.is_mandatory
        order = self.order
        archived = self.archived
        locked = self.locked
        list_items: list[str] | None | Unset
        if isinstance(self.list_items, Unset):
            list_items = UNSET
        elif isinstance(self.list_items, list):
            list_items = self.list_items

        else:
            list_items = self.list_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(is_mandatory, Unset):
            field_dict["IsMandatory"] = is_mandatory
        if not isinstance(order, Unset):
            field_dict["Order"] = order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(locked, Unset):
            field_dict["Locked"] = locked
        if not isinstance(list_items, Unset):
            field_dict["ListItems"] = list_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: CustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldType.parse(_type_)

        is_mandatory = d.pop("IsMandatory", UNSET)

        order = d.pop("Order", UNSET)

        archived = d.pop("Archived", UNSET)

        locked = d.pop("Locked", UNSET)

        def _parse_list_items(data: object) -> list[str] | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[list[str] | None | Unset] = []
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_items_type_0 = cast(list[str], data)

                if is_complete(list_items_type_0):
                    return list_items_type_0
                partial_fits.append(list_items_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(list[str] | None | Unset, data)

        list_items = _parse_list_items(d.pop("ListItems", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            type_=_unchecked(type_),
            is_mandatory=_unchecked(is_mandatory),
            order=_unchecked(order),
            archived=_unchecked(archived),
            locked=_unchecked(locked),
            list_items=list_items,
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
