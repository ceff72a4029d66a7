"""The operations tagged contractor_invoice_variances: `client.contractor_invoice_variances` (ContractorInvoiceVariances) and
`client.aio.contractor_invoice_variances` (AsyncContractorInvoiceVariances). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_contractor_invoice_variance as _create_contractor_invoice_variance
from . import delete_contractor_invoice_variance as _delete_contractor_invoice_variance


class ContractorInvoiceVariances(_rt.Resource):
    """The operations tagged contractor_invoice_variances, as `client.contractor_invoice_variances.<method>(...)`."""

    create = _rt.operation(_create_contractor_invoice_variance.request, "create")
    delete = _rt.operation(_delete_contractor_invoice_variance.request, "delete")


class AsyncContractorInvoiceVariances(_rt.AsyncResource):
    """The operations tagged contractor_invoice_variances, awaited: `await client.aio.contractor_invoice_variances.<method>(...)`."""

    create = _rt.async_operation(_create_contractor_invoice_variance.request, "create")
    delete = _rt.async_operation(_delete_contractor_invoice_variance.request, "delete")


__all__ = ["AsyncContractorInvoiceVariances", "ContractorInvoiceVariances"]
