"""The operations tagged single_tax_codes: `client.single_tax_codes` (SingleTaxCodes) and
`client.aio.single_tax_codes` (AsyncSingleTaxCodes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_single_tax_code as _create_single_tax_code
from . import delete_single_tax_code as _delete_single_tax_code
from . import get_single_tax_code as _get_single_tax_code
from . import list_single_tax_codes as _list_single_tax_codes
from . import update_single_tax_code as _update_single_tax_code


class SingleTaxCodes(_rt.Resource):
    """The operations tagged single_tax_codes, as `client.single_tax_codes.<method>(...)`."""

    list = _rt.operation(_list_single_tax_codes.request, "list")
    create = _rt.operation(_create_single_tax_code.request, "create")
    get = _rt.operation(_get_single_tax_code.request, "get")
    delete = _rt.operation(_delete_single_tax_code.request, "delete")
    update = _rt.operation(_update_single_tax_code.request, "update")
    iterate = _rt.pages(_list_single_tax_codes.request, "iterate", "page", "page_size")


class AsyncSingleTaxCodes(_rt.AsyncResource):
    """The operations tagged single_tax_codes, awaited: `await client.aio.single_tax_codes.<method>(...)`."""

    list = _rt.async_operation(_list_single_tax_codes.request, "list")
    create = _rt.async_operation(_create_single_tax_code.request, "create")
    get = _rt.async_operation(_get_single_tax_code.request, "get")
    delete = _rt.async_operation(_delete_single_tax_code.request, "delete")
    update = _rt.async_operation(_update_single_tax_code.request, "update")
    iterate = _rt.async_pages(_list_single_tax_codes.request, "iterate", "page", "page_size")


__all__ = ["AsyncSingleTaxCodes", "SingleTaxCodes"]
