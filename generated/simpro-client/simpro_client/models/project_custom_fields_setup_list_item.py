from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.show_for import ShowFor


T = TypeVar("T", bound="ProjectCustomFieldsSetupListItem")


@_attrs_define
class ProjectCustomFieldsSetupListItem:
    """
    Attributes:
        id (int):
        name (str):
        type_ (CustomFieldType):
        order (int):
        show_for (ShowFor):
        locked (bool):
    """

    id: int
    name: str
    type_: CustomFieldType
    order: int
    show_for: ShowFor
    locked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        order = self.order
        show_for: dict[str, Any] | Unset = UNSET
        if not isinstance(self.show_for, Unset):
            show_for = self.show_for.to_dict()
        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(order, Unset):
            field_dict["Order"] = order
        if not isinstance(show_for, Unset):
            field_dict["ShowFor"] = show_for
        if not isinstance(locked, Unset):
            field_dict["Locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.show_for import ShowFor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: CustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldType.parse(_type_)

        order = d.pop("Order", UNSET)

        _show_for = d.pop("ShowFor", UNSET)
        show_for: ShowFor | Unset
        if isinstance(_show_for, Unset):
            show_for = UNSET
        else:
            show_for = ShowFor.from_dict(_show_for)

        locked = d.pop("Locked", UNSET)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            type_=_unchecked(type_),
            order=_unchecked(order),
            show_for=_unchecked(show_for),
            locked=_unchecked(locked),
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
