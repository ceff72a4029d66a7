from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.asset_test_history_list_item_job_ref import AssetTestHistoryListItemJobRef
    from ..models.asset_test_history_list_item_test_reading import AssetTestHistoryListItemTestReading
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_cost_center_work_order_asset_failure_point import JobCostCenterWorkOrderAssetFailurePoint
    from ..models.test_record import TestRecord


T = TypeVar("T", bound="AssetTestHistoryListItem")


@_attrs_define
class AssetTestHistoryListItem:
    """
    Attributes:
        job (AssetTestHistoryListItemJobRef):
        quote (AssetTestHistoryListItemJobRef):
        service_level (CostCenterRef):
        test_record (TestRecord):
        failure_points (list[JobCostCenterWorkOrderAssetFailurePoint]):
        test_readings (list[AssetTestHistoryListItemTestReading]):
    """

    job: AssetTestHistoryListItemJobRef
    quote: AssetTestHistoryListItemJobRef
    service_level: CostCenterRef
    test_record: TestRecord
    failure_points: list[JobCostCenterWorkOrderAssetFailurePoint]
    test_readings: list[AssetTestHistoryListItemTestReading]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()
        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()
        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()
        test_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_record, Unset):
            test_record = self.test_record.to_dict()
        failure_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failure_points, Unset):
            failure_points = []
            for failure_points_item_data in self.failure_points:
                failure_points_item = failure_points_item_data.to_dict()
                failure_points.append(failure_points_item)

        test_readings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_readings, Unset):
            test_readings = []
            for test_readings_item_data in self.test_readings:
                test_readings_item = test_readings_item_data.to_dict()
                test_readings.append(test_readings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(job, Unset):
            field_dict["Job"] = job
        if not isinstance(quote, Unset):
            field_dict["Quote"] = quote
        if not isinstance(service_level, Unset):
            field_dict["ServiceLevel"] = service_level
        if not isinstance(test_record, Unset):
            field_dict["TestRecord"] = test_record
        if not isinstance(failure_points, Unset):
            field_dict["FailurePoints"] = failure_points
        if not isinstance(test_readings, Unset):
            field_dict["TestReadings"] = test_readings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_test_history_list_item_job_ref import AssetTestHistoryListItemJobRef  # noqa: PLC0415
        from ..models.asset_test_history_list_item_test_reading import AssetTestHistoryListItemTestReading  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_cost_center_work_order_asset_failure_point import JobCostCenterWorkOrderAssetFailurePoint  # noqa: PLC0415
        from ..models.test_record import TestRecord  # noqa: PLC0415

        d = dict(src_dict)
        _job = d.pop("Job", UNSET)
        job: AssetTestHistoryListItemJobRef | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = AssetTestHistoryListItemJobRef.from_dict(_job)

        _quote = d.pop("Quote", UNSET)
        quote: AssetTestHistoryListItemJobRef | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = AssetTestHistoryListItemJobRef.from_dict(_quote)

        _service_level = d.pop("ServiceLevel", UNSET)
        service_level: CostCenterRef | Unset
        if isinstance(_service_level, Unset):
            service_level = UNSET
        else:
            service_level = CostCenterRef.from_dict(_service_level)

        _test_record = d.pop("TestRecord", UNSET)
        test_record: TestRecord | Unset
        if isinstance(_test_record, Unset):
            test_record = UNSET
        else:
            test_record = TestRecord.from_dict(_test_record)

        _failure_points = d.pop("FailurePoints", UNSET)
        failure_points: list[JobCostCenterWorkOrderAssetFailurePoint] | Unset = UNSET
        if _failure_points is not UNSET:
            failure_points = []
            for failure_points_item_data in _failure_points:
                failure_points_item = JobCostCenterWorkOrderAssetFailurePoint.from_dict(failure_points_item_data)

                failure_points.append(failure_points_item)

        _test_readings = d.pop("TestReadings", UNSET)
        test_readings: list[AssetTestHistoryListItemTestReading] | Unset = UNSET
        if _test_readings is not UNSET:
            test_readings = []
            for test_readings_item_data in _test_readings:
                test_readings_item = AssetTestHistoryListItemTestReading.from_dict(test_readings_item_data)

                test_readings.append(test_readings_item)

        _instance = cls(
            job=_unchecked(job),
            quote=_unchecked(quote),
            service_level=_unchecked(service_level),
            test_record=_unchecked(test_record),
            failure_points=_unchecked(failure_points),
            test_readings=_unchecked(test_readings),
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
