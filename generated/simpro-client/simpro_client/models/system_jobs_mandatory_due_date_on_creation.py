from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="SystemJobsMandatoryDueDateOnCreation")


@_attrs_define
class SystemJobsMandatoryDueDateOnCreation:
    """
    Attributes:
        service_job (bool):
        project_job (bool):
    """

    service_job: bool
    project_job: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_job = self.service_job
        project_job = self.project_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(service_job, Unset):
            field_dict["ServiceJob"] = service_job
        if not isinstance(project_job, Unset):
            field_dict["ProjectJob"] = project_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_job = d.pop("ServiceJob", UNSET)

        project_job = d.pop("ProjectJob", UNSET)

        _instance = cls(
            service_job=_unchecked(service_job),
            project_job=_unchecked(project_job),
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
