from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_work_order_asset_result import JobCostCenterWorkOrderAssetResult
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.asset import Asset
    from ..models.folder_ref import FolderRef
    from ..models.job_cost_center_work_order_asset_failure_point import JobCostCenterWorkOrderAssetFailurePoint
    from ..models.job_cost_center_work_order_asset_test_reading import JobCostCenterWorkOrderAssetTestReading


T = TypeVar("T", bound="JobCostCenterWorkOrderAsset")


@_attrs_define
class JobCostCenterWorkOrderAsset:
    """
    Attributes:
        asset (Asset):
        result (JobCostCenterWorkOrderAssetResult):
        notes (str):
        failure_points (list[JobCostCenterWorkOrderAssetFailurePoint]):
        test_readings (list[JobCostCenterWorkOrderAssetTestReading]):
        service_level (FolderRef | None | Unset):
    """

    asset: Asset
    result: JobCostCenterWorkOrderAssetResult
    notes: str
    failure_points: list[JobCostCenterWorkOrderAssetFailurePoint]
    test_readings: list[JobCostCenterWorkOrderAssetTestReading]
    service_level: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()
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

        test_readings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_readings, Unset):
            test_readings = []
            for test_readings_item_data in self.test_readings:
                test_readings_item = test_readings_item_data.to_dict()
                test_readings.append(test_readings_item)

        service_level: dict[str, Any] | None | Unset
        if isinstance(self.service_level, Unset):
            service_level = UNSET
        elif isinstance(self.service_level, FolderRef):
            service_level = self.service_level.to_dict()
        else:
            service_level = self.service_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(asset, Unset):
            field_dict["Asset"] = asset
        if not isinstance(result, Unset):
            field_dict["Result"] = result
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(failure_points, Unset):
            field_dict["FailurePoints"] = failure_points
        if not isinstance(test_readings, Unset):
            field_dict["TestReadings"] = test_readings
        if not isinstance(service_level, Unset):
            field_dict["ServiceLevel"] = service_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.job_cost_center_work_order_asset_failure_point import JobCostCenterWorkOrderAssetFailurePoint  # noqa: PLC0415
        from ..models.job_cost_center_work_order_asset_test_reading import JobCostCenterWorkOrderAssetTestReading  # noqa: PLC0415

        d = dict(src_dict)
        _asset = d.pop("Asset", UNSET)
        asset: Asset | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = Asset.from_dict(_asset)

        _result = d.pop("Result", UNSET)
        result: JobCostCenterWorkOrderAssetResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = JobCostCenterWorkOrderAssetResult.parse(_result)

        notes = d.pop("Notes", UNSET)

        _failure_points = d.pop("FailurePoints", UNSET)
        failure_points: list[JobCostCenterWorkOrderAssetFailurePoint] | Unset = UNSET
        if _failure_points is not UNSET:
            failure_points = []
            for failure_points_item_data in _failure_points:
                failure_points_item = JobCostCenterWorkOrderAssetFailurePoint.from_dict(failure_points_item_data)

                failure_points.append(failure_points_item)

        _test_readings = d.pop("TestReadings", UNSET)
        test_readings: list[JobCostCenterWorkOrderAssetTestReading] | Unset = UNSET
        if _test_readings is not UNSET:
            test_readings = []
            for test_readings_item_data in _test_readings:
                test_readings_item = JobCostCenterWorkOrderAssetTestReading.from_dict(test_readings_item_data)

                test_readings.append(test_readings_item)

        def _parse_service_level(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_level_type_1 = FolderRef.from_dict(data)

                if is_complete(service_level_type_1):
                    return service_level_type_1
                partial_fits.append(service_level_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        service_level = _parse_service_level(d.pop("ServiceLevel", UNSET))

        _instance = cls(
            asset=_unchecked(asset),
            result=_unchecked(result),
            notes=_unchecked(notes),
            failure_points=_unchecked(failure_points),
            test_readings=_unchecked(test_readings),
            service_level=service_level,
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
