from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failure_point_severity import FailurePointSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="FailurePointUpdate")


@_attrs_define
class FailurePointUpdate:
    """
    Attributes:
        name (str | Unset):
        display_order (int | Unset):
        standard (str | Unset):
        prebuild (int | Unset): ID of a prebuild
        is_critical (bool | Unset): Deprecated. Use Severity field instead
        severity (FailurePointSeverity | Unset):
    """

    name: str | Unset = UNSET
    display_order: int | Unset = UNSET
    standard: str | Unset = UNSET
    prebuild: int | Unset = UNSET
    is_critical: bool | Unset = UNSET
    severity: FailurePointSeverity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        display_order = self.display_order
        standard = self.standard
        prebuild = self.prebuild
        is_critical = self.is_critical
        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(standard, Unset):
            field_dict["Standard"] = standard
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild
        if not isinstance(is_critical, Unset):
            field_dict["IsCritical"] = is_critical
        if not isinstance(severity, Unset):
            field_dict["Severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        standard = d.pop("Standard", UNSET)

        prebuild = d.pop("Prebuild", UNSET)

        is_critical = d.pop("IsCritical", UNSET)

        _severity = d.pop("Severity", UNSET)
        severity: FailurePointSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = FailurePointSeverity.parse(_severity)

        _instance = cls(
            name=name,
            display_order=display_order,
            standard=standard,
            prebuild=prebuild,
            is_critical=is_critical,
            severity=severity,
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
