"""The operations tagged project_tags: `client.project_tags` (ProjectTags) and
`client.aio.project_tags` (AsyncProjectTags). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import create_project_tag as _create_project_tag
from . import delete_project_tag as _delete_project_tag
from . import get_project_tag as _get_project_tag
from . import list_project_tags as _list_project_tags
from . import update_project_tag as _update_project_tag


class ProjectTags(_rt.Resource):
    """The operations tagged project_tags, as `client.project_tags.<method>(...)`."""

    list = _rt.operation(_list_project_tags.request, "list")
    create = _rt.operation(_create_project_tag.request, "create")
    get = _rt.operation(_get_project_tag.request, "get")
    delete = _rt.operation(_delete_project_tag.request, "delete")
    update = _rt.operation(_update_project_tag.request, "update")
    iterate = _rt.pages(_list_project_tags.request, "iterate", "page", "page_size")


class AsyncProjectTags(_rt.AsyncResource):
    """The operations tagged project_tags, awaited: `await client.aio.project_tags.<method>(...)`."""

    list = _rt.async_operation(_list_project_tags.request, "list")
    create = _rt.async_operation(_create_project_tag.request, "create")
    get = _rt.async_operation(_get_project_tag.request, "get")
    delete = _rt.async_operation(_delete_project_tag.request, "delete")
    update = _rt.async_operation(_update_project_tag.request, "update")
    iterate = _rt.async_pages(_list_project_tags.request, "iterate", "page", "page_size")


__all__ = ["AsyncProjectTags", "ProjectTags"]
