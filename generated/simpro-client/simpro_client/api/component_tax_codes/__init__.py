"""The operations tagged component_tax_codes: `client.component_tax_codes` (ComponentTaxCodes) and
`client.aio.component_tax_codes` (AsyncComponentTaxCodes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_component_tax_code as _create_component_tax_code
from . import delete_component_tax_code as _delete_component_tax_code
from . import get_component_tax_code as _get_component_tax_code
from . import list_component_tax_codes as _list_component_tax_codes
from . import update_component_tax_code as _update_component_tax_code


class ComponentTaxCodes(_rt.Resource):
    """The operations tagged component_tax_codes, as `client.component_tax_codes.<method>(...)`."""

    list = _rt.operation(_list_component_tax_codes.request, "list")
    create = _rt.operation(_create_component_tax_code.request, "create")
    get = _rt.operation(_get_component_tax_code.request, "get")
    delete = _rt.operation(_delete_component_tax_code.request, "delete")
    update = _rt.operation(_update_component_tax_code.request, "update")
    iterate = _rt.pages(_list_component_tax_codes.request, "iterate", "page", "page_size")


class AsyncComponentTaxCodes(_rt.AsyncResource):
    """The operations tagged component_tax_codes, awaited: `await client.aio.component_tax_codes.<method>(...)`."""

    list = _rt.async_operation(_list_component_tax_codes.request, "list")
    create = _rt.async_operation(_create_component_tax_code.request, "create")
    get = _rt.async_operation(_get_component_tax_code.request, "get")
    delete = _rt.async_operation(_delete_component_tax_code.request, "delete")
    update = _rt.async_operation(_update_component_tax_code.request, "update")
    iterate = _rt.async_pages(_list_component_tax_codes.request, "iterate", "page", "page_size")


__all__ = ["AsyncComponentTaxCodes", "ComponentTaxCodes"]
