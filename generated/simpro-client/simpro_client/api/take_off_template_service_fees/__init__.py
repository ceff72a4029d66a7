"""The operations tagged take_off_template_service_fees: `client.take_off_template_service_fees` (TakeOffTemplateServiceFees) and
`client.aio.take_off_template_service_fees` (AsyncTakeOffTemplateServiceFees). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_take_off_template_service_fee as _create_take_off_template_service_fee
from . import delete_take_off_template_service_fee as _delete_take_off_template_service_fee
from . import get_take_off_template_service_fee as _get_take_off_template_service_fee
from . import list_take_off_template_service_fees as _list_take_off_template_service_fees
from . import update_take_off_template_service_fee as _update_take_off_template_service_fee


class TakeOffTemplateServiceFees(_rt.Resource):
    """The operations tagged take_off_template_service_fees, as `client.take_off_template_service_fees.<method>(...)`."""

    list = _rt.operation(_list_take_off_template_service_fees.request, "list")
    create = _rt.operation(_create_take_off_template_service_fee.request, "create")
    get = _rt.operation(_get_take_off_template_service_fee.request, "get")
    delete = _rt.operation(_delete_take_off_template_service_fee.request, "delete")
    update = _rt.operation(_update_take_off_template_service_fee.request, "update")
    iterate = _rt.pages(_list_take_off_template_service_fees.request, "iterate", "page", "page_size")


class AsyncTakeOffTemplateServiceFees(_rt.AsyncResource):
    """The operations tagged take_off_template_service_fees, awaited: `await client.aio.take_off_template_service_fees.<method>(...)`."""

    list = _rt.async_operation(_list_take_off_template_service_fees.request, "list")
    create = _rt.async_operation(_create_take_off_template_service_fee.request, "create")
    get = _rt.async_operation(_get_take_off_template_service_fee.request, "get")
    delete = _rt.async_operation(_delete_take_off_template_service_fee.request, "delete")
    update = _rt.async_operation(_update_take_off_template_service_fee.request, "update")
    iterate = _rt.async_pages(_list_take_off_template_service_fees.request, "iterate", "page", "page_size")


__all__ = ["AsyncTakeOffTemplateServiceFees", "TakeOffTemplateServiceFees"]
