from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_cost_center_create_stage import QuoteCostCenterCreateStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.job_cost_center_create_total import JobCostCenterCreateTotal


T = TypeVar("T", bound="QuoteCostCenterCreate")


@_attrs_define
class QuoteCostCenterCreate:
    """
    Attributes:
        cost_center (int): ID of a cost center
        name (str | Unset):
        stage (None | QuoteCostCenterCreateStage | Unset):
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        order_no (str | Unset):
        start_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        end_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        auto_adjust_dates (bool | Unset): When false, start/end dates can be changed manually.
        display_order (int | Unset): Sets the position of this cost center relative to the others within this section.
            Please note that the values you set will be overriden with a sequence of numbers beginning with 1.
        billable (bool | Unset):
        total (JobCostCenterCreateTotal | Unset):
        auto_calculate_labor (bool | Unset): A default labor will be added to the cost center based on estimated times
            of part items.
    """

    cost_center: int
    name: str | Unset = UNSET
    stage: None | QuoteCostCenterCreateStage | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    order_no: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    auto_adjust_dates: bool | Unset = UNSET
    display_order: int | Unset = UNSET
    billable: bool | Unset = UNSET
    total: JobCostCenterCreateTotal | Unset = UNSET
    auto_calculate_labor: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_center = self.cost_center
        name = self.name
        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, QuoteCostCenterCreateStage):
            stage = self.stage.value
        else:
            stage = self.stage
        description = self.description
        notes = self.notes
        order_no = self.order_no
        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date
        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date
        auto_adjust_dates = self.auto_adjust_dates
        display_order = self.display_order
        billable = self.billable
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        auto_calculate_labor = self.auto_calculate_labor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(end_date, Unset):
            field_dict["EndDate"] = end_date
        if not isinstance(auto_adjust_dates, Unset):
            field_dict["AutoAdjustDates"] = auto_adjust_dates
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(billable, Unset):
            field_dict["Billable"] = billable
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(auto_calculate_labor, Unset):
            field_dict["AutoCalculateLabor"] = auto_calculate_labor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_cost_center_create_total import JobCostCenterCreateTotal  # noqa: PLC0415

        d = dict(src_dict)
        cost_center = d.pop("CostCenter", UNSET)

        name = d.pop("Name", UNSET)

        def _parse_stage(data: object) -> None | QuoteCostCenterCreateStage | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | QuoteCostCenterCreateStage | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_1 = QuoteCostCenterCreateStage.parse(data)

                if is_complete(stage_type_1):
                    return stage_type_1
                partial_fits.append(stage_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | QuoteCostCenterCreateStage | Unset, data)

        stage = _parse_stage(d.pop("Stage", UNSET))

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(start_date_type_0):
                    return start_date_type_0
                partial_fits.append(start_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("StartDate", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(end_date_type_0):
                    return end_date_type_0
                partial_fits.append(end_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("EndDate", UNSET))

        auto_adjust_dates = d.pop("AutoAdjustDates", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        billable = d.pop("Billable", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobCostCenterCreateTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobCostCenterCreateTotal.from_dict(_total)

        auto_calculate_labor = d.pop("AutoCalculateLabor", UNSET)

        _instance = cls(
            cost_center=_unchecked(cost_center),
            name=name,
            stage=stage,
            description=description,
            notes=notes,
            order_no=order_no,
            start_date=start_date,
            end_date=end_date,
            auto_adjust_dates=auto_adjust_dates,
            display_order=display_order,
            billable=billable,
            total=total,
            auto_calculate_labor=auto_calculate_labor,
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
