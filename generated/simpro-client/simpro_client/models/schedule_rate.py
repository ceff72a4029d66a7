from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ScheduleRate")


@_attrs_define
class ScheduleRate:
    """
    Attributes:
        id (int):
        name (str):
        multiplier (float): Enter the Multiplier up to two decimal places. This cannot be changed after creation and
            must be a positive value.
        show_in_mobile (bool): To enable mobile app users to view and select this schedule rate.
        show_in_connect (bool): This field is <b>DEPRECATED</b> and will be removed in version 1.1<br />Use ShowInMobile
            instead.
        inc_overhead (bool): To include the overhead cost, depending on your business needs.
        activity_only (bool): Set to true if the rate only applies to a non-billable activity
        schedule_color (None | str): Color code in hex decimal format eg. #0000FF or #00F
        display_order (int):
        archived (bool):
        hourly_allowance (float):
        pay_rate_override (float):
    """

    id: int
    name: str
    multiplier: float
    show_in_mobile: bool
    show_in_connect: bool
    inc_overhead: bool
    activity_only: bool
    schedule_color: None | str
    display_order: int
    archived: bool
    hourly_allowance: float
    pay_rate_override: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        multiplier = self.multiplier
        show_in_mobile = self.show_in_mobile
        show_in_connect = self.show_in_connect
        inc_overhead = self.inc_overhead
        activity_only = self.activity_only
        schedule_color: None | str | Unset
        if isinstance(self.schedule_color, Unset):
            schedule_color = UNSET
        else:
            schedule_color = self.schedule_color
        display_order = self.display_order
        archived = self.archived
        hourly_allowance = self.hourly_allowance
        pay_rate_override = self.pay_rate_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(multiplier, Unset):
            field_dict["Multiplier"] = multiplier
        if not isinstance(show_in_mobile, Unset):
            field_dict["ShowInMobile"] = show_in_mobile
        if not isinstance(show_in_connect, Unset):
            field_dict["ShowInConnect"] = show_in_connect
        if not isinstance(inc_overhead, Unset):
            field_dict["IncOverhead"] = inc_overhead
        if not isinstance(activity_only, Unset):
            field_dict["ActivityOnly"] = activity_only
        if not isinstance(schedule_color, Unset):
            field_dict["ScheduleColor"] = schedule_color
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(hourly_allowance, Unset):
            field_dict["HourlyAllowance"] = hourly_allowance
        if not isinstance(pay_rate_override, Unset):
            field_dict["PayRateOverride"] = pay_rate_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        multiplier = d.pop("Multiplier", UNSET)

        show_in_mobile = d.pop("ShowInMobile", UNSET)

        show_in_connect = d.pop("ShowInConnect", UNSET)

        inc_overhead = d.pop("IncOverhead", UNSET)

        activity_only = d.pop("ActivityOnly", UNSET)

        def _parse_schedule_color(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        schedule_color = _parse_schedule_color(d.pop("ScheduleColor", UNSET))

        display_order = d.pop("DisplayOrder", UNSET)

        archived = d.pop("Archived", UNSET)

        hourly_allowance = d.pop("HourlyAllowance", UNSET)

        pay_rate_override = d.pop("PayRateOverride", UNSET)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            multiplier=_unchecked(multiplier),
            show_in_mobile=_unchecked(show_in_mobile),
            show_in_connect=_unchecked(show_in_connect),
            inc_overhead=_unchecked(inc_overhead),
            activity_only=_unchecked(activity_only),
            schedule_color=_unchecked(schedule_color),
            display_order=_unchecked(display_order),
            archived=_unchecked(archived),
            hourly_allowance=_unchecked(hourly_allowance),
            pay_rate_override=_unchecked(pay_rate_override),
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
