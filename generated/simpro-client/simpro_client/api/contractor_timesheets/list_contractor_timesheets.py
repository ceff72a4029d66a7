import datetime
from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.contractor_timesheet_list_item import ContractorTimesheetListItem
from ...models.schedule_type_parameter import ScheduleTypeParameter
from ...models.search import Search
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    contractor_id: int,
    search: Search | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    includes: list[str] | Unset = UNSET,
    schedule_type: ScheduleTypeParameter | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[list[ContractorTimesheetListItem]]:
    """List all contractor timesheets.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        contractor_id: A valid contractor id
        search: Search result must have a match on all provided fields or a match on any of the provided
            fields.
        columns: When listing or searching a resource, specify which columns to be displayed
        start_date: Set the start date of an employee time sheet
        end_date: Set the end date of an employee time sheet
        includes: Set the type of schedule required.
        schedule_type: Set the type of schedule for timesheet

    Returns:
        list[ContractorTimesheetListItem] (the 200 answer).

    Raises:
        errors.APIStatusError: any status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/contractors/{contractor_id}/timesheets/",
            company_id=company_id,
            contractor_id=contractor_id,
        ),
        _parse,
        options,
        params={
            "search": search,
            "columns": columns,
            "StartDate": start_date,
            "EndDate": end_date,
            "Includes": includes,
            "ScheduleType": schedule_type,
        },
        comma_separated=("columns", "Includes"),
    )


def _parse(response: httpx.Response) -> list[ContractorTimesheetListItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContractorTimesheetListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
