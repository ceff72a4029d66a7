from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.company_default_setting_schedule import CompanyDefaultSettingSchedule
    from ..models.financial import Financial
    from ..models.system import System


T = TypeVar("T", bound="CompanyDefaultSetting")


@_attrs_define
class CompanyDefaultSetting:
    """
    Attributes:
        system (System):
        financial (Financial):
        schedule (CompanyDefaultSettingSchedule):
    """

    system: System
    financial: Financial
    schedule: CompanyDefaultSettingSchedule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system, Unset):
            system = self.system.to_dict()
        financial: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial, Unset):
            financial = self.financial.to_dict()
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(system, Unset):
            field_dict["System"] = system
        if not isinstance(financial, Unset):
            field_dict["Financial"] = financial
        if not isinstance(schedule, Unset):
            field_dict["Schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_default_setting_schedule import CompanyDefaultSettingSchedule  # noqa: PLC0415
        from ..models.financial import Financial  # noqa: PLC0415
        from ..models.system import System  # noqa: PLC0415

        d = dict(src_dict)
        _system = d.pop("System", UNSET)
        system: System | Unset
        if isinstance(_system, Unset):
            system = UNSET
        else:
            system = System.from_dict(_system)

        _financial = d.pop("Financial", UNSET)
        financial: Financial | Unset
        if isinstance(_financial, Unset):
            financial = UNSET
        else:
            financial = Financial.from_dict(_financial)

        _schedule = d.pop("Schedule", UNSET)
        schedule: CompanyDefaultSettingSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CompanyDefaultSettingSchedule.from_dict(_schedule)

        _instance = cls(
            system=_unchecked(system),
            financial=_unchecked(financial),
            schedule=_unchecked(schedule),
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
