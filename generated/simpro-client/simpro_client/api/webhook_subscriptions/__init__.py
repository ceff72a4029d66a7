"""The operations tagged webhook_subscriptions: `client.webhook_subscriptions` (WebhookSubscriptions) and
`client.aio.webhook_subscriptions` (AsyncWebhookSubscriptions). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_webhook_subscription as _create_webhook_subscription
from . import delete_webhook_subscription as _delete_webhook_subscription
from . import get_webhook_subscription as _get_webhook_subscription
from . import list_webhook_subscriptions as _list_webhook_subscriptions
from . import update_webhook_subscription as _update_webhook_subscription


class WebhookSubscriptions(_rt.Resource):
    """The operations tagged webhook_subscriptions, as `client.webhook_subscriptions.<method>(...)`."""

    list = _rt.operation(_list_webhook_subscriptions.request, "list")
    create = _rt.operation(_create_webhook_subscription.request, "create")
    get = _rt.operation(_get_webhook_subscription.request, "get")
    delete = _rt.operation(_delete_webhook_subscription.request, "delete")
    update = _rt.operation(_update_webhook_subscription.request, "update")
    iterate = _rt.pages(_list_webhook_subscriptions.request, "iterate", "page", "page_size")


class AsyncWebhookSubscriptions(_rt.AsyncResource):
    """The operations tagged webhook_subscriptions, awaited: `await client.aio.webhook_subscriptions.<method>(...)`."""

    list = _rt.async_operation(_list_webhook_subscriptions.request, "list")
    create = _rt.async_operation(_create_webhook_subscription.request, "create")
    get = _rt.async_operation(_get_webhook_subscription.request, "get")
    delete = _rt.async_operation(_delete_webhook_subscription.request, "delete")
    update = _rt.async_operation(_update_webhook_subscription.request, "update")
    iterate = _rt.async_pages(_list_webhook_subscriptions.request, "iterate", "page", "page_size")


__all__ = ["AsyncWebhookSubscriptions", "WebhookSubscriptions"]
