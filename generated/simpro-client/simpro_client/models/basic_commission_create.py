from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basic_commission_create_trigger import BasicCommissionCreateTrigger
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="BasicCommissionCreate")


@_attrs_define
class BasicCommissionCreate:
    """
    Attributes:
        name (str): Name of the commission tier.
        rate (float): Commission tier rate.
        display_order (int | Unset): Sets the position of commission tier record relative to the others tiers.
        trigger (BasicCommissionCreateTrigger | Unset): A trigger to apply commission on appropriate event.
    """

    name: str
    rate: float
    display_order: int | Unset = UNSET
    trigger: BasicCommissionCreateTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        rate = self.rate
        display_order = self.display_order
        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(rate, Unset):
            field_dict["Rate"] = rate
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(trigger, Unset):
            field_dict["Trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        rate = d.pop("Rate", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        _trigger = d.pop("Trigger", UNSET)
        trigger: BasicCommissionCreateTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = BasicCommissionCreateTrigger.parse(_trigger)

        _instance = cls(
            name=_unchecked(name),
            rate=_unchecked(rate),
            display_order=display_order,
            trigger=trigger,
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
