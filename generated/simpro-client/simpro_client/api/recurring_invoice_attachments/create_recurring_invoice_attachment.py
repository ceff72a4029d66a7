from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.contractor_invoice_attachment import ContractorInvoiceAttachment
from ...models.recurring_invoice_attachment_create import RecurringInvoiceAttachmentCreate


def request(
    *,
    company_id: int,
    recurring_invoice_id: int,
    body: RecurringInvoiceAttachmentCreate,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[ContractorInvoiceAttachment]:
    """Create a new recurring invoice attachment.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        recurring_invoice_id: A valid recurring invoice id
        body: Recurring invoice attachment object

    Returns:
        ContractorInvoiceAttachment (the 201 answer).

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
            "/api/v1.0/companies/{company_id}/recurringInvoices/{recurring_invoice_id}/attachments/files/",
            company_id=company_id,
            recurring_invoice_id=recurring_invoice_id,
        ),
        _parse,
        options,
        json=body,
    )


def _parse(response: httpx.Response) -> ContractorInvoiceAttachment:
    if response.status_code == 201:
        response_201 = ContractorInvoiceAttachment.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
