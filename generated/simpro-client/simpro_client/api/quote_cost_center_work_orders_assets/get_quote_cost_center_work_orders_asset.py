from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.job_cost_center_work_order_asset import JobCostCenterWorkOrderAsset
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    quote_id: int,
    section_id: int,
    cost_center_id: int,
    work_order_id: int,
    asset_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[JobCostCenterWorkOrderAsset]:
    """Retrieve details for a specific quote cost center work orders asset.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        quote_id: A valid quote id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        work_order_id: A valid work order id
        asset_id: A valid asset id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        JobCostCenterWorkOrderAsset (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Quote Cost Center Work Orders Asset not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/quotes/{quote_id}/sections/{section_id}/costCenters/{cost_center_id}/workOrders/{work_order_id}/assets/{asset_id}",
            company_id=company_id,
            quote_id=quote_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
            work_order_id=work_order_id,
            asset_id=asset_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> JobCostCenterWorkOrderAsset:
    if response.status_code == 200:
        response_200 = JobCostCenterWorkOrderAsset.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
