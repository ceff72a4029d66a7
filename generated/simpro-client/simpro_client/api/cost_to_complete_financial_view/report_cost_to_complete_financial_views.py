import datetime
from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.cost_to_complete_financial_view_list_item import CostToCompleteFinancialViewListItem
from ...models.search import Search
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    search: Search | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    change_orders: bool | Unset = UNSET,
    include_committed: bool | Unset = UNSET,
    include_overheads: bool | Unset = UNSET,
    business_group: list[int] | Unset = UNSET,
    cost_centre: list[int] | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    site_id: int | Unset = UNSET,
    customer_group: list[int] | Unset = UNSET,
    customer_profile: list[int] | Unset = UNSET,
    sales_person: list[int] | Unset = UNSET,
    project_manager: list[int] | Unset = UNSET,
    project_status: list[int] | Unset = UNSET,
    project_tags: list[int] | Unset = UNSET,
    customer_tags: list[int] | Unset = UNSET,
    job_id: int | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[list[CostToCompleteFinancialViewListItem]]:
    """Report: cost to complete - financial view.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        search: Search result must have a match on all provided fields or a match on any of the provided
            fields.
        date: Filter by date, past and including
        change_orders: Including variations
        include_committed: Committed Costs
        include_overheads: Overheads in Actuals
        business_group: Filter by business group, comma separated list can also be provided.
        cost_centre: Filter by cost centre, comma separated list can also be provided.
        customer_id: Filter results by a customer
        site_id: Filter results by a site
        customer_group: Filter by customer group, comma separated list can also be provided. Input -1 for no
            association.
        customer_profile: Filter by customer profile, comma separated list can also be provided. Input -1 for no
            association.
        sales_person: Filter by sales person, comma separated list can also be provided. Input -1 for no
            association.
        project_manager: Filter by project manager, comma separated list can also be provided. Input -1 for no
            association.
        project_status: Filter by project status, comma separated list can also be provided.
        project_tags: Filter by project tags, comma separated list can also be provided. Input -1 for no
            association.
        customer_tags: Filter by customer tags, comma separated list can also be provided. Input -1 for no
            association.
        job_id: Filter results by a job

    Returns:
        list[CostToCompleteFinancialViewListItem] (the 200 answer).

    Raises:
        errors.APIStatusError: any status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/reports/jobs/costToComplete/financial/",
            company_id=company_id,
        ),
        _parse,
        options,
        params={
            "search": search,
            "date": date,
            "changeOrders": change_orders,
            "includeCommitted": include_committed,
            "includeOverheads": include_overheads,
            "businessGroup": business_group,
            "costCentre": cost_centre,
            "customerID": customer_id,
            "siteID": site_id,
            "customerGroup": customer_group,
            "customerProfile": customer_profile,
            "salesPerson": sales_person,
            "projectManager": project_manager,
            "projectStatus": project_status,
            "projectTags": project_tags,
            "customerTags": customer_tags,
            "jobID": job_id,
        },
        comma_separated=(
            "businessGroup",
            "costCentre",
            "customerGroup",
            "customerProfile",
            "salesPerson",
            "projectManager",
            "projectStatus",
            "projectTags",
            "customerTags",
        ),
    )


def _parse(response: httpx.Response) -> list[CostToCompleteFinancialViewListItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CostToCompleteFinancialViewListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
