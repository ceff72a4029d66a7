from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_invoice_cost_center_claimed import JobInvoiceCostCenterClaimed
    from ..models.job_invoice_cost_center_items import JobInvoiceCostCenterItems
    from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal


T = TypeVar("T", bound="JobInvoiceCostCenter")


@_attrs_define
class JobInvoiceCostCenter:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        job_id (int):
        name (str):
        display_order (int): Sets the position of this cost center relative to the others within this section. Please
            note that the values you set will be overriden with a sequence of numbers beginning with 1.
        total (JobInvoiceCostCenterTotal):
        claimed (JobInvoiceCostCenterClaimed | None):
        percent_complete (int): Displays cost center progress percentage.
        items (JobInvoiceCostCenterItems | Unset):
    """

    id: int
    cost_center: CostCenterRef
    job_id: int
    name: str
    display_order: int
    total: JobInvoiceCostCenterTotal
    claimed: JobInvoiceCostCenterClaimed | None
    percent_complete: int
    items: JobInvoiceCostCenterItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_invoice_cost_center_claimed import JobInvoiceCostCenterClaimed  # noqa: PLC0415

        id = self.id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        job_id = self.job_id
        name = self.name
        display_order = self.display_order
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        claimed: dict[str, Any] | None | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        elif isinstance(self.claimed, JobInvoiceCostCenterClaimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed
        percent_complete = self.percent_complete
        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

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
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(claimed, Unset):
            field_dict["Claimed"] = claimed
        if not isinstance(percent_complete, Unset):
            field_dict["PercentComplete"] = percent_complete
        if not isinstance(items, Unset):
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_invoice_cost_center_claimed import JobInvoiceCostCenterClaimed  # noqa: PLC0415
        from ..models.job_invoice_cost_center_items import JobInvoiceCostCenterItems  # noqa: PLC0415
        from ..models.job_invoice_cost_center_total import JobInvoiceCostCenterTotal  # noqa: PLC0415

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

        display_order = d.pop("DisplayOrder", UNSET)

        _total = d.pop("Total", UNSET)
        total: JobInvoiceCostCenterTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = JobInvoiceCostCenterTotal.from_dict(_total)

        def _parse_claimed(data: object) -> JobInvoiceCostCenterClaimed | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[JobInvoiceCostCenterClaimed | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = JobInvoiceCostCenterClaimed.from_dict(data)

                if is_complete(claimed_type_1):
                    return claimed_type_1
                partial_fits.append(claimed_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(JobInvoiceCostCenterClaimed | None | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        percent_complete = d.pop("PercentComplete", UNSET)

        _items = d.pop("Items", UNSET)
        items: JobInvoiceCostCenterItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = JobInvoiceCostCenterItems.from_dict(_items)

        _instance = cls(
            id=_unchecked(id),
            cost_center=_unchecked(cost_center),
            job_id=_unchecked(job_id),
            name=_unchecked(name),
            display_order=_unchecked(display_order),
            total=_unchecked(total),
            claimed=_unchecked(claimed),
            percent_complete=_unchecked(percent_complete),
            items=items,
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
