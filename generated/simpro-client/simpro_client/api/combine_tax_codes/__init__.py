"""The operations tagged combine_tax_codes: `client.combine_tax_codes` (CombineTaxCodes) and
`client.aio.combine_tax_codes` (AsyncCombineTaxCodes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_combine_tax_code as _create_combine_tax_code
from . import delete_combine_tax_code as _delete_combine_tax_code
from . import get_combine_tax_code as _get_combine_tax_code
from . import list_combine_tax_codes as _list_combine_tax_codes
from . import update_combine_tax_code as _update_combine_tax_code


class CombineTaxCodes(_rt.Resource):
    """The operations tagged combine_tax_codes, as `client.combine_tax_codes.<method>(...)`."""

    list = _rt.operation(_list_combine_tax_codes.request, "list")
    create = _rt.operation(_create_combine_tax_code.request, "create")
    get = _rt.operation(_get_combine_tax_code.request, "get")
    delete = _rt.operation(_delete_combine_tax_code.request, "delete")
    update = _rt.operation(_update_combine_tax_code.request, "update")
    iterate = _rt.pages(_list_combine_tax_codes.request, "iterate", "page", "page_size")


class AsyncCombineTaxCodes(_rt.AsyncResource):
    """The operations tagged combine_tax_codes, awaited: `await client.aio.combine_tax_codes.<method>(...)`."""

    list = _rt.async_operation(_list_combine_tax_codes.request, "list")
    create = _rt.async_operation(_create_combine_tax_code.request, "create")
    get = _rt.async_operation(_get_combine_tax_code.request, "get")
    delete = _rt.async_operation(_delete_combine_tax_code.request, "delete")
    update = _rt.async_operation(_update_combine_tax_code.request, "update")
    iterate = _rt.async_pages(_list_combine_tax_codes.request, "iterate", "page", "page_size")


__all__ = ["AsyncCombineTaxCodes", "CombineTaxCodes"]
