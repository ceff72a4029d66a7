from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_stage import JobCostCenterStage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claimed import Claimed
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_cost_center_list_item_2_total import JobCostCenterListItem2Total
    from ..models.locked_info import LockedInfo
    from ..models.site_ref import SiteRef
    from ..models.totals import Totals
    from ..models.vendor_order import VendorOrder


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
        vendor_orders (list[VendorOrder]):
        total (JobCostCenterListItem2Total):
        totals (Totals):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        percent_complete (int): Displays cost center progress percentage.
        stage (JobCostCenterStage | Unset):
        start_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        end_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        variation_approval_date (datetime.date | None | Unset): The date which this variation was approved by the
            customer. This must be null if the stage is declined or awaiting approval. This must not be null if the stage is
            anything else.
        claimed (Claimed | None | Unset):
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
    vendor_orders: list[VendorOrder]
    total: JobCostCenterListItem2Total
    totals: Totals
    date_modified: datetime.datetime
    percent_complete: int
    stage: JobCostCenterStage | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    variation_approval_date: datetime.date | None | Unset = UNSET
    claimed: Claimed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.claimed import Claimed  # noqa: PLC0415

        id = self.id

        cost_center = self.cost_center.to_dict()

        job_id = self.job_id

        name = self.name

        header = self.header

        site = self.site.to_dict()

        description = self.description

        notes = self.notes

        order_no = self.order_no

        auto_adjust_dates = self.auto_adjust_dates

        display_order = self.display_order

        variation = self.variation

        items_locked = self.items_locked

        locked_info = self.locked_info.to_dict()

        vendor_orders = []
        for vendor_orders_item_data in self.vendor_orders:
            vendor_orders_item = vendor_orders_item_data.to_dict()
            vendor_orders.append(vendor_orders_item)

        total = self.total.to_dict()

        totals = self.totals.to_dict()

        date_modified = self.date_modified.isoformat()

        percent_complete = self.percent_complete

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

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
        elif isinstance(self.claimed, Claimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "CostCenter": cost_center,
                "JobID": job_id,
                "Name": name,
                "Header": header,
                "Site": site,
                "Description": description,
                "Notes": notes,
                "OrderNo": order_no,
                "AutoAdjustDates": auto_adjust_dates,
                "DisplayOrder": display_order,
                "Variation": variation,
                "ItemsLocked": items_locked,
                "LockedInfo": locked_info,
                "VendorOrders": vendor_orders,
                "Total": total,
                "Totals": totals,
                "DateModified": date_modified,
                "PercentComplete": percent_complete,
            }
        )
        if stage is not UNSET:
            field_dict["Stage"] = stage
        if start_date is not UNSET:
            field_dict["StartDate"] = start_date
        if end_date is not UNSET:
            field_dict["EndDate"] = end_date
        if variation_approval_date is not UNSET:
            field_dict["VariationApprovalDate"] = variation_approval_date
        if claimed is not UNSET:
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claimed import Claimed  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_cost_center_list_item_2_total import JobCostCenterListItem2Total  # noqa: PLC0415
        from ..models.locked_info import LockedInfo  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415
        from ..models.totals import Totals  # noqa: PLC0415
        from ..models.vendor_order import VendorOrder  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        cost_center = CostCenterRef.from_dict(d.pop("CostCenter"))

        job_id = d.pop("JobID")

        name = d.pop("Name")

        header = d.pop("Header")

        site = SiteRef.from_dict(d.pop("Site"))

        description = d.pop("Description")

        notes = d.pop("Notes")

        order_no = d.pop("OrderNo")

        auto_adjust_dates = d.pop("AutoAdjustDates")

        display_order = d.pop("DisplayOrder")

        variation = d.pop("Variation")

        items_locked = d.pop("ItemsLocked")

        locked_info = LockedInfo.from_dict(d.pop("LockedInfo"))

        vendor_orders = []
        _vendor_orders = d.pop("VendorOrders")
        for vendor_orders_item_data in _vendor_orders:
            vendor_orders_item = VendorOrder.from_dict(vendor_orders_item_data)

            vendor_orders.append(vendor_orders_item)

        total = JobCostCenterListItem2Total.from_dict(d.pop("Total"))

        totals = Totals.from_dict(d.pop("Totals"))

        date_modified = datetime.datetime.fromisoformat(d.pop("DateModified"))

        percent_complete = d.pop("PercentComplete")

        _stage = d.pop("Stage", UNSET)
        stage: JobCostCenterStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobCostCenterStage(_stage)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("StartDate", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("EndDate", UNSET))

        def _parse_variation_approval_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variation_approval_date_type_0 = datetime.date.fromisoformat(data)

                return variation_approval_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        variation_approval_date = _parse_variation_approval_date(d.pop("VariationApprovalDate", UNSET))

        def _parse_claimed(data: object) -> Claimed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = Claimed.from_dict(data)

                return claimed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Claimed | None | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        job_cost_center = cls(
            id=id,
            cost_center=cost_center,
            job_id=job_id,
            name=name,
            header=header,
            site=site,
            description=description,
            notes=notes,
            order_no=order_no,
            auto_adjust_dates=auto_adjust_dates,
            display_order=display_order,
            variation=variation,
            items_locked=items_locked,
            locked_info=locked_info,
            vendor_orders=vendor_orders,
            total=total,
            totals=totals,
            date_modified=date_modified,
            percent_complete=percent_complete,
            stage=stage,
            start_date=start_date,
            end_date=end_date,
            variation_approval_date=variation_approval_date,
            claimed=claimed,
        )

        job_cost_center.additional_properties = d
        return job_cost_center

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
