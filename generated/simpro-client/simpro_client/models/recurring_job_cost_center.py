from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal
    from ..models.recurring_job_totals import RecurringJobTotals
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="RecurringJobCostCenter")


@_attrs_define
class RecurringJobCostCenter:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        name (str):
        site (SiteRef):
        description (str): This column supports HTML formatting.
        notes (str): This column supports HTML formatting.
        order_no (str):
        display_order (int): Sets the position of this cost center relative to the others within this section. Please
            note that the values you set will be overridden with a sequence of numbers beginning with 1.
        items_locked (bool):
        revized_locked (bool):
        total (JobInvoiceCostCenterTotal):
        totals (RecurringJobTotals):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    cost_center: CostCenterRef
    name: str
    site: SiteRef
    description: str
    notes: str
    order_no: str
    display_order: int
    items_locked: bool
    revized_locked: bool
    total: JobInvoiceCostCenterTotal
    totals: RecurringJobTotals
    date_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        name = self.name
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        description = self.description
        notes = self.notes
        order_no = self.order_no
        display_order = self.display_order
        items_locked = self.items_locked
        revized_locked = self.revized_locked
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(items_locked, Unset):
            field_dict["ItemsLocked"] = items_locked
        if not isinstance(revized_locked, Unset):
            field_dict["RevizedLocked"] = revized_locked
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal  # noqa: PLC0415
        from ..models.recurring_job_totals import RecurringJobTotals  # noqa: PLC0415
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

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        items_locked = d.pop("ItemsLocked", UNSET)

        revized_locked = d.pop("RevizedLocked", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobInvoiceCostCenterTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobInvoiceCostCenterTotal.from_dict(_total)

        _totals = d.pop("Totals", UNSET)
        totals: RecurringJobTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = RecurringJobTotals.from_dict(_totals)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _instance = cls(
            id=_unchecked(id),
            cost_center=_unchecked(cost_center),
            name=_unchecked(name),
            site=_unchecked(site),
            description=_unchecked(description),
            notes=_unchecked(notes),
            order_no=_unchecked(order_no),
            display_order=_unchecked(display_order),
            items_locked=_unchecked(items_locked),
            revized_locked=_unchecked(revized_locked),
            total=_unchecked(total),
            totals=_unchecked(totals),
            date_modified=_unchecked(date_modified),
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
