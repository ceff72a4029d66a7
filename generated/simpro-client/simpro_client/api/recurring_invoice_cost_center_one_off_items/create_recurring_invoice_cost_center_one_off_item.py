from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.recurring_invoice_cost_center_one_off_item import RecurringInvoiceCostCenterOneOffItem
from ...models.recurring_invoice_cost_center_one_off_item_create import RecurringInvoiceCostCenterOneOffItemCreate


def request(
    *,
    company_id: int,
    recurring_invoice_id: int,
    section_id: int,
    cost_center_id: int,
    body: RecurringInvoiceCostCenterOneOffItemCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[RecurringInvoiceCostCenterOneOffItem]:
    """Create a new recurring invoice cost center one-off item.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        recurring_invoice_id: A valid recurring invoice id
        section_id: A valid section id
        cost_center_id: A valid cost center id
        body: Recurring invoice cost center one-off item object

    Returns:
        RecurringInvoiceCostCenterOneOffItem (the 201 answer).

    Raises:
        errors.UnprocessableEntityError: 422 - body contains invalid data.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "POST",
        _rt.path(
            "/api/v1.0/companies/{company_id}/recurringInvoices/{recurring_invoice_id}/sections/{section_id}/costCenters/{cost_center_id}/oneOffs/",
            company_id=company_id,
            recurring_invoice_id=recurring_invoice_id,
            section_id=section_id,
            cost_center_id=cost_center_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> RecurringInvoiceCostCenterOneOffItem:
    if response.status_code == 201:
        response_201 = RecurringInvoiceCostCenterOneOffItem.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
