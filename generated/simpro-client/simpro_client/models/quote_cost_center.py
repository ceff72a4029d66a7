from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_cost_center_stage import QuoteCostCenterStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal
    from ..models.quote_cost_center_totals import QuoteCostCenterTotals
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="QuoteCostCenter")


@_attrs_define
class QuoteCostCenter:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        name (str):
        header (str):
        site (SiteRef):
        description (str): This column supports HTML formatting.
        notes (str): This column supports HTML formatting.
        order_no (str):
        auto_adjust_dates (bool): When false, start/end dates can be changed manually.
        display_order (int): Sets the position of this cost center relative to the others within this section. Please
            note that the values you set will be overriden with a sequence of numbers beginning with 1.
        variation (bool):
        optional_department (bool): Deprecated: Please use `Billable` field to check if a cost center is optional or
            not.
        billable (bool):
        items_locked (bool):
        total (JobInvoiceCostCenterTotal):
        totals (QuoteCostCenterTotals):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        stage (None | QuoteCostCenterStage | Unset):
        start_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        end_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
    """

    id: int
    cost_center: CostCenterRef
    name: str
    header: str
    site: SiteRef
    description: str
    notes: str
    order_no: str
    auto_adjust_dates: bool
    display_order: int
    variation: bool
    optional_department: bool
    billable: bool
    items_locked: bool
    total: JobInvoiceCostCenterTotal
    totals: QuoteCostCenterTotals
    date_modified: datetime.datetime
    stage: None | QuoteCostCenterStage | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        name = self.name
        header = self.header
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        description = self.description
        notes = self.notes
        order_no = self.order_no
        auto_adjust_dates = self.auto_adjust_dates
        display_order = self.display_order
        variation = self.variation
        optional_department = self.optional_department
        billable = self.billable
        items_locked = self.items_locked
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, QuoteCostCenterStage):
            stage = self.stage.value
        else:
            stage = self.stage
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(header, Unset):
            field_dict["Header"] = header
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(auto_adjust_dates, Unset):
            field_dict["AutoAdjustDates"] = auto_adjust_dates
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(variation, Unset):
            field_dict["Variation"] = variation
        if not isinstance(optional_department, Unset):
            field_dict["OptionalDepartment"] = optional_department
        if not isinstance(billable, Unset):
            field_dict["Billable"] = billable
        if not isinstance(items_locked, Unset):
            field_dict["ItemsLocked"] = items_locked
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(end_date, Unset):
            field_dict["EndDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal  # noqa: PLC0415
        from ..models.quote_cost_center_totals import QuoteCostCenterTotals  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: CostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterRef.from_dict(_cost_center)

        name = d.pop("Name", UNSET)

        header = d.pop("Header", UNSET)

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        auto_adjust_dates = d.pop("AutoAdjustDates", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        variation = d.pop("Variation", UNSET)

        optional_department = d.pop("OptionalDepartment", UNSET)

        billable = d.pop("Billable", UNSET)

        items_locked = d.pop("ItemsLocked", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobInvoiceCostCenterTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobInvoiceCostCenterTotal.from_dict(_total)

        _totals = d.pop("Totals", UNSET)
        totals: QuoteCostCenterTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = QuoteCostCenterTotals.from_dict(_totals)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        def _parse_stage(data: object) -> None | QuoteCostCenterStage | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | QuoteCostCenterStage | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_1 = QuoteCostCenterStage.parse(data)

                if is_complete(stage_type_1):
                    return stage_type_1
                partial_fits.append(stage_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | QuoteCostCenterStage | Unset, data)

        stage = _parse_stage(d.pop("Stage", UNSET))

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

        _instance = cls(
            id=_unchecked(id),
            cost_center=_unchecked(cost_center),
            name=_unchecked(name),
            header=_unchecked(header),
            site=_unchecked(site),
            description=_unchecked(description),
            notes=_unchecked(notes),
            order_no=_unchecked(order_no),
            auto_adjust_dates=_unchecked(auto_adjust_dates),
            display_order=_unchecked(display_order),
            variation=_unchecked(variation),
            optional_department=_unchecked(optional_department),
            billable=_unchecked(billable),
            items_locked=_unchecked(items_locked),
            total=_unchecked(total),
            totals=_unchecked(totals),
            date_modified=_unchecked(date_modified),
            stage=stage,
            start_date=start_date,
            end_date=end_date,
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
