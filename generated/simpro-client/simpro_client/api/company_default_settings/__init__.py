"""The operations tagged company_default_settings: `client.company_default_settings` (CompanyDefaultSettings) and
`client.aio.company_default_settings` (AsyncCompanyDefaultSettings). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_company_default_setting as _get_company_default_setting


class CompanyDefaultSettings(_rt.Resource):
    """The operations tagged company_default_settings, as `client.company_default_settings.<method>(...)`."""

    get = _rt.operation(_get_company_default_setting.request, "get")


class AsyncCompanyDefaultSettings(_rt.AsyncResource):
    """The operations tagged company_default_settings, awaited: `await client.aio.company_default_settings.<method>(...)`."""

    get = _rt.async_operation(_get_company_default_setting.request, "get")


__all__ = ["AsyncCompanyDefaultSettings", "CompanyDefaultSettings"]
