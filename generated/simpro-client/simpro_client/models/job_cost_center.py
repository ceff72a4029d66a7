from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_stage import JobCostCenterStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_cost_center_totals import JobCostCenterTotals
    from ..models.job_cost_center_vendor_order import JobCostCenterVendorOrder
    from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal
    from ..models.locked_info import LockedInfo
    from ..models.section_job_cost_center_list_item_claimed import SectionJobCostCenterListItemClaimed
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="JobCostCenter")


@_attrs_define
class JobCostCenter:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        job_id (int):
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
        items_locked (bool): Deprecated. Please use /lock/ endpoint.
        locked_info (LockedInfo):
        vendor_orders (list[JobCostCenterVendorOrder]):
        total (JobInvoiceCostCenterTotal):
        totals (JobCostCenterTotals):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        percent_complete (int): Displays cost center progress percentage.
        stage (JobCostCenterStage | None | Unset):
        start_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        end_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        variation_approval_date (datetime.date | None | Unset): The date which this variation was approved by the
            customer. This must be null if the stage is declined or awaiting approval. This must not be null if the stage is
            anything else.
        claimed (None | SectionJobCostCenterListItemClaimed | Unset):
    """

    id: int
    cost_center: CostCenterRef
    job_id: int
    name: str
    header: str
    site: SiteRef
    description: str
    notes: str
    order_no: str
    auto_adjust_dates: bool
    display_order: int
    variation: bool
    items_locked: bool
    locked_info: LockedInfo
    vendor_orders: list[JobCostCenterVendorOrder]
    total: JobInvoiceCostCenterTotal
    totals: JobCostCenterTotals
    date_modified: datetime.datetime
    percent_complete: int
    stage: JobCostCenterStage | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    variation_approval_date: datetime.date | None | Unset = UNSET
    claimed: None | SectionJobCostCenterListItemClaimed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.section_job_cost_center_list_item_claimed import SectionJobCostCenterListItemClaimed  # noqa: PLC0415

        id = self.id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        job_id = self.job_id
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
        items_locked = self.items_locked
        locked_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locked_info, Unset):
            locked_info = self.locked_info.to_dict()
        vendor_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_orders, Unset):
            vendor_orders = []
            for vendor_orders_item_data in self.vendor_orders:
                vendor_orders_item = vendor_orders_item_data.to_dict()
                vendor_orders.append(vendor_orders_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        percent_complete = self.percent_complete
        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, JobCostCenterStage):
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
        variation_approval_date: None | str | Unset
        if isinstance(self.variation_approval_date, Unset):
            variation_approval_date = UNSET
        elif isinstance(self.variation_approval_date, datetime.date):
            variation_approval_date = self.variation_approval_date.isoformat()
        else:
            variation_approval_date = self.variation_approval_date
        claimed: dict[str, Any] | None | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        elif isinstance(self.claimed, SectionJobCostCenterListItemClaimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(job_id, Unset):
            field_dict["JobID"] = job_id
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
        if not isinstance(items_locked, Unset):
            field_dict["ItemsLocked"] = items_locked
        if not isinstance(locked_info, Unset):
            field_dict["LockedInfo"] = locked_info
        if not isinstance(vendor_orders, Unset):
            field_dict["VendorOrders"] = vendor_orders
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(percent_complete, Unset):
            field_dict["PercentComplete"] = percent_complete
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(end_date, Unset):
            field_dict["EndDate"] = end_date
        if not isinstance(variation_approval_date, Unset):
            field_dict["VariationApprovalDate"] = variation_approval_date
        if not isinstance(claimed, Unset):
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_cost_center_totals import JobCostCenterTotals  # noqa: PLC0415
        from ..models.job_cost_center_vendor_order import JobCostCenterVendorOrder  # noqa: PLC0415
        from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal  # noqa: PLC0415
        from ..models.locked_info import LockedInfo  # noqa: PLC0415
        from ..models.section_job_cost_center_list_item_claimed import SectionJobCostCenterListItemClaimed  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: CostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterRef.from_dict(_cost_center)

        job_id = d.pop("JobID", UNSET)

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

        items_locked = d.pop("ItemsLocked", UNSET)

        _locked_info = d.pop("LockedInfo", UNSET)
        locked_info: LockedInfo | Unset
        if isinstance(_locked_info, Unset):
            locked_info = UNSET
        else:
            locked_info = LockedInfo.from_dict(_locked_info)

        _vendor_orders = d.pop("VendorOrders", UNSET)
        vendor_orders: list[JobCostCenterVendorOrder] | Unset = UNSET
        if _vendor_orders is not UNSET:
            vendor_orders = []
            for vendor_orders_item_data in _vendor_orders:
                vendor_orders_item = JobCostCenterVendorOrder.from_dict(vendor_orders_item_data)

                vendor_orders.append(vendor_orders_item)

        _total = d.pop("Total", UNSET)
        total: JobInvoiceCostCenterTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobInvoiceCostCenterTotal.from_dict(_total)

        _totals = d.pop("Totals", UNSET)
        totals: JobCostCenterTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = JobCostCenterTotals.from_dict(_totals)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        percent_complete = d.pop("PercentComplete", UNSET)

        def _parse_stage(data: object) -> JobCostCenterStage | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[JobCostCenterStage | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_1 = JobCostCenterStage.parse(data)

                if is_complete(stage_type_1):
                    return stage_type_1
                partial_fits.append(stage_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(JobCostCenterStage | None | Unset, data)

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

        def _parse_variation_approval_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variation_approval_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(variation_approval_date_type_0):
                    return variation_approval_date_type_0
                partial_fits.append(variation_approval_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        variation_approval_date = _parse_variation_approval_date(d.pop("VariationApprovalDate", UNSET))

        def _parse_claimed(data: object) -> None | SectionJobCostCenterListItemClaimed | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | SectionJobCostCenterListItemClaimed | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = SectionJobCostCenterListItemClaimed.from_dict(data)

                if is_complete(claimed_type_1):
                    return claimed_type_1
                partial_fits.append(claimed_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | SectionJobCostCenterListItemClaimed | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        _instance = cls(
            id=_unchecked(id),
            cost_center=_unchecked(cost_center),
            job_id=_unchecked(job_id),
            name=_unchecked(name),
            header=_unchecked(header),
            site=_unchecked(site),
            description=_unchecked(description),
            notes=_unchecked(notes),
            order_no=_unchecked(order_no),
            auto_adjust_dates=_unchecked(auto_adjust_dates),
            display_order=_unchecked(display_order),
            variation=_unchecked(variation),
            items_locked=_unchecked(items_locked),
            locked_info=_unchecked(locked_info),
            vendor_orders=_unchecked(vendor_orders),
            total=_unchecked(total),
            totals=_unchecked(totals),
            date_modified=_unchecked(date_modified),
            percent_complete=_unchecked(percent_complete),
            stage=stage,
            start_date=start_date,
            end_date=end_date,
            variation_approval_date=variation_approval_date,
            claimed=claimed,
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
