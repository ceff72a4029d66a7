"""Contains all the data models used in inputs/outputs"""

from .accounting_category_ref import AccountingCategoryRef
from .adjusted import Adjusted
from .all_job_cost_center_list_item import AllJobCostCenterListItem
from .amount import Amount
from .claim import Claim
from .claimed import Claimed
from .commission import Commission
from .company import Company
from .company_address import CompanyAddress
from .company_banking import CompanyBanking
from .company_default_language import CompanyDefaultLanguage
from .company_list_item import CompanyListItem
from .company_schedule_format import CompanyScheduleFormat
from .company_timezone import CompanyTimezone
from .company_update import CompanyUpdate
from .company_update_address import CompanyUpdateAddress
from .company_update_banking import CompanyUpdateBanking
from .cost_center import CostCenter
from .cost_center_create import CostCenterCreate
from .cost_center_create_rates import CostCenterCreateRates
from .cost_center_rates import CostCenterRates
from .cost_center_ref import CostCenterRef
from .cost_center_update import CostCenterUpdate
from .currency_ref import CurrencyRef
from .custom_field import CustomField
from .custom_field_type import CustomFieldType
from .customer_invoice import CustomerInvoice
from .customer_invoice_list_item import CustomerInvoiceListItem
from .customer_invoice_list_item_job import CustomerInvoiceListItemJob
from .customer_invoice_list_item_total import CustomerInvoiceListItemTotal
from .customer_invoice_stage import CustomerInvoiceStage
from .customer_ref import CustomerRef
from .income_account_ref import IncomeAccountRef
from .invoice import Invoice
from .invoice_cost_center import InvoiceCostCenter
from .invoice_cost_center_item import InvoiceCostCenterItem
from .invoice_cost_center_total import InvoiceCostCenterTotal
from .invoice_create import InvoiceCreate
from .invoice_create_cost_center import InvoiceCreateCostCenter
from .invoice_create_cost_center_claim import InvoiceCreateCostCenterClaim
from .invoice_create_cost_center_item_ref import InvoiceCreateCostCenterItemRef
from .invoice_create_payment_terms import InvoiceCreatePaymentTerms
from .invoice_create_payment_terms_type import InvoiceCreatePaymentTermsType
from .invoice_custom_field import InvoiceCustomField
from .invoice_list_item import InvoiceListItem
from .invoice_list_item_total import InvoiceListItemTotal
from .invoice_payment_terms import InvoicePaymentTerms
from .invoice_type import InvoiceType
from .invoice_update import InvoiceUpdate
from .item_ref import ItemRef
from .item_total import ItemTotal
from .job import Job
from .job_cost_center import JobCostCenter
from .job_cost_center_create import JobCostCenterCreate
from .job_cost_center_create_stage import JobCostCenterCreateStage
from .job_cost_center_create_total import JobCostCenterCreateTotal
from .job_cost_center_one_off_item import JobCostCenterOneOffItem
from .job_cost_center_one_off_item_billable_status import JobCostCenterOneOffItemBillableStatus
from .job_cost_center_one_off_item_create import JobCostCenterOneOffItemCreate
from .job_cost_center_one_off_item_create_total import JobCostCenterOneOffItemCreateTotal
from .job_cost_center_one_off_item_list_item import JobCostCenterOneOffItemListItem
from .job_cost_center_one_off_item_type import JobCostCenterOneOffItemType
from .job_cost_center_one_off_item_update import JobCostCenterOneOffItemUpdate
from .job_cost_center_one_off_item_update_total import JobCostCenterOneOffItemUpdateTotal
from .job_cost_center_stage import JobCostCenterStage
from .job_cost_center_update import JobCostCenterUpdate
from .job_cost_center_update_stage import JobCostCenterUpdateStage
from .job_invoice_custom_field import JobInvoiceCustomField
from .job_invoice_custom_field_list_item import JobInvoiceCustomFieldListItem
from .job_invoice_custom_field_update import JobInvoiceCustomFieldUpdate
from .job_ref import JobRef
from .labor import Labor
from .locked_info import LockedInfo
from .period import Period
from .quantity import Quantity
from .recurring_invoice import RecurringInvoice
from .remaining import Remaining
from .resources_cost import ResourcesCost
from .resources_markup import ResourcesMarkup
from .resources_markup_total import ResourcesMarkupTotal
from .retainage import Retainage
from .search import Search
from .section_job_cost_center_list_item import SectionJobCostCenterListItem
from .section_job_cost_center_list_item_claimed import SectionJobCostCenterListItemClaimed
from .section_job_cost_center_list_item_claimed_remaining import SectionJobCostCenterListItemClaimedRemaining
from .section_job_cost_center_list_item_total import SectionJobCostCenterListItemTotal
from .sell_price import SellPrice
from .site_ref import SiteRef
from .status_ref import StatusRef
from .tax_code_ref import TaxCodeRef
from .tax_code_ref_type import TaxCodeRefType
from .total import Total
from .totals import Totals
from .unit_price import UnitPrice
from .vendor_order import VendorOrder
from .vendor_order_stage import VendorOrderStage

__all__ = (
    "AccountingCategoryRef",
    "Adjusted",
    "AllJobCostCenterListItem",
    "Amount",
    "Claim",
    "Claimed",
    "Commission",
    "Company",
    "CompanyAddress",
    "CompanyBanking",
    "CompanyDefaultLanguage",
    "CompanyListItem",
    "CompanyScheduleFormat",
    "CompanyTimezone",
    "CompanyUpdate",
    "CompanyUpdateAddress",
    "CompanyUpdateBanking",
    "CostCenter",
    "CostCenterCreate",
    "CostCenterCreateRates",
    "CostCenterRates",
    "CostCenterRef",
    "CostCenterUpdate",
    "CurrencyRef",
    "CustomerInvoice",
    "CustomerInvoiceListItem",
    "CustomerInvoiceListItemJob",
    "CustomerInvoiceListItemTotal",
    "CustomerInvoiceStage",
    "CustomerRef",
    "CustomField",
    "CustomFieldType",
    "IncomeAccountRef",
    "Invoice",
    "InvoiceCostCenter",
    "InvoiceCostCenterItem",
    "InvoiceCostCenterTotal",
    "InvoiceCreate",
    "InvoiceCreateCostCenter",
    "InvoiceCreateCostCenterClaim",
    "InvoiceCreateCostCenterItemRef",
    "InvoiceCreatePaymentTerms",
    "InvoiceCreatePaymentTermsType",
    "InvoiceCustomField",
    "InvoiceListItem",
    "InvoiceListItemTotal",
    "InvoicePaymentTerms",
    "InvoiceType",
    "InvoiceUpdate",
    "ItemRef",
    "ItemTotal",
    "Job",
    "JobCostCenter",
    "JobCostCenterCreate",
    "JobCostCenterCreateStage",
    "JobCostCenterCreateTotal",
    "JobCostCenterOneOffItem",
    "JobCostCenterOneOffItemBillableStatus",
    "JobCostCenterOneOffItemCreate",
    "JobCostCenterOneOffItemCreateTotal",
    "JobCostCenterOneOffItemListItem",
    "JobCostCenterOneOffItemType",
    "JobCostCenterOneOffItemUpdate",
    "JobCostCenterOneOffItemUpdateTotal",
    "JobCostCenterStage",
    "JobCostCenterUpdate",
    "JobCostCenterUpdateStage",
    "JobInvoiceCustomField",
    "JobInvoiceCustomFieldListItem",
    "JobInvoiceCustomFieldUpdate",
    "JobRef",
    "Labor",
    "LockedInfo",
    "Period",
    "Quantity",
    "RecurringInvoice",
    "Remaining",
    "ResourcesCost",
    "ResourcesMarkup",
    "ResourcesMarkupTotal",
    "Retainage",
    "Search",
    "SectionJobCostCenterListItem",
    "SectionJobCostCenterListItemClaimed",
    "SectionJobCostCenterListItemClaimedRemaining",
    "SectionJobCostCenterListItemTotal",
    "SellPrice",
    "SiteRef",
    "StatusRef",
    "TaxCodeRef",
    "TaxCodeRefType",
    "Total",
    "Totals",
    "UnitPrice",
    "VendorOrder",
    "VendorOrderStage",
)
