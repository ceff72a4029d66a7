"""The operations tagged job_cost_center_service_fees: `client.job_cost_center_service_fees` (JobCostCenterServiceFees) and
`client.aio.job_cost_center_service_fees` (AsyncJobCostCenterServiceFees). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_job_cost_center_service_fee as _create_job_cost_center_service_fee
from . import delete_job_cost_center_service_fee as _delete_job_cost_center_service_fee
from . import get_job_cost_center_service_fee as _get_job_cost_center_service_fee
from . import list_job_cost_center_service_fees as _list_job_cost_center_service_fees
from . import replace_job_cost_center_service_fees as _replace_job_cost_center_service_fees
from . import update_job_cost_center_service_fee as _update_job_cost_center_service_fee


class JobCostCenterServiceFees(_rt.Resource):
    """The operations tagged job_cost_center_service_fees, as `client.job_cost_center_service_fees.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_service_fees.request, "list")
    replace = _rt.operation(_replace_job_cost_center_service_fees.request, "replace")
    create = _rt.operation(_create_job_cost_center_service_fee.request, "create")
    get = _rt.operation(_get_job_cost_center_service_fee.request, "get")
    delete = _rt.operation(_delete_job_cost_center_service_fee.request, "delete")
    update = _rt.operation(_update_job_cost_center_service_fee.request, "update")
    iterate = _rt.pages(_list_job_cost_center_service_fees.request, "iterate", "page", "page_size")


class AsyncJobCostCenterServiceFees(_rt.AsyncResource):
    """The operations tagged job_cost_center_service_fees, awaited: `await client.aio.job_cost_center_service_fees.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_service_fees.request, "list")
    replace = _rt.async_operation(_replace_job_cost_center_service_fees.request, "replace")
    create = _rt.async_operation(_create_job_cost_center_service_fee.request, "create")
    get = _rt.async_operation(_get_job_cost_center_service_fee.request, "get")
    delete = _rt.async_operation(_delete_job_cost_center_service_fee.request, "delete")
    update = _rt.async_operation(_update_job_cost_center_service_fee.request, "update")
    iterate = _rt.async_pages(_list_job_cost_center_service_fees.request, "iterate", "page", "page_size")


__all__ = ["AsyncJobCostCenterServiceFees", "JobCostCenterServiceFees"]
