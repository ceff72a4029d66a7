from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advanced_commission_type import AdvancedCommissionType
from ..models.basic_commission_rule import BasicCommissionRule
from ..models.basic_commission_trigger import BasicCommissionTrigger
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="BasicCommission")


@_attrs_define
class BasicCommission:
    """
    Attributes:
        id (int): ID of commission tier.
        name (str): Name of the commission tier.
        type_ (AdvancedCommissionType):
        display_order (int): Sets the position of commission tier record relative to the others tiers.
        rule (BasicCommissionRule):
        rate (float): Commission tier rate.
        trigger (BasicCommissionTrigger | None | Unset): A trigger to apply commission on appropriate event.
    """

    id: int
    name: str
    type_: AdvancedCommissionType
    display_order: int
    rule: BasicCommissionRule
    rate: float
    trigger: BasicCommissionTrigger | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        display_order = self.display_order
        rule: str | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = self.rule.value

        rate = self.rate
        trigger: None | str | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, BasicCommissionTrigger):
            trigger = self.trigger.value
        else:
            trigger = self.trigger

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
        if not isinstance(rule, Unset):
            field_dict["Rule"] = rule
        if not isinstance(rate, Unset):
            field_dict["Rate"] = rate
        if not isinstance(trigger, Unset):
            field_dict["Trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _rule = d.pop("Rule", UNSET)
        rule: BasicCommissionRule | Unset
        if isinstance(_rule, Unset):
            rule = UNSET
        else:
            rule = BasicCommissionRule.parse(_rule)

        rate = d.pop("Rate", UNSET)

        def _parse_trigger(data: object) -> BasicCommissionTrigger | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[BasicCommissionTrigger | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_1 = BasicCommissionTrigger.parse(data)

                if is_complete(trigger_type_1):
                    return trigger_type_1
                partial_fits.append(trigger_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(BasicCommissionTrigger | None | Unset, data)

        trigger = _parse_trigger(d.pop("Trigger", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            type_=_unchecked(type_),
            display_order=_unchecked(display_order),
            rule=_unchecked(rule),
            rate=_unchecked(rate),
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
