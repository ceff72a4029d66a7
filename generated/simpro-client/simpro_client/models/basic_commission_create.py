from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        trigger (BasicCommissionCreateTrigger | None | Unset): A trigger to apply commission on appropriate event.
    """

    name: str
    rate: float
    display_order: int | Unset = UNSET
    trigger: BasicCommissionCreateTrigger | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        rate = self.rate
        display_order = self.display_order
        trigger: None | str | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, BasicCommissionCreateTrigger):
            trigger = self.trigger.value
        else:
            trigger = self.trigger

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

        def _parse_trigger(data: object) -> BasicCommissionCreateTrigger | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[BasicCommissionCreateTrigger | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_1 = BasicCommissionCreateTrigger.parse(data)

                if is_complete(trigger_type_1):
                    return trigger_type_1
                partial_fits.append(trigger_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(BasicCommissionCreateTrigger | None | Unset, data)

        trigger = _parse_trigger(d.pop("Trigger", UNSET))

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
