from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_to_complete_financial_view_list_item_customer_ref import (
        CostToCompleteFinancialViewListItemCustomerRef,
    )
    from ..models.cost_to_complete_financial_view_list_item_job_ref import CostToCompleteFinancialViewListItemJobRef
    from ..models.cost_to_complete_financial_view_list_item_site_ref import CostToCompleteFinancialViewListItemSiteRef


T = TypeVar("T", bound="CostToCompleteFinancialViewListItem")


@_attrs_define
class CostToCompleteFinancialViewListItem:
    """
    Attributes:
        job (CostToCompleteFinancialViewListItemJobRef):
        customer (CostToCompleteFinancialViewListItemCustomerRef):
        site (CostToCompleteFinancialViewListItemSiteRef):
        request_number (str):
        total (float):
        claimed_to_date (float):
        billed_percentage (float):
        cost_to_date (float):
        cost_to_complete (float):
        percentage_complete (float):
        net_margin_to_date (float):
        projected_net_margin (float):
    """

    job: CostToCompleteFinancialViewListItemJobRef
    customer: CostToCompleteFinancialViewListItemCustomerRef
    site: CostToCompleteFinancialViewListItemSiteRef
    request_number: str
    total: float
    claimed_to_date: float
    billed_percentage: float
    cost_to_date: float
    cost_to_complete: float
    percentage_complete: float
    net_margin_to_date: float
    projected_net_margin: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        request_number = self.request_number
        total = self.total
        claimed_to_date = self.claimed_to_date
        billed_percentage = self.billed_percentage
        cost_to_date = self.cost_to_date
        cost_to_complete = self.cost_to_complete
        percentage_complete = self.percentage_complete
        net_margin_to_date = self.net_margin_to_date
        projected_net_margin = self.projected_net_margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(job, Unset):
            field_dict["Job"] = job
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(request_number, Unset):
            field_dict["RequestNumber"] = request_number
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(claimed_to_date, Unset):
            field_dict["ClaimedToDate"] = claimed_to_date
        if not isinstance(billed_percentage, Unset):
            field_dict["BilledPercentage"] = billed_percentage
        if not isinstance(cost_to_date, Unset):
            field_dict["CostToDate"] = cost_to_date
        if not isinstance(cost_to_complete, Unset):
            field_dict["CostToComplete"] = cost_to_complete
        if not isinstance(percentage_complete, Unset):
            field_dict["PercentageComplete"] = percentage_complete
        if not isinstance(net_margin_to_date, Unset):
            field_dict["NetMarginToDate"] = net_margin_to_date
        if not isinstance(projected_net_margin, Unset):
            field_dict["ProjectedNetMargin"] = projected_net_margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_to_complete_financial_view_list_item_customer_ref import (
            CostToCompleteFinancialViewListItemCustomerRef,  # noqa: PLC0415
        )
        from ..models.cost_to_complete_financial_view_list_item_job_ref import CostToCompleteFinancialViewListItemJobRef  # noqa: PLC0415
        from ..models.cost_to_complete_financial_view_list_item_site_ref import (
            CostToCompleteFinancialViewListItemSiteRef,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _job = d.pop("Job", UNSET)
        job: CostToCompleteFinancialViewListItemJobRef | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = CostToCompleteFinancialViewListItemJobRef.from_dict(_job)

        _customer = d.pop("Customer", UNSET)
        customer: CostToCompleteFinancialViewListItemCustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CostToCompleteFinancialViewListItemCustomerRef.from_dict(_customer)

        _site = d.pop("Site", UNSET)
        site: CostToCompleteFinancialViewListItemSiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = CostToCompleteFinancialViewListItemSiteRef.from_dict(_site)

        request_number = d.pop("RequestNumber", UNSET)

        total = d.pop("Total", UNSET)

        claimed_to_date = d.pop("ClaimedToDate", UNSET)

        billed_percentage = d.pop("BilledPercentage", UNSET)

        cost_to_date = d.pop("CostToDate", UNSET)

        cost_to_complete = d.pop("CostToComplete", UNSET)

        percentage_complete = d.pop("PercentageComplete", UNSET)

        net_margin_to_date = d.pop("NetMarginToDate", UNSET)

        projected_net_margin = d.pop("ProjectedNetMargin", UNSET)

        _instance = cls(
            job=_unchecked(job),
            customer=_unchecked(customer),
            site=_unchecked(site),
            request_number=_unchecked(request_number),
            total=_unchecked(total),
            claimed_to_date=_unchecked(claimed_to_date),
            billed_percentage=_unchecked(billed_percentage),
            cost_to_date=_unchecked(cost_to_date),
            cost_to_complete=_unchecked(cost_to_complete),
            percentage_complete=_unchecked(percentage_complete),
            net_margin_to_date=_unchecked(net_margin_to_date),
            projected_net_margin=_unchecked(projected_net_margin),
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
