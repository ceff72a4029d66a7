"""The operations tagged data_feed_events: `client.data_feed_events` (DataFeedEvents) and
`client.aio.data_feed_events` (AsyncDataFeedEvents). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_data_feed_event as _create_data_feed_event
from . import delete_data_feed_event as _delete_data_feed_event
from . import get_data_feed_event as _get_data_feed_event
from . import list_data_feed_events as _list_data_feed_events


class DataFeedEvents(_rt.Resource):
    """The operations tagged data_feed_events, as `client.data_feed_events.<method>(...)`."""

    list = _rt.operation(_list_data_feed_events.request, "list")
    create = _rt.operation(_create_data_feed_event.request, "create")
    get = _rt.operation(_get_data_feed_event.request, "get")
    delete = _rt.operation(_delete_data_feed_event.request, "delete")
    iterate = _rt.pages(_list_data_feed_events.request, "iterate", "page", "page_size")


class AsyncDataFeedEvents(_rt.AsyncResource):
    """The operations tagged data_feed_events, awaited: `await client.aio.data_feed_events.<method>(...)`."""

    list = _rt.async_operation(_list_data_feed_events.request, "list")
    create = _rt.async_operation(_create_data_feed_event.request, "create")
    get = _rt.async_operation(_get_data_feed_event.request, "get")
    delete = _rt.async_operation(_delete_data_feed_event.request, "delete")
    iterate = _rt.async_pages(_list_data_feed_events.request, "iterate", "page", "page_size")


__all__ = ["AsyncDataFeedEvents", "DataFeedEvents"]
