from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failure_point_severity import FailurePointSeverity
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.prebuild import Prebuild


T = TypeVar("T", bound="FailurePoint")


@_attrs_define
class FailurePoint:
    """
    Attributes:
        id (int):
        name (str):
        display_order (int):
        standard (str):
        is_critical (bool): Deprecated. Use Severity field instead
        severity (FailurePointSeverity):
        prebuild (None | Prebuild | Unset):
    """

    id: int
    name: str
    display_order: int
    standard: str
    is_critical: bool
    severity: FailurePointSeverity
    prebuild: None | Prebuild | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prebuild import Prebuild  # noqa: PLC0415

        id = self.id
        name = self.name
        display_order = self.display_order
        standard = self.standard
        is_critical = self.is_critical
        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        prebuild: dict[str, Any] | None | Unset
        if isinstance(self.prebuild, Unset):
            prebuild = UNSET
        elif isinstance(self.prebuild, Prebuild):
            prebuild = self.prebuild.to_dict()
        else:
            prebuild = self.prebuild

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(standard, Unset):
            field_dict["Standard"] = standard
        if not isinstance(is_critical, Unset):
            field_dict["IsCritical"] = is_critical
        if not isinstance(severity, Unset):
            field_dict["Severity"] = severity
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prebuild import Prebuild  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        standard = d.pop("Standard", UNSET)

        is_critical = d.pop("IsCritical", UNSET)

        _severity = d.pop("Severity", UNSET)
        severity: FailurePointSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = FailurePointSeverity.parse(_severity)

        def _parse_prebuild(data: object) -> None | Prebuild | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | Prebuild | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prebuild_type_1 = Prebuild.from_dict(data)

                if is_complete(prebuild_type_1):
                    return prebuild_type_1
                partial_fits.append(prebuild_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | Prebuild | Unset, data)

        prebuild = _parse_prebuild(d.pop("Prebuild", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            display_order=_unchecked(display_order),
            standard=_unchecked(standard),
            is_critical=_unchecked(is_critical),
            severity=_unchecked(severity),
            prebuild=prebuild,
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
