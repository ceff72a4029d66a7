"""The operations tagged customer_contract_service_level_asset_types: `client.customer_contract_service_level_asset_types` (CustomerContractServiceLevelAssetTypes) and
`client.aio.customer_contract_service_level_asset_types` (AsyncCustomerContractServiceLevelAssetTypes). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_customer_contract_service_level_asset_type as _get_customer_contract_service_level_asset_type
from . import update_customer_contract_service_level_asset_type as _update_customer_contract_service_level_asset_type


class CustomerContractServiceLevelAssetTypes(_rt.Resource):
    """The operations tagged customer_contract_service_level_asset_types, as `client.customer_contract_service_level_asset_types.<method>(...)`."""

    get = _rt.operation(_get_customer_contract_service_level_asset_type.request, "get")
    update = _rt.operation(_update_customer_contract_service_level_asset_type.request, "update")


class AsyncCustomerContractServiceLevelAssetTypes(_rt.AsyncResource):
    """The operations tagged customer_contract_service_level_asset_types, awaited: `await client.aio.customer_contract_service_level_asset_types.<method>(...)`."""

    get = _rt.async_operation(_get_customer_contract_service_level_asset_type.request, "get")
    update = _rt.async_operation(_update_customer_contract_service_level_asset_type.request, "update")


__all__ = ["AsyncCustomerContractServiceLevelAssetTypes", "CustomerContractServiceLevelAssetTypes"]
