"""The operations tagged job_cost_center_work_order_mobile_signatures: `client.job_cost_center_work_order_mobile_signatures` (JobCostCenterWorkOrderMobileSignatures) and
`client.aio.job_cost_center_work_order_mobile_signatures` (AsyncJobCostCenterWorkOrderMobileSignatures). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_job_cost_center_work_order_mobile_signatures as _list_job_cost_center_work_order_mobile_signatures


class JobCostCenterWorkOrderMobileSignatures(_rt.Resource):
    """The operations tagged job_cost_center_work_order_mobile_signatures, as `client.job_cost_center_work_order_mobile_signatures.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_work_order_mobile_signatures.request, "list")


class AsyncJobCostCenterWorkOrderMobileSignatures(_rt.AsyncResource):
    """The operations tagged job_cost_center_work_order_mobile_signatures, awaited: `await client.aio.job_cost_center_work_order_mobile_signatures.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_work_order_mobile_signatures.request, "list")


__all__ = ["AsyncJobCostCenterWorkOrderMobileSignatures", "JobCostCenterWorkOrderMobileSignatures"]
