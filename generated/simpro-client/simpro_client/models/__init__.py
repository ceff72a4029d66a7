"""Contains all the data models used in inputs/outputs"""

from .accounting_category_ref import AccountingCategoryRef
from .amount import Amount
from .claimed import Claimed
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
from .cost_center_list_item import CostCenterListItem
from .cost_center_rates import CostCenterRates
from .cost_center_ref import CostCenterRef
from .cost_center_update import CostCenterUpdate
from .currency_ref import CurrencyRef
from .customer_invoice import CustomerInvoice
from .customer_invoice_list_item import CustomerInvoiceListItem
from .customer_invoice_list_item_total import CustomerInvoiceListItemTotal
from .customer_invoice_stage import CustomerInvoiceStage
from .customer_ref import CustomerRef
from .default_cost_center_ref import DefaultCostCenterRef
from .income_account_ref import IncomeAccountRef
from .invoice import Invoice
from .invoice_cost_center import InvoiceCostCenter
from .invoice_cost_center_claim import InvoiceCostCenterClaim
from .invoice_cost_center_item import InvoiceCostCenterItem
from .invoice_cost_center_total import InvoiceCostCenterTotal
from .invoice_create import InvoiceCreate
from .invoice_create_cost_center import InvoiceCreateCostCenter
from .invoice_create_cost_center_claim import InvoiceCreateCostCenterClaim
from .invoice_create_cost_center_item_ref import InvoiceCreateCostCenterItemRef
from .invoice_create_payment_terms import InvoiceCreatePaymentTerms
from .invoice_create_payment_terms_type import InvoiceCreatePaymentTermsType
from .invoice_custom_field import InvoiceCustomField
from .invoice_custom_field_custom_field import InvoiceCustomFieldCustomField
from .invoice_custom_field_custom_field_type import InvoiceCustomFieldCustomFieldType
from .invoice_list_item import InvoiceListItem
from .invoice_list_item_job import InvoiceListItemJob
from .invoice_list_item_job_total import InvoiceListItemJobTotal
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
from .job_cost_center_list_item import JobCostCenterListItem
from .job_cost_center_list_item_2 import JobCostCenterListItem2
from .job_cost_center_list_item_2_total import JobCostCenterListItem2Total
from .job_cost_center_one_off_item import JobCostCenterOneOffItem
from .job_cost_center_one_off_item_billable_status import JobCostCenterOneOffItemBillableStatus
from .job_cost_center_one_off_item_create import JobCostCenterOneOffItemCreate
from .job_cost_center_one_off_item_create_total import JobCostCenterOneOffItemCreateTotal
from .job_cost_center_one_off_item_list_item import JobCostCenterOneOffItemListItem
from .job_cost_center_one_off_item_list_item_claimed import JobCostCenterOneOffItemListItemClaimed
from .job_cost_center_one_off_item_list_item_total import JobCostCenterOneOffItemListItemTotal
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
from .job_total import JobTotal
from .locked_info import LockedInfo
from .materials_cost import MaterialsCost
from .materials_markup import MaterialsMarkup
from .period import Period
from .plant_and_equipment_hours import PlantAndEquipmentHours
from .quantity import Quantity
from .recurring_invoice import RecurringInvoice
from .resources_cost import ResourcesCost
from .resources_markup import ResourcesMarkup
from .resources_markup_total import ResourcesMarkupTotal
from .retainage import Retainage
from .sales_tax_code_ref import SalesTaxCodeRef
from .search import Search
from .sell_price import SellPrice
from .service_fee_ref import ServiceFeeRef
from .site_ref import SiteRef
from .status_ref import StatusRef
from .tax_code_ref import TaxCodeRef
from .tax_code_ref_type import TaxCodeRefType
from .to_date import ToDate
from .totals import Totals
from .unit_price import UnitPrice
from .vendor_order import VendorOrder
from .vendor_order_stage import VendorOrderStage
from .vendor_ref import VendorRef

__all__ = (
    "AccountingCategoryRef",
    "Amount",
    "Claimed",
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
    "CostCenterListItem",
    "CostCenterRates",
    "CostCenterRef",
    "CostCenterUpdate",
    "CurrencyRef",
    "CustomerInvoice",
    "CustomerInvoiceListItem",
    "CustomerInvoiceListItemTotal",
    "CustomerInvoiceStage",
    "CustomerRef",
    "DefaultCostCenterRef",
    "IncomeAccountRef",
    "Invoice",
    "InvoiceCostCenter",
    "InvoiceCostCenterClaim",
    "InvoiceCostCenterItem",
    "InvoiceCostCenterTotal",
    "InvoiceCreate",
    "InvoiceCreateCostCenter",
    "InvoiceCreateCostCenterClaim",
    "InvoiceCreateCostCenterItemRef",
    "InvoiceCreatePaymentTerms",
    "InvoiceCreatePaymentTermsType",
    "InvoiceCustomField",
    "InvoiceCustomFieldCustomField",
    "InvoiceCustomFieldCustomFieldType",
    "InvoiceListItem",
    "InvoiceListItemJob",
    "InvoiceListItemJobTotal",
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
    "JobCostCenterListItem",
    "JobCostCenterListItem2",
    "JobCostCenterListItem2Total",
    "JobCostCenterOneOffItem",
    "JobCostCenterOneOffItemBillableStatus",
    "JobCostCenterOneOffItemCreate",
    "JobCostCenterOneOffItemCreateTotal",
    "JobCostCenterOneOffItemListItem",
    "JobCostCenterOneOffItemListItemClaimed",
    "JobCostCenterOneOffItemListItemTotal",
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
    "JobTotal",
    "LockedInfo",
    "MaterialsCost",
    "MaterialsMarkup",
    "Period",
    "PlantAndEquipmentHours",
    "Quantity",
    "RecurringInvoice",
    "ResourcesCost",
    "ResourcesMarkup",
    "ResourcesMarkupTotal",
    "Retainage",
    "SalesTaxCodeRef",
    "Search",
    "SellPrice",
    "ServiceFeeRef",
    "SiteRef",
    "StatusRef",
    "TaxCodeRef",
    "TaxCodeRefType",
    "ToDate",
    "Totals",
    "UnitPrice",
    "VendorOrder",
    "VendorOrderStage",
    "VendorRef",
)
