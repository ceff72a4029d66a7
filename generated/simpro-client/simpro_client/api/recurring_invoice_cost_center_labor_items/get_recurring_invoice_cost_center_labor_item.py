from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.recurring_invoice_cost_center_labor_item import RecurringInvoiceCostCenterLaborItem
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    recurring_invoice_id: int,
    section_id: int,
    cost_center_id: int,
    labor_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[RecurringInvoiceCostCenterLaborItem]:
    """Retrieve details for a specific recurring invoice cost center labor item.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        recurring_invoice_id: A valid recurring invoice id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        labor_id: A valid labor id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        RecurringInvoiceCostCenterLaborItem (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Recurring invoice cost center labor item not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/recurringInvoices/{recurring_invoice_id}/sections/{section_id}/costCenters/{cost_center_id}/labor/{labor_id}",
            company_id=company_id,
            recurring_invoice_id=recurring_invoice_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
            labor_id=labor_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> RecurringInvoiceCostCenterLaborItem:
    if response.status_code == 200:
        response_200 = RecurringInvoiceCostCenterLaborItem.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
