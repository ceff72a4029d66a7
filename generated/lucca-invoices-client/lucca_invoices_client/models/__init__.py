"""Contains all the data models used in inputs/outputs"""

from .cost_center_response import CostCenterResponse
from .cost_center_state import CostCenterState
from .establishment_reference_response import EstablishmentReferenceResponse
from .import_cost_centers_body import ImportCostCentersBody
from .import_cost_centers_body_items_item import ImportCostCentersBodyItemsItem
from .import_cost_centers_response_200 import ImportCostCentersResponse200
from .import_cost_centers_response_200_items_item import ImportCostCentersResponse200ItemsItem
from .import_mode import ImportMode
from .problem import Problem
from .user_reference_response import UserReferenceResponse

__all__ = (
    "CostCenterResponse",
    "CostCenterState",
    "EstablishmentReferenceResponse",
    "ImportCostCentersBody",
    "ImportCostCentersBodyItemsItem",
    "ImportCostCentersResponse200",
    "ImportCostCentersResponse200ItemsItem",
    "ImportMode",
    "Problem",
    "UserReferenceResponse",
)
