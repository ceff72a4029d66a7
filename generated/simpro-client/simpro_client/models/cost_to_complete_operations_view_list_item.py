from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.actual_to_date import ActualToDate
    from ..models.cost_to_complete_financial_view_list_item_customer_ref import (
        CostToCompleteFinancialViewListItemCustomerRef,
    )
    from ..models.cost_to_complete_financial_view_list_item_job_ref import CostToCompleteFinancialViewListItemJobRef
    from ..models.cost_to_complete_financial_view_list_item_site_ref import CostToCompleteFinancialViewListItemSiteRef
    from ..models.forecast_remaining import ForecastRemaining
    from ..models.original_estimated_budget import OriginalEstimatedBudget
    from ..models.percentage import Percentage
    from ..models.revised_estimated_budget import RevisedEstimatedBudget


T = TypeVar("T", bound="CostToCompleteOperationsViewListItem")


@_attrs_define
class CostToCompleteOperationsViewListItem:
    """
    Attributes:
        job (CostToCompleteFinancialViewListItemJobRef):
        customer (CostToCompleteFinancialViewListItemCustomerRef):
        site (CostToCompleteFinancialViewListItemSiteRef):
        request_number (str):
        original_estimated_budget (OriginalEstimatedBudget):
        revised_estimated_budget (RevisedEstimatedBudget):
        revized_estimated_budget (RevisedEstimatedBudget):
        current_budget (ActualToDate):
        actual_to_date (ActualToDate):
        forecast_remaining (ForecastRemaining):
        variance (ActualToDate):
        percentage (Percentage):
    """

    job: CostToCompleteFinancialViewListItemJobRef
    customer: CostToCompleteFinancialViewListItemCustomerRef
    site: CostToCompleteFinancialViewListItemSiteRef
    request_number: str
    original_estimated_budget: OriginalEstimatedBudget
    revised_estimated_budget: RevisedEstimatedBudget
    revized_estimated_budget: RevisedEstimatedBudget
    current_budget: ActualToDate
    actual_to_date: ActualToDate
    forecast_remaining: ForecastRemaining
    variance: ActualToDate
    percentage: Percentage
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
        original_estimated_budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_estimated_budget, Unset):
            original_estimated_budget = self.original_estimated_budget.to_dict()
        revised_estimated_budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revised_estimated_budget, Unset):
            revised_estimated_budget = self.revised_estimated_budget.to_dict()
        revized_estimated_budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revized_estimated_budget, Unset):
            revized_estimated_budget = self.revized_estimated_budget.to_dict()
        current_budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_budget, Unset):
            current_budget = self.current_budget.to_dict()
        actual_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual_to_date, Unset):
            actual_to_date = self.actual_to_date.to_dict()
        forecast_remaining: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast_remaining, Unset):
            forecast_remaining = self.forecast_remaining.to_dict()
        variance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variance, Unset):
            variance = self.variance.to_dict()
        percentage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.percentage, Unset):
            percentage = self.percentage.to_dict()

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
        if not isinstance(original_estimated_budget, Unset):
            field_dict["OriginalEstimatedBudget"] = original_estimated_budget
        if not isinstance(revised_estimated_budget, Unset):
            field_dict["RevisedEstimatedBudget"] = revised_estimated_budget
        if not isinstance(revized_estimated_budget, Unset):
            field_dict["RevizedEstimatedBudget"] = revized_estimated_budget
        if not isinstance(current_budget, Unset):
            field_dict["CurrentBudget"] = current_budget
        if not isinstance(actual_to_date, Unset):
            field_dict["ActualToDate"] = actual_to_date
        if not isinstance(forecast_remaining, Unset):
            field_dict["ForecastRemaining"] = forecast_remaining
        if not isinstance(variance, Unset):
            field_dict["Variance"] = variance
        if not isinstance(percentage, Unset):
            field_dict["Percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actual_to_date import ActualToDate  # noqa: PLC0415
        from ..models.cost_to_complete_financial_view_list_item_customer_ref import (
            CostToCompleteFinancialViewListItemCustomerRef,  # noqa: PLC0415
        )
        from ..models.cost_to_complete_financial_view_list_item_job_ref import CostToCompleteFinancialViewListItemJobRef  # noqa: PLC0415
        from ..models.cost_to_complete_financial_view_list_item_site_ref import (
            CostToCompleteFinancialViewListItemSiteRef,  # noqa: PLC0415
        )
        from ..models.forecast_remaining import ForecastRemaining  # noqa: PLC0415
        from ..models.original_estimated_budget import OriginalEstimatedBudget  # noqa: PLC0415
        from ..models.percentage import Percentage  # noqa: PLC0415
        from ..models.revised_estimated_budget import RevisedEstimatedBudget  # noqa: PLC0415

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

        _original_estimated_budget = d.pop("OriginalEstimatedBudget", UNSET)
        original_estimated_budget: OriginalEstimatedBudget | Unset
        if isinstance(_original_estimated_budget, Unset):
            original_estimated_budget = UNSET
        else:
            original_estimated_budget = OriginalEstimatedBudget.from_dict(_original_estimated_budget)

        _revised_estimated_budget = d.pop("RevisedEstimatedBudget", UNSET)
        revised_estimated_budget: RevisedEstimatedBudget | Unset
        if isinstance(_revised_estimated_budget, Unset):
            revised_estimated_budget = UNSET
        else:
            revised_estimated_budget = RevisedEstimatedBudget.from_dict(_revised_estimated_budget)

        _revized_estimated_budget = d.pop("RevizedEstimatedBudget", UNSET)
        revized_estimated_budget: RevisedEstimatedBudget | Unset
        if isinstance(_revized_estimated_budget, Unset):
            revized_estimated_budget = UNSET
        else:
            revized_estimated_budget = RevisedEstimatedBudget.from_dict(_revized_estimated_budget)

        _current_budget = d.pop("CurrentBudget", UNSET)
        current_budget: ActualToDate | Unset
        if isinstance(_current_budget, Unset):
            current_budget = UNSET
        else:
            current_budget = ActualToDate.from_dict(_current_budget)

        _actual_to_date = d.pop("ActualToDate", UNSET)
        actual_to_date: ActualToDate | Unset
        if isinstance(_actual_to_date, Unset):
            actual_to_date = UNSET
        else:
            actual_to_date = ActualToDate.from_dict(_actual_to_date)

        _forecast_remaining = d.pop("ForecastRemaining", UNSET)
        forecast_remaining: ForecastRemaining | Unset
        if isinstance(_forecast_remaining, Unset):
            forecast_remaining = UNSET
        else:
            forecast_remaining = ForecastRemaining.from_dict(_forecast_remaining)

        _variance = d.pop("Variance", UNSET)
        variance: ActualToDate | Unset
        if isinstance(_variance, Unset):
            variance = UNSET
        else:
            variance = ActualToDate.from_dict(_variance)

        _percentage = d.pop("Percentage", UNSET)
        percentage: Percentage | Unset
        if isinstance(_percentage, Unset):
            percentage = UNSET
        else:
            percentage = Percentage.from_dict(_percentage)

        _instance = cls(
            job=_unchecked(job),
            customer=_unchecked(customer),
            site=_unchecked(site),
            request_number=_unchecked(request_number),
            original_estimated_budget=_unchecked(original_estimated_budget),
            revised_estimated_budget=_unchecked(revised_estimated_budget),
            revized_estimated_budget=_unchecked(revized_estimated_budget),
            current_budget=_unchecked(current_budget),
            actual_to_date=_unchecked(actual_to_date),
            forecast_remaining=_unchecked(forecast_remaining),
            variance=_unchecked(variance),
            percentage=_unchecked(percentage),
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
