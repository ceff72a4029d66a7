from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.info_details import InfoDetails
from ...types import UNSET, Unset


def request(
    *,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[InfoDetails]:
    """Retrieve details for a specific info.

    Args:
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        InfoDetails (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Info not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        "/api/v1.0/info/",
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> InfoDetails:
    if response.status_code == 200:
        response_200 = InfoDetails.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
