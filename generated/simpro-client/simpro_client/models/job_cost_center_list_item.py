from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_ref import JobRef


T = TypeVar("T", bound="JobCostCenterListItem")


@_attrs_define
class JobCostCenterListItem:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        name (str):
        job (JobRef):
        section (CostCenterRef):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        field_href (str):
    """

    id: int
    cost_center: CostCenterRef
    name: str
    job: JobRef
    section: CostCenterRef
    date_modified: datetime.datetime
    field_href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cost_center = self.cost_center.to_dict()

        name = self.name

        job = self.job.to_dict()

        section = self.section.to_dict()

        date_modified = self.date_modified.isoformat()

        field_href = self.field_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "CostCenter": cost_center,
                "Name": name,
                "Job": job,
                "Section": section,
                "DateModified": date_modified,
                "_href": field_href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_ref import JobRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        cost_center = CostCenterRef.from_dict(d.pop("CostCenter"))

        name = d.pop("Name")

        job = JobRef.from_dict(d.pop("Job"))

        section = CostCenterRef.from_dict(d.pop("Section"))

        date_modified = datetime.datetime.fromisoformat(d.pop("DateModified"))

        field_href = d.pop("_href")

        job_cost_center_list_item = cls(
            id=id,
            cost_center=cost_center,
            name=name,
            job=job,
            section=section,
            date_modified=date_modified,
            field_href=field_href,
        )

        job_cost_center_list_item.additional_properties = d
        return job_cost_center_list_item

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
