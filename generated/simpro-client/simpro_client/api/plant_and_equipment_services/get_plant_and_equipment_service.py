from typing import Unpack

import httpx

from ... import _runtime as _rt
from ... import errors
from ...models.plant_and_equipment_service import PlantAndEquipmentService
from ...types import UNSET, Unset


def request(
    *,
    company_id: int,
    plant_type_id: int,
    plant_id: int,
    service_id: int,
    columns: list[str] | Unset = UNSET,
    **options: Unpack[_rt.RequestOptions],
) -> _rt.Call[PlantAndEquipmentService]:
    """Retrieve details for a specific plant and equipment service.

    Args:
        company_id: A build with Multi-company setup may have companyID >= 0, other builds use 0 by
            default.<br />
            For more information about Multi-company, see:<br />
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm
        plant_type_id: A valid plant type id
        plant_id: A valid plant id
        service_id: A valid service id
        columns: When listing or searching a resource, specify which columns to be displayed

    Returns:
        PlantAndEquipmentService (the 200 answer).

    Raises:
        errors.NotFoundError: 404 - Plant And Equipment Service not found.
        errors.APIStatusError: any other status outside 2xx (a subclass per status, see errors).
        errors.APIConnectionError: no answer (errors.APITimeoutError: none within the timeout).
        errors.UnexpectedStatus: a 2xx status the spec does not document.

    Per-call options (keyword arguments): timeout, extra_headers, extra_query, max_retries
    (see _runtime.RequestOptions).
    """
    return _rt.Call(
        "GET",
        _rt.path(
            "/api/v1.0/companies/{company_id}/plantTypes/{plant_type_id}/plants/{plant_id}/services/{service_id}",
            company_id=company_id,
            plant_type_id=plant_type_id,
            plant_id=plant_id,
            service_id=service_id,
        ),
        _parse,
        options,
        params={
            "columns": columns,
        },
        comma_separated=("columns",),
    )


def _parse(response: httpx.Response) -> PlantAndEquipmentService:
    if response.status_code == 200:
        response_200 = PlantAndEquipmentService.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
