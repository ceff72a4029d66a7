"""The operations tagged recommendations: `client.recommendations` (Recommendations) and
`client.aio.recommendations` (AsyncRecommendations). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_recommendation as _create_recommendation
from . import delete_recommendation as _delete_recommendation
from . import get_recommendation as _get_recommendation
from . import list_recommendations as _list_recommendations
from . import update_recommendation as _update_recommendation


class Recommendations(_rt.Resource):
    """The operations tagged recommendations, as `client.recommendations.<method>(...)`."""

    list = _rt.operation(_list_recommendations.request, "list")
    create = _rt.operation(_create_recommendation.request, "create")
    get = _rt.operation(_get_recommendation.request, "get")
    delete = _rt.operation(_delete_recommendation.request, "delete")
    update = _rt.operation(_update_recommendation.request, "update")
    iterate = _rt.pages(_list_recommendations.request, "iterate", "page", "page_size")


class AsyncRecommendations(_rt.AsyncResource):
    """The operations tagged recommendations, awaited: `await client.aio.recommendations.<method>(...)`."""

    list = _rt.async_operation(_list_recommendations.request, "list")
    create = _rt.async_operation(_create_recommendation.request, "create")
    get = _rt.async_operation(_get_recommendation.request, "get")
    delete = _rt.async_operation(_delete_recommendation.request, "delete")
    update = _rt.async_operation(_update_recommendation.request, "update")
    iterate = _rt.async_pages(_list_recommendations.request, "iterate", "page", "page_size")


__all__ = ["AsyncRecommendations", "Recommendations"]
