from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.claimed import Claimed
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_cost_center_list_item_2_total import JobCostCenterListItem2Total


T = TypeVar("T", bound="JobCostCenterListItem2")


@_attrs_define
class JobCostCenterListItem2:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        job_id (int):
        name (str):
        display_order (int): Sets the position of this cost center relative to the others within this section. Please
            note that the values you set will be overriden with a sequence of numbers beginning with 1.
        total (JobCostCenterListItem2Total):
        claimed (Claimed | None):
        percent_complete (int): Displays cost center progress percentage.
    """

    id: int
    cost_center: CostCenterRef
    job_id: int
    name: str
    display_order: int
    total: JobCostCenterListItem2Total
    claimed: Claimed | None
    percent_complete: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.claimed import Claimed  # noqa: PLC0415

        id = self.id

        cost_center = self.cost_center.to_dict()

        job_id = self.job_id

        name = self.name

        display_order = self.display_order

        total = self.total.to_dict()

        claimed: dict[str, Any] | None
        if isinstance(self.claimed, Claimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        percent_complete = self.percent_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "CostCenter": cost_center,
                "JobID": job_id,
                "Name": name,
                "DisplayOrder": display_order,
                "Total": total,
                "Claimed": claimed,
                "PercentComplete": percent_complete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claimed import Claimed  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_cost_center_list_item_2_total import JobCostCenterListItem2Total  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        cost_center = CostCenterRef.from_dict(d.pop("CostCenter"))

        job_id = d.pop("JobID")

        name = d.pop("Name")

        display_order = d.pop("DisplayOrder")

        total = JobCostCenterListItem2Total.from_dict(d.pop("Total"))

        def _parse_claimed(data: object) -> Claimed | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = Claimed.from_dict(data)

                return claimed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Claimed | None, data)

        claimed = _parse_claimed(d.pop("Claimed"))

        percent_complete = d.pop("PercentComplete")

        job_cost_center_list_item_2 = cls(
            id=id,
            cost_center=cost_center,
            job_id=job_id,
            name=name,
            display_order=display_order,
            total=total,
            claimed=claimed,
            percent_complete=percent_complete,
        )

        job_cost_center_list_item_2.additional_properties = d
        return job_cost_center_list_item_2

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
