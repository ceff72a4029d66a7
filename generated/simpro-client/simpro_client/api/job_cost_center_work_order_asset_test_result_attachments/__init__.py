"""The operations tagged job_cost_center_work_order_asset_test_result_attachments: `client.job_cost_center_work_order_asset_test_result_attachments` (JobCostCenterWorkOrderAssetTestResultAttachments) and
`client.aio.job_cost_center_work_order_asset_test_result_attachments` (AsyncJobCostCenterWorkOrderAssetTestResultAttachments). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import (
    create_job_cost_center_work_order_asset_test_result_attachment as _create_job_cost_center_work_order_asset_test_result_attachment,
)
from . import (
    delete_job_cost_center_work_order_asset_test_result_attachment as _delete_job_cost_center_work_order_asset_test_result_attachment,
)
from . import (
    get_job_cost_center_work_order_asset_test_result_attachment as _get_job_cost_center_work_order_asset_test_result_attachment,
)
from . import (
    list_job_cost_center_work_order_asset_test_result_attachments as _list_job_cost_center_work_order_asset_test_result_attachments,
)
from . import (
    update_job_cost_center_work_order_asset_test_result_attachment as _update_job_cost_center_work_order_asset_test_result_attachment,
)


class JobCostCenterWorkOrderAssetTestResultAttachments(_rt.Resource):
    """The operations tagged job_cost_center_work_order_asset_test_result_attachments, as `client.job_cost_center_work_order_asset_test_result_attachments.<method>(...)`."""

    list = _rt.operation(_list_job_cost_center_work_order_asset_test_result_attachments.request, "list")
    create = _rt.operation(_create_job_cost_center_work_order_asset_test_result_attachment.request, "create")
    get = _rt.operation(_get_job_cost_center_work_order_asset_test_result_attachment.request, "get")
    delete = _rt.operation(_delete_job_cost_center_work_order_asset_test_result_attachment.request, "delete")
    update = _rt.operation(_update_job_cost_center_work_order_asset_test_result_attachment.request, "update")
    iterate = _rt.pages(
        _list_job_cost_center_work_order_asset_test_result_attachments.request, "iterate", "page", "page_size"
    )


class AsyncJobCostCenterWorkOrderAssetTestResultAttachments(_rt.AsyncResource):
    """The operations tagged job_cost_center_work_order_asset_test_result_attachments, awaited: `await client.aio.job_cost_center_work_order_asset_test_result_attachments.<method>(...)`."""

    list = _rt.async_operation(_list_job_cost_center_work_order_asset_test_result_attachments.request, "list")
    create = _rt.async_operation(_create_job_cost_center_work_order_asset_test_result_attachment.request, "create")
    get = _rt.async_operation(_get_job_cost_center_work_order_asset_test_result_attachment.request, "get")
    delete = _rt.async_operation(_delete_job_cost_center_work_order_asset_test_result_attachment.request, "delete")
    update = _rt.async_operation(_update_job_cost_center_work_order_asset_test_result_attachment.request, "update")
    iterate = _rt.async_pages(
        _list_job_cost_center_work_order_asset_test_result_attachments.request, "iterate", "page", "page_size"
    )


__all__ = ["AsyncJobCostCenterWorkOrderAssetTestResultAttachments", "JobCostCenterWorkOrderAssetTestResultAttachments"]
