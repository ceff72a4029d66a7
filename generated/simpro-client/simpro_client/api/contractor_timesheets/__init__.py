"""The operations tagged contractor_timesheets: `client.contractor_timesheets` (ContractorTimesheets) and
`client.aio.contractor_timesheets` (AsyncContractorTimesheets). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_contractor_timesheets as _list_contractor_timesheets


class ContractorTimesheets(_rt.Resource):
    """The operations tagged contractor_timesheets, as `client.contractor_timesheets.<method>(...)`."""

    list = _rt.operation(_list_contractor_timesheets.request, "list")


class AsyncContractorTimesheets(_rt.AsyncResource):
    """The operations tagged contractor_timesheets, awaited: `await client.aio.contractor_timesheets.<method>(...)`."""

    list = _rt.async_operation(_list_contractor_timesheets.request, "list")


__all__ = ["AsyncContractorTimesheets", "ContractorTimesheets"]
