from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advanced_commission_trigger import AdvancedCommissionTrigger
from ..models.advanced_commission_type import AdvancedCommissionType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.advanced_commission_components import AdvancedCommissionComponents


T = TypeVar("T", bound="AdvancedCommission")


@_attrs_define
class AdvancedCommission:
    """
    Attributes:
        id (int): ID of commission tier.
        name (str): Name of the commission tier.
        type_ (AdvancedCommissionType):
        display_order (int): Sets the position of commission tier record relative to the others tiers.
        components (AdvancedCommissionComponents):
        trigger (AdvancedCommissionTrigger):
    """

    id: int
    name: str
    type_: AdvancedCommissionType
    display_order: int
    components: AdvancedCommissionComponents
    trigger: AdvancedCommissionTrigger
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        display_order = self.display_order
        components: dict[str, Any] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = self.components.to_dict()
        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(components, Unset):
            field_dict["Components"] = components
        if not isinstance(trigger, Unset):
            field_dict["Trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_commission_components import AdvancedCommissionComponents  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: AdvancedCommissionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AdvancedCommissionType.parse(_type_)

        display_order = d.pop("DisplayOrder", UNSET)

        _components = d.pop("Components", UNSET)
        components: AdvancedCommissionComponents | Unset
        if isinstance(_components, Unset):
            components = UNSET
        else:
            components = AdvancedCommissionComponents.from_dict(_components)

        _trigger = d.pop("Trigger", UNSET)
        trigger: AdvancedCommissionTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = AdvancedCommissionTrigger.parse(_trigger)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            type_=_unchecked(type_),
            display_order=_unchecked(display_order),
            components=_unchecked(components),
            trigger=_unchecked(trigger),
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
