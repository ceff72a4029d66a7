from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advanced_commission_trigger import AdvancedCommissionTrigger
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.advanced_commission_create_components import AdvancedCommissionCreateComponents


T = TypeVar("T", bound="AdvancedCommissionCreate")


@_attrs_define
class AdvancedCommissionCreate:
    """
    Attributes:
        name (str): Name of the commission tier.
        trigger (AdvancedCommissionTrigger):
        display_order (int | Unset): Sets the position of commission tier record relative to the others tiers.
        components (AdvancedCommissionCreateComponents | Unset):
    """

    name: str
    trigger: AdvancedCommissionTrigger
    display_order: int | Unset = UNSET
    components: AdvancedCommissionCreateComponents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value

        display_order = self.display_order
        components: dict[str, Any] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = self.components.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(trigger, Unset):
            field_dict["Trigger"] = trigger
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(components, Unset):
            field_dict["Components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_commission_create_components import AdvancedCommissionCreateComponents  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _trigger = d.pop("Trigger", UNSET)
        trigger: AdvancedCommissionTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = AdvancedCommissionTrigger.parse(_trigger)

        display_order = d.pop("DisplayOrder", UNSET)

        _components = d.pop("Components", UNSET)
        components: AdvancedCommissionCreateComponents | Unset
        if isinstance(_components, Unset):
            components = UNSET
        else:
            components = AdvancedCommissionCreateComponents.from_dict(_components)

        _instance = cls(
            name=_unchecked(name),
            trigger=_unchecked(trigger),
            display_order=display_order,
            components=components,
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
