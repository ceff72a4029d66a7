"""Contains all the data models used in inputs/outputs"""

from .amount_with_taxes import AmountWithTaxes
from .axis_section_reference import AxisSectionReference
from .cost_center_reference import CostCenterReference
from .cost_center_response import CostCenterResponse
from .cost_center_state import CostCenterState
from .department_reference import DepartmentReference
from .establishment_reference_response import EstablishmentReferenceResponse
from .file_reference import FileReference
from .import_cost_centers_request import ImportCostCentersRequest
from .import_cost_centers_request_item import ImportCostCentersRequestItem
from .import_cost_centers_response import ImportCostCentersResponse
from .import_cost_centers_response_item import ImportCostCentersResponseItem
from .import_mode import ImportMode
from .money import Money
from .multi_currency_amount import MultiCurrencyAmount
from .multi_currency_amount_with_taxes import MultiCurrencyAmountWithTaxes
from .nature_reference import NatureReference
from .one_time_commitment import OneTimeCommitment
from .one_time_commitment_type import OneTimeCommitmentType
from .problem import Problem
from .purchase_aggregated_states import PurchaseAggregatedStates
from .purchase_aggregated_states_credit_notes import PurchaseAggregatedStatesCreditNotes
from .purchase_aggregated_states_credit_notes_payments import PurchaseAggregatedStatesCreditNotesPayments
from .purchase_aggregated_states_invoices import PurchaseAggregatedStatesInvoices
from .purchase_aggregated_states_invoices_payments import PurchaseAggregatedStatesInvoicesPayments
from .purchase_reference import PurchaseReference
from .purchase_request import PurchaseRequest
from .purchase_response import PurchaseResponse
from .purchase_state import PurchaseState
from .purchase_type import PurchaseType
from .subscription_commitment_response import SubscriptionCommitmentResponse
from .subscription_commitment_response_attachment import SubscriptionCommitmentResponseAttachment
from .subscription_commitment_response_attachment_pages import SubscriptionCommitmentResponseAttachmentPages
from .subscription_commitment_response_invoicing_frequency import SubscriptionCommitmentResponseInvoicingFrequency
from .subscription_commitment_response_subscription_duration import SubscriptionCommitmentResponseSubscriptionDuration
from .subscription_commitment_type import SubscriptionCommitmentType
from .supplier_reference import SupplierReference
from .territory_reference import TerritoryReference
from .user_reference_response import UserReferenceResponse

__all__ = (
    "AmountWithTaxes",
    "AxisSectionReference",
    "CostCenterReference",
    "CostCenterResponse",
    "CostCenterState",
    "DepartmentReference",
    "EstablishmentReferenceResponse",
    "FileReference",
    "ImportCostCentersRequest",
    "ImportCostCentersRequestItem",
    "ImportCostCentersResponse",
    "ImportCostCentersResponseItem",
    "ImportMode",
    "Money",
    "MultiCurrencyAmount",
    "MultiCurrencyAmountWithTaxes",
    "NatureReference",
    "OneTimeCommitment",
    "OneTimeCommitmentType",
    "Problem",
    "PurchaseAggregatedStates",
    "PurchaseAggregatedStatesCreditNotes",
    "PurchaseAggregatedStatesCreditNotesPayments",
    "PurchaseAggregatedStatesInvoices",
    "PurchaseAggregatedStatesInvoicesPayments",
    "PurchaseReference",
    "PurchaseRequest",
    "PurchaseResponse",
    "PurchaseState",
    "PurchaseType",
    "SubscriptionCommitmentResponse",
    "SubscriptionCommitmentResponseAttachment",
    "SubscriptionCommitmentResponseAttachmentPages",
    "SubscriptionCommitmentResponseInvoicingFrequency",
    "SubscriptionCommitmentResponseSubscriptionDuration",
    "SubscriptionCommitmentType",
    "SupplierReference",
    "TerritoryReference",
    "UserReferenceResponse",
)
