from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_work_order_asset_result import JobCostCenterWorkOrderAssetResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_cost_center_work_order_asset_update_failure_point import (
        JobCostCenterWorkOrderAssetUpdateFailurePoint,
    )


T = TypeVar("T", bound="JobCostCenterWorkOrderAssetUpdate")


@_attrs_define
class JobCostCenterWorkOrderAssetUpdate:
    """
    Attributes:
        service_level (int | Unset): ID of a service level
        result (JobCostCenterWorkOrderAssetResult | Unset):
        notes (str | Unset):
        failure_points (list[JobCostCenterWorkOrderAssetUpdateFailurePoint] | Unset):
        test_readings (list[int] | Unset):
    """

    service_level: int | Unset = UNSET
    result: JobCostCenterWorkOrderAssetResult | Unset = UNSET
    notes: str | Unset = UNSET
    failure_points: list[JobCostCenterWorkOrderAssetUpdateFailurePoint] | Unset = UNSET
    test_readings: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_level = self.service_level
        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        notes = self.notes
        failure_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failure_points, Unset):
            failure_points = []
            for failure_points_item_data in self.failure_points:
                failure_points_item = failure_points_item_data.to_dict()
                failure_points.append(failure_points_item)

        test_readings: list[int] | Unset = UNSET
        if not isinstance(self.test_readings, Unset):
            test_readings = self.test_readings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(service_level, Unset):
            field_dict["ServiceLevel"] = service_level
        if not isinstance(result, Unset):
            field_dict["Result"] = result
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(failure_points, Unset):
            field_dict["FailurePoints"] = failure_points
        if not isinstance(test_readings, Unset):
            field_dict["TestReadings"] = test_readings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_cost_center_work_order_asset_update_failure_point import (
            JobCostCenterWorkOrderAssetUpdateFailurePoint,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service_level = d.pop("ServiceLevel", UNSET)

        _result = d.pop("Result", UNSET)
        result: JobCostCenterWorkOrderAssetResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = JobCostCenterWorkOrderAssetResult.parse(_result)

        notes = d.pop("Notes", UNSET)

        _failure_points = d.pop("FailurePoints", UNSET)
        failure_points: list[JobCostCenterWorkOrderAssetUpdateFailurePoint] | Unset = UNSET
        if _failure_points is not UNSET:
            failure_points = []
            for failure_points_item_data in _failure_points:
                failure_points_item = JobCostCenterWorkOrderAssetUpdateFailurePoint.from_dict(failure_points_item_data)

                failure_points.append(failure_points_item)

        test_readings = cast(list[int], d.pop("TestReadings", UNSET))

        _instance = cls(
            service_level=service_level,
            result=result,
            notes=notes,
            failure_points=failure_points,
            test_readings=test_readings,
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
