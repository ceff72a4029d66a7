"""The operations tagged teams: `client.teams` (Teams) and
`client.aio.teams` (AsyncTeams). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_team as _get_team
from . import list_teams as _list_teams


class Teams(_rt.Resource):
    """The operations tagged teams, as `client.teams.<method>(...)`."""

    list = _rt.operation(_list_teams.request, "list")
    get = _rt.operation(_get_team.request, "get")
    iterate = _rt.pages(_list_teams.request, "iterate", "page", "page_size")


class AsyncTeams(_rt.AsyncResource):
    """The operations tagged teams, awaited: `await client.aio.teams.<method>(...)`."""

    list = _rt.async_operation(_list_teams.request, "list")
    get = _rt.async_operation(_get_team.request, "get")
    iterate = _rt.async_pages(_list_teams.request, "iterate", "page", "page_size")


__all__ = ["AsyncTeams", "Teams"]
