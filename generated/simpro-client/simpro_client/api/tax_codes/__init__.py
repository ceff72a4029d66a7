"""The operations tagged tax_codes: `client.tax_codes` (TaxCodes) and
`client.aio.tax_codes` (AsyncTaxCodes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import list_tax_codes as _list_tax_codes


class TaxCodes(_rt.Resource):
    """The operations tagged tax_codes, as `client.tax_codes.<method>(...)`."""

    list = _rt.operation(_list_tax_codes.request, "list")
    iterate = _rt.pages(_list_tax_codes.request, "iterate", "page", "page_size")


class AsyncTaxCodes(_rt.AsyncResource):
    """The operations tagged tax_codes, awaited: `await client.aio.tax_codes.<method>(...)`."""

    list = _rt.async_operation(_list_tax_codes.request, "list")
    iterate = _rt.async_pages(_list_tax_codes.request, "iterate", "page", "page_size")


__all__ = ["AsyncTaxCodes", "TaxCodes"]
