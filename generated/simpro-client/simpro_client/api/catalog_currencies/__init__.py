"""The operations tagged catalog_currencies: `client.catalog_currencies` (CatalogCurrencies) and
`client.aio.catalog_currencies` (AsyncCatalogCurrencies). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import delete_catalog_currency as _delete_catalog_currency


class CatalogCurrencies(_rt.Resource):
    """The operations tagged catalog_currencies, as `client.catalog_currencies.<method>(...)`."""

    delete = _rt.operation(_delete_catalog_currency.request, "delete")


class AsyncCatalogCurrencies(_rt.AsyncResource):
    """The operations tagged catalog_currencies, awaited: `await client.aio.catalog_currencies.<method>(...)`."""

    delete = _rt.async_operation(_delete_catalog_currency.request, "delete")


__all__ = ["AsyncCatalogCurrencies", "CatalogCurrencies"]
