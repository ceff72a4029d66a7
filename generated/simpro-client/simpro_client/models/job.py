from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_total import JobTotal
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        id (int):
        site (SiteRef):
        comment (str):
        description (str): deprecated
        total (JobTotal):
    """

    id: int
    site: SiteRef
    comment: str
    description: str
    total: JobTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        site = self.site.to_dict()

        comment = self.comment

        description = self.description

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Site": site,
                "Comment": comment,
                "Description": description,
                "Total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_total import JobTotal  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        site = SiteRef.from_dict(d.pop("Site"))

        comment = d.pop("Comment")

        description = d.pop("Description")

        total = JobTotal.from_dict(d.pop("Total"))

        job = cls(
            id=id,
            site=site,
            comment=comment,
            description=description,
            total=total,
        )

        job.additional_properties = d
        return job

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
