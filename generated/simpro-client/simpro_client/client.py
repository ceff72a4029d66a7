"""HTTP clients for Simpro: configure once (credentials, server, timeouts, retries), then call
the operations on it, grouped by tag: `client.<tag>.<method>(...)`, awaited as `client.aio.<tag>.<method>(...)`.

Every call goes through `Client.request` / `Client.arequest`: the API key, retries with backoff, the
package logger and typed errors (`errors.APIError`) apply there, whichever httpx client carries the call."""

import asyncio
import logging
import math
import os
import random
import ssl
import sys
import time
from collections.abc import Generator, Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx
from attrs import define, evolve, field

from . import _runtime
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, RateLimitError, error_for, request_id_of
from .types import Response

if TYPE_CHECKING:
    from .api.accounting_categories import AccountingCategories, AsyncAccountingCategories
    from .api.activities import Activities, AsyncActivities
    from .api.activity_schedules import ActivitySchedules, AsyncActivitySchedules
    from .api.asset_attachment_folders import AssetAttachmentFolders, AsyncAssetAttachmentFolders
    from .api.asset_attachments import AssetAttachments, AsyncAssetAttachments
    from .api.asset_custom_fields import AssetCustomFields, AsyncAssetCustomFields
    from .api.asset_service_levels import AssetServiceLevels, AsyncAssetServiceLevels
    from .api.asset_test_histories import AssetTestHistories, AsyncAssetTestHistories
    from .api.asset_transfers import AssetTransfers, AsyncAssetTransfers
    from .api.asset_type_attachment_folders import AssetTypeAttachmentFolders, AsyncAssetTypeAttachmentFolders
    from .api.asset_type_attachments import AssetTypeAttachments, AsyncAssetTypeAttachments
    from .api.asset_type_custom_fields import AssetTypeCustomFields, AsyncAssetTypeCustomFields
    from .api.asset_type_service_levels import AssetTypeServiceLevels, AsyncAssetTypeServiceLevels
    from .api.asset_types import AssetTypes, AsyncAssetTypes
    from .api.business_groups import AsyncBusinessGroups, BusinessGroups
    from .api.catalog_attachment_folders import AsyncCatalogAttachmentFolders, CatalogAttachmentFolders
    from .api.catalog_attachments import AsyncCatalogAttachments, CatalogAttachments
    from .api.catalog_currencies import AsyncCatalogCurrencies, CatalogCurrencies
    from .api.catalog_custom_fields import AsyncCatalogCustomFields, CatalogCustomFields
    from .api.catalog_groups import AsyncCatalogGroups, CatalogGroups
    from .api.catalog_inventories import AsyncCatalogInventories, CatalogInventories
    from .api.catalog_item_custom_fields_setup import AsyncCatalogItemCustomFieldsSetup, CatalogItemCustomFieldsSetup
    from .api.catalog_pricing_tier_prices import AsyncCatalogPricingTierPrices, CatalogPricingTierPrices
    from .api.catalog_pricing_tiers import AsyncCatalogPricingTiers, CatalogPricingTiers
    from .api.catalog_vendors import AsyncCatalogVendors, CatalogVendors
    from .api.catalogs import AsyncCatalogs, Catalogs
    from .api.chart_of_accounts import AsyncChartOfAccounts, ChartOfAccounts
    from .api.combine_tax_codes import AsyncCombineTaxCodes, CombineTaxCodes
    from .api.commissions import AsyncCommissions, Commissions
    from .api.companies import AsyncCompanies, Companies
    from .api.company_default_settings import AsyncCompanyDefaultSettings, CompanyDefaultSettings
    from .api.component_tax_codes import AsyncComponentTaxCodes, ComponentTaxCodes
    from .api.contact_custom_fields_setup import AsyncContactCustomFieldsSetup, ContactCustomFieldsSetup
    from .api.contact_logs import AsyncContactLogs, ContactLogs
    from .api.contacts import AsyncContacts, Contacts
    from .api.contractor_attachment_folders import AsyncContractorAttachmentFolders, ContractorAttachmentFolders
    from .api.contractor_attachments import AsyncContractorAttachments, ContractorAttachments
    from .api.contractor_custom_fields import AsyncContractorCustomFields, ContractorCustomFields
    from .api.contractor_custom_fields_setup import AsyncContractorCustomFieldsSetup, ContractorCustomFieldsSetup
    from .api.contractor_invoice_attachment_folders import (
        AsyncContractorInvoiceAttachmentFolders,
        ContractorInvoiceAttachmentFolders,
    )
    from .api.contractor_invoice_attachments import AsyncContractorInvoiceAttachments, ContractorInvoiceAttachments
    from .api.contractor_invoice_custom_fields import AsyncContractorInvoiceCustomFields, ContractorInvoiceCustomFields
    from .api.contractor_invoice_custom_fields_setup import (
        AsyncContractorInvoiceCustomFieldsSetup,
        ContractorInvoiceCustomFieldsSetup,
    )
    from .api.contractor_invoice_variances import AsyncContractorInvoiceVariances, ContractorInvoiceVariances
    from .api.contractor_invoices import AsyncContractorInvoices, ContractorInvoices
    from .api.contractor_job_attachment_folders import (
        AsyncContractorJobAttachmentFolders,
        ContractorJobAttachmentFolders,
    )
    from .api.contractor_job_attachments import AsyncContractorJobAttachments, ContractorJobAttachments
    from .api.contractor_job_custom_fields import AsyncContractorJobCustomFields, ContractorJobCustomFields
    from .api.contractor_job_custom_fields_setup import (
        AsyncContractorJobCustomFieldsSetup,
        ContractorJobCustomFieldsSetup,
    )
    from .api.contractor_job_logs import AsyncContractorJobLogs, ContractorJobLogs
    from .api.contractor_jobs import AsyncContractorJobs, ContractorJobs
    from .api.contractor_licence_attachments import AsyncContractorLicenceAttachments, ContractorLicenceAttachments
    from .api.contractor_licences import AsyncContractorLicences, ContractorLicences
    from .api.contractor_timesheets import AsyncContractorTimesheets, ContractorTimesheets
    from .api.contractor_variances import AsyncContractorVariances, ContractorVariances
    from .api.contractors import AsyncContractors, Contractors
    from .api.cost_centers import AsyncCostCenters, CostCenters
    from .api.cost_to_complete_financial_view import AsyncCostToCompleteFinancialView, CostToCompleteFinancialView
    from .api.cost_to_complete_operations_view import AsyncCostToCompleteOperationsView, CostToCompleteOperationsView
    from .api.credit_note_custom_fields import AsyncCreditNoteCustomFields, CreditNoteCustomFields
    from .api.credit_note_notes import AsyncCreditNoteNotes, CreditNoteNotes
    from .api.credit_notes import AsyncCreditNotes, CreditNotes
    from .api.currencies import AsyncCurrencies, Currencies
    from .api.current_user import AsyncCurrentUser, CurrentUser
    from .api.custom_fields import AsyncCustomFields, CustomFields
    from .api.customer_assets import AsyncCustomerAssets, CustomerAssets
    from .api.customer_assigned_companies import AsyncCustomerAssignedCompanies, CustomerAssignedCompanies
    from .api.customer_attachment_folders import AsyncCustomerAttachmentFolders, CustomerAttachmentFolders
    from .api.customer_attachments import AsyncCustomerAttachments, CustomerAttachments
    from .api.customer_contact_custom_fields import AsyncCustomerContactCustomFields, CustomerContactCustomFields
    from .api.customer_contact_custom_fields_setup import (
        AsyncCustomerContactCustomFieldsSetup,
        CustomerContactCustomFieldsSetup,
    )
    from .api.customer_contacts import AsyncCustomerContacts, CustomerContacts
    from .api.customer_contract_custom_fields import AsyncCustomerContractCustomFields, CustomerContractCustomFields
    from .api.customer_contract_custom_fields_setup import (
        AsyncCustomerContractCustomFieldsSetup,
        CustomerContractCustomFieldsSetup,
    )
    from .api.customer_contract_inflation import AsyncCustomerContractInflation, CustomerContractInflation
    from .api.customer_contract_labor_rates import AsyncCustomerContractLaborRates, CustomerContractLaborRates
    from .api.customer_contract_search import AsyncCustomerContractSearch, CustomerContractSearch
    from .api.customer_contract_service_level_asset_types import (
        AsyncCustomerContractServiceLevelAssetTypes,
        CustomerContractServiceLevelAssetTypes,
    )
    from .api.customer_contract_service_levels import AsyncCustomerContractServiceLevels, CustomerContractServiceLevels
    from .api.customer_contracts import AsyncCustomerContracts, CustomerContracts
    from .api.customer_custom_fields import AsyncCustomerCustomFields, CustomerCustomFields
    from .api.customer_custom_fields_setup import AsyncCustomerCustomFieldsSetup, CustomerCustomFieldsSetup
    from .api.customer_groups import AsyncCustomerGroups, CustomerGroups
    from .api.customer_invoice_logs import AsyncCustomerInvoiceLogs, CustomerInvoiceLogs
    from .api.customer_invoice_status_codes import AsyncCustomerInvoiceStatusCodes, CustomerInvoiceStatusCodes
    from .api.customer_invoices import AsyncCustomerInvoices, CustomerInvoices
    from .api.customer_labor_rates import AsyncCustomerLaborRates, CustomerLaborRates
    from .api.customer_logs import AsyncCustomerLogs, CustomerLogs
    from .api.customer_notes import AsyncCustomerNotes, CustomerNotes
    from .api.customer_payments import AsyncCustomerPayments, CustomerPayments
    from .api.customer_profiles import AsyncCustomerProfiles, CustomerProfiles
    from .api.customer_response_times import AsyncCustomerResponseTimes, CustomerResponseTimes
    from .api.customer_tags import AsyncCustomerTags, CustomerTags
    from .api.customer_tasks import AsyncCustomerTasks, CustomerTasks
    from .api.customers import AsyncCustomers, Customers
    from .api.data_feed_events import AsyncDataFeedEvents, DataFeedEvents
    from .api.employee_attachment_folders import AsyncEmployeeAttachmentFolders, EmployeeAttachmentFolders
    from .api.employee_attachments import AsyncEmployeeAttachments, EmployeeAttachments
    from .api.employee_custom_fields import AsyncEmployeeCustomFields, EmployeeCustomFields
    from .api.employee_custom_fields_setup import AsyncEmployeeCustomFieldsSetup, EmployeeCustomFieldsSetup
    from .api.employee_licence_attachments import AsyncEmployeeLicenceAttachments, EmployeeLicenceAttachments
    from .api.employee_licences import AsyncEmployeeLicences, EmployeeLicences
    from .api.employee_timesheets import AsyncEmployeeTimesheets, EmployeeTimesheets
    from .api.employees import AsyncEmployees, Employees
    from .api.failure_points import AsyncFailurePoints, FailurePoints
    from .api.fit_times import AsyncFitTimes, FitTimes
    from .api.info import AsyncInfo, Info
    from .api.inventory_journals import AsyncInventoryJournals, InventoryJournals
    from .api.invoice_cost_centers import AsyncInvoiceCostCenters, InvoiceCostCenters
    from .api.invoice_credit_note_custom_fields import AsyncInvoiceCreditNoteCustomFields, InvoiceCreditNoteCustomFields
    from .api.invoice_credit_notes import AsyncInvoiceCreditNotes, InvoiceCreditNotes
    from .api.invoice_custom_fields import AsyncInvoiceCustomFields, InvoiceCustomFields
    from .api.invoice_custom_fields_setup import AsyncInvoiceCustomFieldsSetup, InvoiceCustomFieldsSetup
    from .api.invoice_notes import AsyncInvoiceNotes, InvoiceNotes
    from .api.invoices import AsyncInvoices, Invoices
    from .api.job_attachment_folders import AsyncJobAttachmentFolders, JobAttachmentFolders
    from .api.job_attachments import AsyncJobAttachments, JobAttachments
    from .api.job_contractor_job_custom_fields import AsyncJobContractorJobCustomFields, JobContractorJobCustomFields
    from .api.job_contractor_jobs import AsyncJobContractorJobs, JobContractorJobs
    from .api.job_cost_center_assets import AsyncJobCostCenterAssets, JobCostCenterAssets
    from .api.job_cost_center_catalog_items import AsyncJobCostCenterCatalogItems, JobCostCenterCatalogItems
    from .api.job_cost_center_labor_items import AsyncJobCostCenterLaborItems, JobCostCenterLaborItems
    from .api.job_cost_center_locks import AsyncJobCostCenterLocks, JobCostCenterLocks
    from .api.job_cost_center_one_off_items import AsyncJobCostCenterOneOffItems, JobCostCenterOneOffItems
    from .api.job_cost_center_prebuild_items import AsyncJobCostCenterPrebuildItems, JobCostCenterPrebuildItems
    from .api.job_cost_center_schedules import AsyncJobCostCenterSchedules, JobCostCenterSchedules
    from .api.job_cost_center_service_fees import AsyncJobCostCenterServiceFees, JobCostCenterServiceFees
    from .api.job_cost_center_stock_items import AsyncJobCostCenterStockItems, JobCostCenterStockItems
    from .api.job_cost_center_tasks import AsyncJobCostCenterTasks, JobCostCenterTasks
    from .api.job_cost_center_work_order_asset_test_result_attachments import (
        AsyncJobCostCenterWorkOrderAssetTestResultAttachments,
        JobCostCenterWorkOrderAssetTestResultAttachments,
    )
    from .api.job_cost_center_work_order_assets import AsyncJobCostCenterWorkOrderAssets, JobCostCenterWorkOrderAssets
    from .api.job_cost_center_work_order_custom_fields import (
        AsyncJobCostCenterWorkOrderCustomFields,
        JobCostCenterWorkOrderCustomFields,
    )
    from .api.job_cost_center_work_order_mobile_signatures import (
        AsyncJobCostCenterWorkOrderMobileSignatures,
        JobCostCenterWorkOrderMobileSignatures,
    )
    from .api.job_cost_center_work_orders import AsyncJobCostCenterWorkOrders, JobCostCenterWorkOrders
    from .api.job_cost_centers import AsyncJobCostCenters, JobCostCenters
    from .api.job_custom_fields import AsyncJobCustomFields, JobCustomFields
    from .api.job_invoice_custom_fields import AsyncJobInvoiceCustomFields, JobInvoiceCustomFields
    from .api.job_invoices import AsyncJobInvoices, JobInvoices
    from .api.job_lock import AsyncJobLock, JobLock
    from .api.job_logs import AsyncJobLogs, JobLogs
    from .api.job_notes import AsyncJobNotes, JobNotes
    from .api.job_sections import AsyncJobSections, JobSections
    from .api.job_tasks import AsyncJobTasks, JobTasks
    from .api.job_timelines import AsyncJobTimelines, JobTimelines
    from .api.job_work_orders import AsyncJobWorkOrders, JobWorkOrders
    from .api.jobs import AsyncJobs, Jobs
    from .api.journals import AsyncJournals, Journals
    from .api.labor_rate_overhead import AsyncLaborRateOverhead, LaborRateOverhead
    from .api.labor_rates import AsyncLaborRates, LaborRates
    from .api.lead_attachment_folders import AsyncLeadAttachmentFolders, LeadAttachmentFolders
    from .api.lead_attachments import AsyncLeadAttachments, LeadAttachments
    from .api.lead_custom_fields import AsyncLeadCustomFields, LeadCustomFields
    from .api.lead_schedules import AsyncLeadSchedules, LeadSchedules
    from .api.leads import AsyncLeads, Leads
    from .api.merge_catalogs import AsyncMergeCatalogs, MergeCatalogs
    from .api.mobile_status_logs import AsyncMobileStatusLogs, MobileStatusLogs
    from .api.notes import AsyncNotes, Notes
    from .api.payable_contacts import AsyncPayableContacts, PayableContacts
    from .api.payable_invoices import AsyncPayableInvoices, PayableInvoices
    from .api.payment_methods import AsyncPaymentMethods, PaymentMethods
    from .api.payment_terms import AsyncPaymentTerms, PaymentTerms
    from .api.plant_and_equipment import AsyncPlantAndEquipment, PlantAndEquipment
    from .api.plant_and_equipment_attachment_folders import (
        AsyncPlantAndEquipmentAttachmentFolders,
        PlantAndEquipmentAttachmentFolders,
    )
    from .api.plant_and_equipment_attachments import AsyncPlantAndEquipmentAttachments, PlantAndEquipmentAttachments
    from .api.plant_and_equipment_custom_fields import AsyncPlantAndEquipmentCustomFields, PlantAndEquipmentCustomFields
    from .api.plant_and_equipment_services import AsyncPlantAndEquipmentServices, PlantAndEquipmentServices
    from .api.plant_rates import AsyncPlantRates, PlantRates
    from .api.plant_type_custom_fields import AsyncPlantTypeCustomFields, PlantTypeCustomFields
    from .api.plant_types import AsyncPlantTypes, PlantTypes
    from .api.prebuild_attachment_folders import AsyncPrebuildAttachmentFolders, PrebuildAttachmentFolders
    from .api.prebuild_attachments import AsyncPrebuildAttachments, PrebuildAttachments
    from .api.prebuild_catalogs import AsyncPrebuildCatalogs, PrebuildCatalogs
    from .api.prebuild_custom_fields import AsyncPrebuildCustomFields, PrebuildCustomFields
    from .api.prebuild_groups import AsyncPrebuildGroups, PrebuildGroups
    from .api.prebuild_item_custom_fields_setup import AsyncPrebuildItemCustomFieldsSetup, PrebuildItemCustomFieldsSetup
    from .api.prebuilds import AsyncPrebuilds, Prebuilds
    from .api.pricing_tiers import AsyncPricingTiers, PricingTiers
    from .api.project_custom_fields_setup import AsyncProjectCustomFieldsSetup, ProjectCustomFieldsSetup
    from .api.project_status_codes import AsyncProjectStatusCodes, ProjectStatusCodes
    from .api.project_tags import AsyncProjectTags, ProjectTags
    from .api.purchasing_stages import AsyncPurchasingStages, PurchasingStages
    from .api.quote_archive_reasons import AsyncQuoteArchiveReasons, QuoteArchiveReasons
    from .api.quote_attachment_folders import AsyncQuoteAttachmentFolders, QuoteAttachmentFolders
    from .api.quote_attachments import AsyncQuoteAttachments, QuoteAttachments
    from .api.quote_contractor_job_attachment_folders import (
        AsyncQuoteContractorJobAttachmentFolders,
        QuoteContractorJobAttachmentFolders,
    )
    from .api.quote_contractor_job_attachments import AsyncQuoteContractorJobAttachments, QuoteContractorJobAttachments
    from .api.quote_contractor_job_custom_fields import (
        AsyncQuoteContractorJobCustomFields,
        QuoteContractorJobCustomFields,
    )
    from .api.quote_contractor_jobs import AsyncQuoteContractorJobs, QuoteContractorJobs
    from .api.quote_cost_center_assets import AsyncQuoteCostCenterAssets, QuoteCostCenterAssets
    from .api.quote_cost_center_catalog_items import AsyncQuoteCostCenterCatalogItems, QuoteCostCenterCatalogItems
    from .api.quote_cost_center_labor_items import AsyncQuoteCostCenterLaborItems, QuoteCostCenterLaborItems
    from .api.quote_cost_center_one_off_items import AsyncQuoteCostCenterOneOffItems, QuoteCostCenterOneOffItems
    from .api.quote_cost_center_prebuild_items import AsyncQuoteCostCenterPrebuildItems, QuoteCostCenterPrebuildItems
    from .api.quote_cost_center_schedules import AsyncQuoteCostCenterSchedules, QuoteCostCenterSchedules
    from .api.quote_cost_center_service_fees import AsyncQuoteCostCenterServiceFees, QuoteCostCenterServiceFees
    from .api.quote_cost_center_tasks import AsyncQuoteCostCenterTasks, QuoteCostCenterTasks
    from .api.quote_cost_center_work_orders import AsyncQuoteCostCenterWorkOrders, QuoteCostCenterWorkOrders
    from .api.quote_cost_center_work_orders_assets import (
        AsyncQuoteCostCenterWorkOrdersAssets,
        QuoteCostCenterWorkOrdersAssets,
    )
    from .api.quote_cost_center_work_orders_custom_fields import (
        AsyncQuoteCostCenterWorkOrdersCustomFields,
        QuoteCostCenterWorkOrdersCustomFields,
    )
    from .api.quote_cost_centers import AsyncQuoteCostCenters, QuoteCostCenters
    from .api.quote_custom_fields import AsyncQuoteCustomFields, QuoteCustomFields
    from .api.quote_lock import AsyncQuoteLock, QuoteLock
    from .api.quote_logs import AsyncQuoteLogs, QuoteLogs
    from .api.quote_notes import AsyncQuoteNotes, QuoteNotes
    from .api.quote_sections import AsyncQuoteSections, QuoteSections
    from .api.quote_tasks import AsyncQuoteTasks, QuoteTasks
    from .api.quote_timelines import AsyncQuoteTimelines, QuoteTimelines
    from .api.quote_work_orders import AsyncQuoteWorkOrders, QuoteWorkOrders
    from .api.quotes import AsyncQuotes, Quotes
    from .api.receivable_contacts import AsyncReceivableContacts, ReceivableContacts
    from .api.receivable_invoices import AsyncReceivableInvoices, ReceivableInvoices
    from .api.receivable_payments import AsyncReceivablePayments, ReceivablePayments
    from .api.recommendations import AsyncRecommendations, Recommendations
    from .api.recurring_invoice_attachment_folders import (
        AsyncRecurringInvoiceAttachmentFolders,
        RecurringInvoiceAttachmentFolders,
    )
    from .api.recurring_invoice_attachments import AsyncRecurringInvoiceAttachments, RecurringInvoiceAttachments
    from .api.recurring_invoice_cost_center_catalog_items import (
        AsyncRecurringInvoiceCostCenterCatalogItems,
        RecurringInvoiceCostCenterCatalogItems,
    )
    from .api.recurring_invoice_cost_center_labor_items import (
        AsyncRecurringInvoiceCostCenterLaborItems,
        RecurringInvoiceCostCenterLaborItems,
    )
    from .api.recurring_invoice_cost_center_one_off_items import (
        AsyncRecurringInvoiceCostCenterOneOffItems,
        RecurringInvoiceCostCenterOneOffItems,
    )
    from .api.recurring_invoice_cost_center_prebuild_items import (
        AsyncRecurringInvoiceCostCenterPrebuildItems,
        RecurringInvoiceCostCenterPrebuildItems,
    )
    from .api.recurring_invoice_cost_center_service_fees import (
        AsyncRecurringInvoiceCostCenterServiceFees,
        RecurringInvoiceCostCenterServiceFees,
    )
    from .api.recurring_invoice_cost_centers import AsyncRecurringInvoiceCostCenters, RecurringInvoiceCostCenters
    from .api.recurring_invoice_custom_fields import AsyncRecurringInvoiceCustomFields, RecurringInvoiceCustomFields
    from .api.recurring_invoice_logs import AsyncRecurringInvoiceLogs, RecurringInvoiceLogs
    from .api.recurring_invoice_sections import AsyncRecurringInvoiceSections, RecurringInvoiceSections
    from .api.recurring_invoice_timeline import AsyncRecurringInvoiceTimeline, RecurringInvoiceTimeline
    from .api.recurring_invoices import AsyncRecurringInvoices, RecurringInvoices
    from .api.recurring_job_attachment_folders import AsyncRecurringJobAttachmentFolders, RecurringJobAttachmentFolders
    from .api.recurring_job_attachments import AsyncRecurringJobAttachments, RecurringJobAttachments
    from .api.recurring_job_cost_center_assets import AsyncRecurringJobCostCenterAssets, RecurringJobCostCenterAssets
    from .api.recurring_job_cost_center_catalogs import (
        AsyncRecurringJobCostCenterCatalogs,
        RecurringJobCostCenterCatalogs,
    )
    from .api.recurring_job_cost_center_labors import AsyncRecurringJobCostCenterLabors, RecurringJobCostCenterLabors
    from .api.recurring_job_cost_center_one_offs import (
        AsyncRecurringJobCostCenterOneOffs,
        RecurringJobCostCenterOneOffs,
    )
    from .api.recurring_job_cost_center_prebuilds import (
        AsyncRecurringJobCostCenterPrebuilds,
        RecurringJobCostCenterPrebuilds,
    )
    from .api.recurring_job_cost_center_service_fees import (
        AsyncRecurringJobCostCenterServiceFees,
        RecurringJobCostCenterServiceFees,
    )
    from .api.recurring_job_cost_centers import AsyncRecurringJobCostCenters, RecurringJobCostCenters
    from .api.recurring_job_custom_fields import AsyncRecurringJobCustomFields, RecurringJobCustomFields
    from .api.recurring_job_notes import AsyncRecurringJobNotes, RecurringJobNotes
    from .api.recurring_job_sections import AsyncRecurringJobSections, RecurringJobSections
    from .api.recurring_job_timelines import AsyncRecurringJobTimelines, RecurringJobTimelines
    from .api.recurring_jobs import AsyncRecurringJobs, RecurringJobs
    from .api.response_times import AsyncResponseTimes, ResponseTimes
    from .api.retainages import AsyncRetainages, Retainages
    from .api.schedule_logs import AsyncScheduleLogs, ScheduleLogs
    from .api.schedule_rates import AsyncScheduleRates, ScheduleRates
    from .api.schedules import AsyncSchedules, Schedules
    from .api.security_groups import AsyncSecurityGroups, SecurityGroups
    from .api.service_fees import AsyncServiceFees, ServiceFees
    from .api.service_levels import AsyncServiceLevels, ServiceLevels
    from .api.single_tax_codes import AsyncSingleTaxCodes, SingleTaxCodes
    from .api.site_attachment_folders import AsyncSiteAttachmentFolders, SiteAttachmentFolders
    from .api.site_attachments import AsyncSiteAttachments, SiteAttachments
    from .api.site_contact_custom_fields import AsyncSiteContactCustomFields, SiteContactCustomFields
    from .api.site_contact_custom_fields_setup import AsyncSiteContactCustomFieldsSetup, SiteContactCustomFieldsSetup
    from .api.site_contacts import AsyncSiteContacts, SiteContacts
    from .api.site_custom_fields import AsyncSiteCustomFields, SiteCustomFields
    from .api.site_custom_fields_setup import AsyncSiteCustomFieldsSetup, SiteCustomFieldsSetup
    from .api.site_labor_rates import AsyncSiteLaborRates, SiteLaborRates
    from .api.site_preferred_technicians import AsyncSitePreferredTechnicians, SitePreferredTechnicians
    from .api.sites import AsyncSites, Sites
    from .api.staff import AsyncStaff, Staff
    from .api.stock_allocations import AsyncStockAllocations, StockAllocations
    from .api.stock_items import AsyncStockItems, StockItems
    from .api.stock_take_reasons import AsyncStockTakeReasons, StockTakeReasons
    from .api.stock_takes import AsyncStockTakes, StockTakes
    from .api.stock_transfer_reasons import AsyncStockTransferReasons, StockTransferReasons
    from .api.stock_transfers import AsyncStockTransfers, StockTransfers
    from .api.storage_devices import AsyncStorageDevices, StorageDevices
    from .api.take_off_template_catalogs import AsyncTakeOffTemplateCatalogs, TakeOffTemplateCatalogs
    from .api.take_off_template_from_take_off_template import (
        AsyncTakeOffTemplateFromTakeOffTemplate,
        TakeOffTemplateFromTakeOffTemplate,
    )
    from .api.take_off_template_groups import AsyncTakeOffTemplateGroups, TakeOffTemplateGroups
    from .api.take_off_template_labors import AsyncTakeOffTemplateLabors, TakeOffTemplateLabors
    from .api.take_off_template_lock import AsyncTakeOffTemplateLock, TakeOffTemplateLock
    from .api.take_off_template_one_offs import AsyncTakeOffTemplateOneOffs, TakeOffTemplateOneOffs
    from .api.take_off_template_prebuilds import AsyncTakeOffTemplatePrebuilds, TakeOffTemplatePrebuilds
    from .api.take_off_template_service_fees import AsyncTakeOffTemplateServiceFees, TakeOffTemplateServiceFees
    from .api.take_off_template_sub_groups import AsyncTakeOffTemplateSubGroups, TakeOffTemplateSubGroups
    from .api.take_off_templates import AsyncTakeOffTemplates, TakeOffTemplates
    from .api.task_attachment_folders import AsyncTaskAttachmentFolders, TaskAttachmentFolders
    from .api.task_attachments import AsyncTaskAttachments, TaskAttachments
    from .api.task_categories import AsyncTaskCategories, TaskCategories
    from .api.task_custom_fields import AsyncTaskCustomFields, TaskCustomFields
    from .api.task_custom_fields_setup import AsyncTaskCustomFieldsSetup, TaskCustomFieldsSetup
    from .api.tasks import AsyncTasks, Tasks
    from .api.tax_codes import AsyncTaxCodes, TaxCodes
    from .api.teams import AsyncTeams, Teams
    from .api.test_readings import AsyncTestReadings, TestReadings
    from .api.units_of_measurement import AsyncUnitsOfMeasurement, UnitsOfMeasurement
    from .api.vendor_attachment_folders import AsyncVendorAttachmentFolders, VendorAttachmentFolders
    from .api.vendor_attachments import AsyncVendorAttachments, VendorAttachments
    from .api.vendor_branches import AsyncVendorBranches, VendorBranches
    from .api.vendor_catalog_prices import AsyncVendorCatalogPrices, VendorCatalogPrices
    from .api.vendor_contact_custom_fields import AsyncVendorContactCustomFields, VendorContactCustomFields
    from .api.vendor_contact_custom_fields_setup import (
        AsyncVendorContactCustomFieldsSetup,
        VendorContactCustomFieldsSetup,
    )
    from .api.vendor_contacts import AsyncVendorContacts, VendorContacts
    from .api.vendor_credit_items import AsyncVendorCreditItems, VendorCreditItems
    from .api.vendor_credits import AsyncVendorCredits, VendorCredits
    from .api.vendor_custom_fields import AsyncVendorCustomFields, VendorCustomFields
    from .api.vendor_custom_fields_setup import AsyncVendorCustomFieldsSetup, VendorCustomFieldsSetup
    from .api.vendor_order_attachment_folders import AsyncVendorOrderAttachmentFolders, VendorOrderAttachmentFolders
    from .api.vendor_order_attachments import AsyncVendorOrderAttachments, VendorOrderAttachments
    from .api.vendor_order_custom_fields import AsyncVendorOrderCustomFields, VendorOrderCustomFields
    from .api.vendor_order_custom_fields_setup import AsyncVendorOrderCustomFieldsSetup, VendorOrderCustomFieldsSetup
    from .api.vendor_order_item_allocations import AsyncVendorOrderItemAllocations, VendorOrderItemAllocations
    from .api.vendor_order_items import AsyncVendorOrderItems, VendorOrderItems
    from .api.vendor_order_logs import AsyncVendorOrderLogs, VendorOrderLogs
    from .api.vendor_order_status_codes import AsyncVendorOrderStatusCodes, VendorOrderStatusCodes
    from .api.vendor_orders import AsyncVendorOrders, VendorOrders
    from .api.vendor_quote_catalogs import AsyncVendorQuoteCatalogs, VendorQuoteCatalogs
    from .api.vendor_quote_vendors import AsyncVendorQuoteVendors, VendorQuoteVendors
    from .api.vendor_quotes import AsyncVendorQuotes, VendorQuotes
    from .api.vendor_receipt import AsyncVendorReceipt, VendorReceipt
    from .api.vendor_receipt_credits import AsyncVendorReceiptCredits, VendorReceiptCredits
    from .api.vendor_receipt_item_allocations import AsyncVendorReceiptItemAllocations, VendorReceiptItemAllocations
    from .api.vendor_receipt_items import AsyncVendorReceiptItems, VendorReceiptItems
    from .api.vendor_receipts import AsyncVendorReceipts, VendorReceipts
    from .api.vendors import AsyncVendors, Vendors
    from .api.webhook_subscriptions import AsyncWebhookSubscriptions, WebhookSubscriptions
    from .api.work_order_attachments import AsyncWorkOrderAttachments, WorkOrderAttachments
    from .api.work_order_custom_fields_setup import AsyncWorkOrderCustomFieldsSetup, WorkOrderCustomFieldsSetup
    from .api.zones import AsyncZones, Zones

T = TypeVar("T")

__version__ = "6.1.0"
PACKAGE_NAME = "simpro-client"
USER_AGENT = f"{PACKAGE_NAME}/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
"""Sent as User-Agent by the httpx clients this package creates."""

SERVER_URL_TEMPLATE = "https://{build}.simprosuite.com"
"""The documented server URL; `server_url()` fills in its variables."""
DEFAULT_BUILD: str | None = None
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Applied to every request unless the client is given another timeout."""
DEFAULT_MAX_RETRIES = 3
"""Retries after the first attempt (so up to DEFAULT_MAX_RETRIES + 1 requests per call)."""
RETRY_STATUSES = frozenset({408, 409, 429})
"""Statuses retried (for idempotent methods), besides every status from 500 up."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_DELAY = 60.0
"""The longest Retry-After the client waits for; a longer one is not waited out: the error is raised at
once (a RateLimitError carries the requested wait in `retry_after`)."""
API_KEY_ENV: str | None = "SIMPRO_API_KEY"
"""The environment variable the API key is read from when `api_key=` is not given."""
LOG_ENV = "SIMPRO_CLIENT_LOG"
"""Set it to `debug` (requests, responses, retries) or `info` (retries) to log to stderr."""
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
"""Request headers shown as `<redacted>` in the `request` of an error."""

logger = logging.getLogger("simpro_client")
"""The package logger: each request and response at DEBUG, each retry at INFO, never a credential."""


def _configure_logging_from_environment() -> None:
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


_configure_logging_from_environment()


def server_url(build: str) -> str:
    """The API's base URL (Your Simpro build).

    build: The name of your Simpro build (the first label of its host name).
    """
    return "https://" + build + ".simprosuite.com"


def retry_after(headers: httpx.Headers) -> float | None:
    """The seconds a response asks the client to wait: `Retry-After` in seconds or as an HTTP date (or
    `retry-after-ms`). None when absent or invalid (`nan`, `inf`, negative, unparseable)."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            seconds = float(milliseconds) / 1000
        except ValueError:
            seconds = math.nan
        if math.isfinite(seconds) and seconds >= 0:
            return seconds
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(when.timestamp() - time.time(), 0.0)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def backoff(attempt: int) -> float:
    """Seconds before retry number `attempt` (1-based) when the server gives no Retry-After: 0.5 s, 1 s,
    2 s, ... up to MAX_BACKOFF, each shortened by a random 0-25 % (jitter) so clients do not retry in step."""
    return min(INITIAL_BACKOFF * 2.0 ** (attempt - 1), MAX_BACKOFF) * (1 - 0.25 * random.random())


def retry_delay(attempt: int, headers: httpx.Headers, max_delay: float = MAX_RETRY_DELAY) -> float | None:
    """Seconds to wait before retry `attempt`: the server's Retry-After when valid, else `backoff()`.
    None when the server asks for more than `max_delay` (the client then raises instead of waiting)."""
    asked = retry_after(headers)
    if asked is None:
        return backoff(attempt)
    return asked if asked <= max_delay else None


def _with_call_options(
    kwargs: dict[str, Any],
    timeout: httpx.Timeout | float | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """`build_request` arguments with one call's options merged in (a new dict: nothing carries over)."""
    merged = dict(kwargs)
    if timeout is not None:
        merged["timeout"] = timeout
    if extra_headers:
        merged["headers"] = {**(merged.get("headers") or {}), **extra_headers}
    if extra_query:
        merged["params"] = {**(merged.get("params") or {}), **extra_query}
    return merged


def _redacted(request: httpx.Request) -> httpx.Request:
    """A copy of `request` for errors: credentials headers read `<redacted>`."""
    headers = httpx.Headers(request.headers)
    for name in SECRET_HEADERS:
        if name in headers:
            headers[name] = "<redacted>"
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    return httpx.Request(request.method, request.url, headers=headers, content=content)


AUTH_HEADER = "Authorization"
AUTH_VALUE_PREFIX = "Bearer "
AUTH_VALUE_SUFFIX = ""
SECRET_HEADERS = SECRET_HEADERS | {AUTH_HEADER.lower()}


class ApiKeyAuth(httpx.Auth):
    """Sets `Authorization: Bearer <api key>` on every request.

    The key is held here only, never in the client's headers, repr or error messages.
    """

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[AUTH_HEADER] = AUTH_VALUE_PREFIX + self._api_key + AUTH_VALUE_SUFFIX
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=<redacted>)"


def _api_key_from_environment() -> str:
    key = os.environ.get(API_KEY_ENV, "") if API_KEY_ENV else ""
    if not key:
        where = f" or set the environment variable {API_KEY_ENV}" if API_KEY_ENV else ""
        raise ConfigurationError(f"no API key: give api_key={where}")
    return key


@define
class Client:
    """Connection settings shared by every call; reuse one client (it pools connections).

    Keyword arguments:
        build: part of the server URL https://{build}.simprosuite.com (required unless base_url is given).
        base_url: a full base URL instead of the server template (a proxy, a mock server).
        timeout: an httpx.Timeout; every request has one, 30.0 s by default.
        max_retries: retries of idempotent requests (GET, PUT, DELETE, ...) answered 408, 409, 429 or 5xx
            or left unanswered (connection error, timeout), 3 by default (0 disables).
        max_retry_delay: the longest Retry-After waited for (MAX_RETRY_DELAY); beyond it the error is raised.
        raise_on_unexpected_status: make `send` raise errors.UnexpectedStatus on a 2xx status the spec does not
            document (its `parsed` is None otherwise); the operation methods always raise it.
        headers, cookies, verify_ssl, follow_redirects, httpx_args: passed to httpx (httpx_args may carry
            event_hooks and transport for the httpx.Client, async_event_hooks (coroutine functions) and
            async_transport for the httpx.AsyncClient).

    Any status outside 2xx raises an errors.APIStatusError subclass; no answer raises
    errors.APIConnectionError (errors.APITimeoutError on timeout).
    """

    build: str | None = field(default=None, kw_only=True)
    _base_url: str | None = field(default=None, kw_only=True, alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    max_retry_delay: float = field(default=MAX_RETRY_DELAY, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _owns_client: bool = field(default=True, init=False, repr=False)
    _owns_async_client: bool = field(default=True, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _ = self.base_url  # a missing server variable fails here, not at the first call

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        if self._base_url is not None:
            return self._base_url
        if self.build is None:
            raise ConfigurationError(f"give build= (part of {SERVER_URL_TEMPLATE}) or base_url=")
        return server_url(build=self.build)

    def _auth(self) -> httpx.Auth | None:
        return None

    def _secrets(self) -> tuple[str, ...]:
        return ()

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one with another timeout."""
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Carry calls on this httpx.Client (give it a base_url). The API key, retries, logging and typed
        errors still apply: they are added to each request by `request()`, not by the httpx client. The
        httpx client's own timeout, headers and transport are used; `close()` leaves it open (you own it)."""
        self._client = client
        self._owns_client = False
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, created on first use (and again after `close()`)."""
        if self._client is None:
            args = dict(self._httpx_args)
            args.pop("async_transport", None)
            args.pop("async_event_hooks", None)
            transport = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self.base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=transport,
                **args,
            )
            self._owns_client = True
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Carry async calls on this httpx.AsyncClient (see `set_httpx_client`)."""
        self._async_client = async_client
        self._owns_async_client = False
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, created on first use (and again after `aclose()`)."""
        if self._async_client is None:
            args = dict(self._httpx_args)
            args.pop("transport", None)
            # httpx awaits an AsyncClient's hooks: plain functions (event_hooks) would fail there
            args.pop("event_hooks", None)
            if "async_event_hooks" in args:
                args["event_hooks"] = args.pop("async_event_hooks")
            transport = args.pop("async_transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=transport,
                **args,
            )
            self._owns_async_client = True
        return self._async_client

    def request(
        self,
        method: str,
        url: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one API request (`url` relative to base_url; `kwargs` as for httpx's `build_request`) with
        the key, retries and logging; return the 2xx response, raise errors.APIError otherwise.

        The per-call options (every operation function takes them too) apply to this call only; None
        keeps the client's setting: `timeout` (seconds or an httpx.Timeout), `extra_headers` and
        `extra_query` (added to the request's own, and winning over them), `max_retries`."""
        http = self.get_httpx_client()
        auth = self._auth()
        kwargs = _with_call_options(kwargs, timeout, extra_headers, extra_query)
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 1
        while True:
            request = http.build_request(method, url, **kwargs)
            started = self._log_request(request, attempt)
            try:
                response = http.send(request, auth=auth) if auth is not None else http.send(request)
            except httpx.TransportError as error:
                time.sleep(self._retry_after_failure(request, error, attempt, retries))
            else:
                self._log_response(request, response, started)
                if response.is_success:
                    return response
                delay = self._retry_after_status(request, response, attempt, retries)
                response.close()
                time.sleep(delay)
            attempt += 1

    async def arequest(
        self,
        method: str,
        url: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """`request()`, asynchronously (on the httpx.AsyncClient)."""
        http = self.get_async_httpx_client()
        auth = self._auth()
        kwargs = _with_call_options(kwargs, timeout, extra_headers, extra_query)
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 1
        while True:
            request = http.build_request(method, url, **kwargs)
            started = self._log_request(request, attempt)
            try:
                response = await http.send(request, auth=auth) if auth is not None else await http.send(request)
            except httpx.TransportError as error:
                await asyncio.sleep(self._retry_after_failure(request, error, attempt, retries))
            else:
                self._log_response(request, response, started)
                if response.is_success:
                    return response
                delay = self._retry_after_status(request, response, attempt, retries)
                await response.aclose()
                await asyncio.sleep(delay)
            attempt += 1

    def send(self, call: "_runtime.Call[T]") -> Response[T]:
        """Send an operation's request, built by its module's `request(...)`, and return the whole
        Response (`status_code`, `headers`, `content`, `parsed`, `request_id`) instead of only the parsed
        answer: `client.send(list_things.request(...))`. Raises like the resource methods."""
        return call.response(_runtime.send(self, call), self.raise_on_unexpected_status)

    async def asend(self, call: "_runtime.Call[T]") -> Response[T]:
        """`send`, asynchronously."""
        return call.response(await _runtime.asend(self, call), self.raise_on_unexpected_status)

    @property
    def accounting_categories(self) -> "AccountingCategories":
        """The operations tagged accounting_categories (`simpro_client.api.accounting_categories`)."""
        # imported on first use, so that a big API loads fast
        from .api.accounting_categories import AccountingCategories

        return AccountingCategories(self)

    @property
    def activities(self) -> "Activities":
        """The operations tagged activities (`simpro_client.api.activities`)."""
        # imported on first use, so that a big API loads fast
        from .api.activities import Activities

        return Activities(self)

    @property
    def activity_schedules(self) -> "ActivitySchedules":
        """The operations tagged activity_schedules (`simpro_client.api.activity_schedules`)."""
        # imported on first use, so that a big API loads fast
        from .api.activity_schedules import ActivitySchedules

        return ActivitySchedules(self)

    @property
    def asset_attachment_folders(self) -> "AssetAttachmentFolders":
        """The operations tagged asset_attachment_folders (`simpro_client.api.asset_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_attachment_folders import AssetAttachmentFolders

        return AssetAttachmentFolders(self)

    @property
    def asset_attachments(self) -> "AssetAttachments":
        """The operations tagged asset_attachments (`simpro_client.api.asset_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_attachments import AssetAttachments

        return AssetAttachments(self)

    @property
    def asset_custom_fields(self) -> "AssetCustomFields":
        """The operations tagged asset_custom_fields (`simpro_client.api.asset_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_custom_fields import AssetCustomFields

        return AssetCustomFields(self)

    @property
    def asset_service_levels(self) -> "AssetServiceLevels":
        """The operations tagged asset_service_levels (`simpro_client.api.asset_service_levels`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_service_levels import AssetServiceLevels

        return AssetServiceLevels(self)

    @property
    def asset_test_histories(self) -> "AssetTestHistories":
        """The operations tagged asset_test_histories (`simpro_client.api.asset_test_histories`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_test_histories import AssetTestHistories

        return AssetTestHistories(self)

    @property
    def asset_transfers(self) -> "AssetTransfers":
        """The operations tagged asset_transfers (`simpro_client.api.asset_transfers`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_transfers import AssetTransfers

        return AssetTransfers(self)

    @property
    def asset_type_attachment_folders(self) -> "AssetTypeAttachmentFolders":
        """The operations tagged asset_type_attachment_folders (`simpro_client.api.asset_type_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_type_attachment_folders import AssetTypeAttachmentFolders

        return AssetTypeAttachmentFolders(self)

    @property
    def asset_type_attachments(self) -> "AssetTypeAttachments":
        """The operations tagged asset_type_attachments (`simpro_client.api.asset_type_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_type_attachments import AssetTypeAttachments

        return AssetTypeAttachments(self)

    @property
    def asset_type_custom_fields(self) -> "AssetTypeCustomFields":
        """The operations tagged asset_type_custom_fields (`simpro_client.api.asset_type_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_type_custom_fields import AssetTypeCustomFields

        return AssetTypeCustomFields(self)

    @property
    def asset_type_service_levels(self) -> "AssetTypeServiceLevels":
        """The operations tagged asset_type_service_levels (`simpro_client.api.asset_type_service_levels`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_type_service_levels import AssetTypeServiceLevels

        return AssetTypeServiceLevels(self)

    @property
    def asset_types(self) -> "AssetTypes":
        """The operations tagged asset_types (`simpro_client.api.asset_types`)."""
        # imported on first use, so that a big API loads fast
        from .api.asset_types import AssetTypes

        return AssetTypes(self)

    @property
    def business_groups(self) -> "BusinessGroups":
        """The operations tagged business_groups (`simpro_client.api.business_groups`)."""
        # imported on first use, so that a big API loads fast
        from .api.business_groups import BusinessGroups

        return BusinessGroups(self)

    @property
    def catalog_attachment_folders(self) -> "CatalogAttachmentFolders":
        """The operations tagged catalog_attachment_folders (`simpro_client.api.catalog_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_attachment_folders import CatalogAttachmentFolders

        return CatalogAttachmentFolders(self)

    @property
    def catalog_attachments(self) -> "CatalogAttachments":
        """The operations tagged catalog_attachments (`simpro_client.api.catalog_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_attachments import CatalogAttachments

        return CatalogAttachments(self)

    @property
    def catalog_currencies(self) -> "CatalogCurrencies":
        """The operations tagged catalog_currencies (`simpro_client.api.catalog_currencies`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_currencies import CatalogCurrencies

        return CatalogCurrencies(self)

    @property
    def catalog_custom_fields(self) -> "CatalogCustomFields":
        """The operations tagged catalog_custom_fields (`simpro_client.api.catalog_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_custom_fields import CatalogCustomFields

        return CatalogCustomFields(self)

    @property
    def catalog_groups(self) -> "CatalogGroups":
        """The operations tagged catalog_groups (`simpro_client.api.catalog_groups`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_groups import CatalogGroups

        return CatalogGroups(self)

    @property
    def catalog_inventories(self) -> "CatalogInventories":
        """The operations tagged catalog_inventories (`simpro_client.api.catalog_inventories`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_inventories import CatalogInventories

        return CatalogInventories(self)

    @property
    def catalog_item_custom_fields_setup(self) -> "CatalogItemCustomFieldsSetup":
        """The operations tagged catalog_item_custom_fields_setup (`simpro_client.api.catalog_item_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_item_custom_fields_setup import CatalogItemCustomFieldsSetup

        return CatalogItemCustomFieldsSetup(self)

    @property
    def catalog_pricing_tier_prices(self) -> "CatalogPricingTierPrices":
        """The operations tagged catalog_pricing_tier_prices (`simpro_client.api.catalog_pricing_tier_prices`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_pricing_tier_prices import CatalogPricingTierPrices

        return CatalogPricingTierPrices(self)

    @property
    def catalog_pricing_tiers(self) -> "CatalogPricingTiers":
        """The operations tagged catalog_pricing_tiers (`simpro_client.api.catalog_pricing_tiers`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_pricing_tiers import CatalogPricingTiers

        return CatalogPricingTiers(self)

    @property
    def catalog_vendors(self) -> "CatalogVendors":
        """The operations tagged catalog_vendors (`simpro_client.api.catalog_vendors`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalog_vendors import CatalogVendors

        return CatalogVendors(self)

    @property
    def catalogs(self) -> "Catalogs":
        """The operations tagged catalogs (`simpro_client.api.catalogs`)."""
        # imported on first use, so that a big API loads fast
        from .api.catalogs import Catalogs

        return Catalogs(self)

    @property
    def chart_of_accounts(self) -> "ChartOfAccounts":
        """The operations tagged chart_of_accounts (`simpro_client.api.chart_of_accounts`)."""
        # imported on first use, so that a big API loads fast
        from .api.chart_of_accounts import ChartOfAccounts

        return ChartOfAccounts(self)

    @property
    def combine_tax_codes(self) -> "CombineTaxCodes":
        """The operations tagged combine_tax_codes (`simpro_client.api.combine_tax_codes`)."""
        # imported on first use, so that a big API loads fast
        from .api.combine_tax_codes import CombineTaxCodes

        return CombineTaxCodes(self)

    @property
    def commissions(self) -> "Commissions":
        """The operations tagged commissions (`simpro_client.api.commissions`)."""
        # imported on first use, so that a big API loads fast
        from .api.commissions import Commissions

        return Commissions(self)

    @property
    def companies(self) -> "Companies":
        """The operations tagged companies (`simpro_client.api.companies`)."""
        # imported on first use, so that a big API loads fast
        from .api.companies import Companies

        return Companies(self)

    @property
    def company_default_settings(self) -> "CompanyDefaultSettings":
        """The operations tagged company_default_settings (`simpro_client.api.company_default_settings`)."""
        # imported on first use, so that a big API loads fast
        from .api.company_default_settings import CompanyDefaultSettings

        return CompanyDefaultSettings(self)

    @property
    def component_tax_codes(self) -> "ComponentTaxCodes":
        """The operations tagged component_tax_codes (`simpro_client.api.component_tax_codes`)."""
        # imported on first use, so that a big API loads fast
        from .api.component_tax_codes import ComponentTaxCodes

        return ComponentTaxCodes(self)

    @property
    def contact_custom_fields_setup(self) -> "ContactCustomFieldsSetup":
        """The operations tagged contact_custom_fields_setup (`simpro_client.api.contact_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.contact_custom_fields_setup import ContactCustomFieldsSetup

        return ContactCustomFieldsSetup(self)

    @property
    def contact_logs(self) -> "ContactLogs":
        """The operations tagged contact_logs (`simpro_client.api.contact_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.contact_logs import ContactLogs

        return ContactLogs(self)

    @property
    def contacts(self) -> "Contacts":
        """The operations tagged contacts (`simpro_client.api.contacts`)."""
        # imported on first use, so that a big API loads fast
        from .api.contacts import Contacts

        return Contacts(self)

    @property
    def contractor_attachment_folders(self) -> "ContractorAttachmentFolders":
        """The operations tagged contractor_attachment_folders (`simpro_client.api.contractor_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_attachment_folders import ContractorAttachmentFolders

        return ContractorAttachmentFolders(self)

    @property
    def contractor_attachments(self) -> "ContractorAttachments":
        """The operations tagged contractor_attachments (`simpro_client.api.contractor_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_attachments import ContractorAttachments

        return ContractorAttachments(self)

    @property
    def contractor_custom_fields(self) -> "ContractorCustomFields":
        """The operations tagged contractor_custom_fields (`simpro_client.api.contractor_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_custom_fields import ContractorCustomFields

        return ContractorCustomFields(self)

    @property
    def contractor_custom_fields_setup(self) -> "ContractorCustomFieldsSetup":
        """The operations tagged contractor_custom_fields_setup (`simpro_client.api.contractor_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_custom_fields_setup import ContractorCustomFieldsSetup

        return ContractorCustomFieldsSetup(self)

    @property
    def contractor_invoice_attachment_folders(self) -> "ContractorInvoiceAttachmentFolders":
        """The operations tagged contractor_invoice_attachment_folders (`simpro_client.api.contractor_invoice_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_invoice_attachment_folders import ContractorInvoiceAttachmentFolders

        return ContractorInvoiceAttachmentFolders(self)

    @property
    def contractor_invoice_attachments(self) -> "ContractorInvoiceAttachments":
        """The operations tagged contractor_invoice_attachments (`simpro_client.api.contractor_invoice_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_invoice_attachments import ContractorInvoiceAttachments

        return ContractorInvoiceAttachments(self)

    @property
    def contractor_invoice_custom_fields(self) -> "ContractorInvoiceCustomFields":
        """The operations tagged contractor_invoice_custom_fields (`simpro_client.api.contractor_invoice_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_invoice_custom_fields import ContractorInvoiceCustomFields

        return ContractorInvoiceCustomFields(self)

    @property
    def contractor_invoice_custom_fields_setup(self) -> "ContractorInvoiceCustomFieldsSetup":
        """The operations tagged contractor_invoice_custom_fields_setup (`simpro_client.api.contractor_invoice_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_invoice_custom_fields_setup import ContractorInvoiceCustomFieldsSetup

        return ContractorInvoiceCustomFieldsSetup(self)

    @property
    def contractor_invoice_variances(self) -> "ContractorInvoiceVariances":
        """The operations tagged contractor_invoice_variances (`simpro_client.api.contractor_invoice_variances`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_invoice_variances import ContractorInvoiceVariances

        return ContractorInvoiceVariances(self)

    @property
    def contractor_invoices(self) -> "ContractorInvoices":
        """The operations tagged contractor_invoices (`simpro_client.api.contractor_invoices`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_invoices import ContractorInvoices

        return ContractorInvoices(self)

    @property
    def contractor_job_attachment_folders(self) -> "ContractorJobAttachmentFolders":
        """The operations tagged contractor_job_attachment_folders (`simpro_client.api.contractor_job_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_job_attachment_folders import ContractorJobAttachmentFolders

        return ContractorJobAttachmentFolders(self)

    @property
    def contractor_job_attachments(self) -> "ContractorJobAttachments":
        """The operations tagged contractor_job_attachments (`simpro_client.api.contractor_job_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_job_attachments import ContractorJobAttachments

        return ContractorJobAttachments(self)

    @property
    def contractor_job_custom_fields(self) -> "ContractorJobCustomFields":
        """The operations tagged contractor_job_custom_fields (`simpro_client.api.contractor_job_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_job_custom_fields import ContractorJobCustomFields

        return ContractorJobCustomFields(self)

    @property
    def contractor_job_custom_fields_setup(self) -> "ContractorJobCustomFieldsSetup":
        """The operations tagged contractor_job_custom_fields_setup (`simpro_client.api.contractor_job_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_job_custom_fields_setup import ContractorJobCustomFieldsSetup

        return ContractorJobCustomFieldsSetup(self)

    @property
    def contractor_job_logs(self) -> "ContractorJobLogs":
        """The operations tagged contractor_job_logs (`simpro_client.api.contractor_job_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_job_logs import ContractorJobLogs

        return ContractorJobLogs(self)

    @property
    def contractor_jobs(self) -> "ContractorJobs":
        """The operations tagged contractor_jobs (`simpro_client.api.contractor_jobs`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_jobs import ContractorJobs

        return ContractorJobs(self)

    @property
    def contractor_licence_attachments(self) -> "ContractorLicenceAttachments":
        """The operations tagged contractor_licence_attachments (`simpro_client.api.contractor_licence_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_licence_attachments import ContractorLicenceAttachments

        return ContractorLicenceAttachments(self)

    @property
    def contractor_licences(self) -> "ContractorLicences":
        """The operations tagged contractor_licences (`simpro_client.api.contractor_licences`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_licences import ContractorLicences

        return ContractorLicences(self)

    @property
    def contractor_timesheets(self) -> "ContractorTimesheets":
        """The operations tagged contractor_timesheets (`simpro_client.api.contractor_timesheets`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_timesheets import ContractorTimesheets

        return ContractorTimesheets(self)

    @property
    def contractor_variances(self) -> "ContractorVariances":
        """The operations tagged contractor_variances (`simpro_client.api.contractor_variances`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractor_variances import ContractorVariances

        return ContractorVariances(self)

    @property
    def contractors(self) -> "Contractors":
        """The operations tagged contractors (`simpro_client.api.contractors`)."""
        # imported on first use, so that a big API loads fast
        from .api.contractors import Contractors

        return Contractors(self)

    @property
    def cost_centers(self) -> "CostCenters":
        """The operations tagged cost_centers (`simpro_client.api.cost_centers`)."""
        # imported on first use, so that a big API loads fast
        from .api.cost_centers import CostCenters

        return CostCenters(self)

    @property
    def cost_to_complete_financial_view(self) -> "CostToCompleteFinancialView":
        """The operations tagged cost_to_complete_financial_view (`simpro_client.api.cost_to_complete_financial_view`)."""
        # imported on first use, so that a big API loads fast
        from .api.cost_to_complete_financial_view import CostToCompleteFinancialView

        return CostToCompleteFinancialView(self)

    @property
    def cost_to_complete_operations_view(self) -> "CostToCompleteOperationsView":
        """The operations tagged cost_to_complete_operations_view (`simpro_client.api.cost_to_complete_operations_view`)."""
        # imported on first use, so that a big API loads fast
        from .api.cost_to_complete_operations_view import CostToCompleteOperationsView

        return CostToCompleteOperationsView(self)

    @property
    def credit_note_custom_fields(self) -> "CreditNoteCustomFields":
        """The operations tagged credit_note_custom_fields (`simpro_client.api.credit_note_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.credit_note_custom_fields import CreditNoteCustomFields

        return CreditNoteCustomFields(self)

    @property
    def credit_note_notes(self) -> "CreditNoteNotes":
        """The operations tagged credit_note_notes (`simpro_client.api.credit_note_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.credit_note_notes import CreditNoteNotes

        return CreditNoteNotes(self)

    @property
    def credit_notes(self) -> "CreditNotes":
        """The operations tagged credit_notes (`simpro_client.api.credit_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.credit_notes import CreditNotes

        return CreditNotes(self)

    @property
    def currencies(self) -> "Currencies":
        """The operations tagged currencies (`simpro_client.api.currencies`)."""
        # imported on first use, so that a big API loads fast
        from .api.currencies import Currencies

        return Currencies(self)

    @property
    def current_user(self) -> "CurrentUser":
        """The operations tagged current_user (`simpro_client.api.current_user`)."""
        # imported on first use, so that a big API loads fast
        from .api.current_user import CurrentUser

        return CurrentUser(self)

    @property
    def custom_fields(self) -> "CustomFields":
        """The operations tagged custom_fields (`simpro_client.api.custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.custom_fields import CustomFields

        return CustomFields(self)

    @property
    def customer_assets(self) -> "CustomerAssets":
        """The operations tagged customer_assets (`simpro_client.api.customer_assets`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_assets import CustomerAssets

        return CustomerAssets(self)

    @property
    def customer_assigned_companies(self) -> "CustomerAssignedCompanies":
        """The operations tagged customer_assigned_companies (`simpro_client.api.customer_assigned_companies`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_assigned_companies import CustomerAssignedCompanies

        return CustomerAssignedCompanies(self)

    @property
    def customer_attachment_folders(self) -> "CustomerAttachmentFolders":
        """The operations tagged customer_attachment_folders (`simpro_client.api.customer_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_attachment_folders import CustomerAttachmentFolders

        return CustomerAttachmentFolders(self)

    @property
    def customer_attachments(self) -> "CustomerAttachments":
        """The operations tagged customer_attachments (`simpro_client.api.customer_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_attachments import CustomerAttachments

        return CustomerAttachments(self)

    @property
    def customer_contact_custom_fields(self) -> "CustomerContactCustomFields":
        """The operations tagged customer_contact_custom_fields (`simpro_client.api.customer_contact_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contact_custom_fields import CustomerContactCustomFields

        return CustomerContactCustomFields(self)

    @property
    def customer_contact_custom_fields_setup(self) -> "CustomerContactCustomFieldsSetup":
        """The operations tagged customer_contact_custom_fields_setup (`simpro_client.api.customer_contact_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contact_custom_fields_setup import CustomerContactCustomFieldsSetup

        return CustomerContactCustomFieldsSetup(self)

    @property
    def customer_contacts(self) -> "CustomerContacts":
        """The operations tagged customer_contacts (`simpro_client.api.customer_contacts`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contacts import CustomerContacts

        return CustomerContacts(self)

    @property
    def customer_contract_custom_fields(self) -> "CustomerContractCustomFields":
        """The operations tagged customer_contract_custom_fields (`simpro_client.api.customer_contract_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contract_custom_fields import CustomerContractCustomFields

        return CustomerContractCustomFields(self)

    @property
    def customer_contract_custom_fields_setup(self) -> "CustomerContractCustomFieldsSetup":
        """The operations tagged customer_contract_custom_fields_setup (`simpro_client.api.customer_contract_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contract_custom_fields_setup import CustomerContractCustomFieldsSetup

        return CustomerContractCustomFieldsSetup(self)

    @property
    def customer_contract_inflation(self) -> "CustomerContractInflation":
        """The operations tagged customer_contract_inflation (`simpro_client.api.customer_contract_inflation`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contract_inflation import CustomerContractInflation

        return CustomerContractInflation(self)

    @property
    def customer_contract_labor_rates(self) -> "CustomerContractLaborRates":
        """The operations tagged customer_contract_labor_rates (`simpro_client.api.customer_contract_labor_rates`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contract_labor_rates import CustomerContractLaborRates

        return CustomerContractLaborRates(self)

    @property
    def customer_contract_search(self) -> "CustomerContractSearch":
        """The operations tagged customer_contract_search (`simpro_client.api.customer_contract_search`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contract_search import CustomerContractSearch

        return CustomerContractSearch(self)

    @property
    def customer_contract_service_level_asset_types(self) -> "CustomerContractServiceLevelAssetTypes":
        """The operations tagged customer_contract_service_level_asset_types (`simpro_client.api.customer_contract_service_level_asset_types`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contract_service_level_asset_types import CustomerContractServiceLevelAssetTypes

        return CustomerContractServiceLevelAssetTypes(self)

    @property
    def customer_contract_service_levels(self) -> "CustomerContractServiceLevels":
        """The operations tagged customer_contract_service_levels (`simpro_client.api.customer_contract_service_levels`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contract_service_levels import CustomerContractServiceLevels

        return CustomerContractServiceLevels(self)

    @property
    def customer_contracts(self) -> "CustomerContracts":
        """The operations tagged customer_contracts (`simpro_client.api.customer_contracts`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_contracts import CustomerContracts

        return CustomerContracts(self)

    @property
    def customer_custom_fields(self) -> "CustomerCustomFields":
        """The operations tagged customer_custom_fields (`simpro_client.api.customer_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_custom_fields import CustomerCustomFields

        return CustomerCustomFields(self)

    @property
    def customer_custom_fields_setup(self) -> "CustomerCustomFieldsSetup":
        """The operations tagged customer_custom_fields_setup (`simpro_client.api.customer_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_custom_fields_setup import CustomerCustomFieldsSetup

        return CustomerCustomFieldsSetup(self)

    @property
    def customer_groups(self) -> "CustomerGroups":
        """The operations tagged customer_groups (`simpro_client.api.customer_groups`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_groups import CustomerGroups

        return CustomerGroups(self)

    @property
    def customer_invoice_logs(self) -> "CustomerInvoiceLogs":
        """The operations tagged customer_invoice_logs (`simpro_client.api.customer_invoice_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_invoice_logs import CustomerInvoiceLogs

        return CustomerInvoiceLogs(self)

    @property
    def customer_invoice_status_codes(self) -> "CustomerInvoiceStatusCodes":
        """The operations tagged customer_invoice_status_codes (`simpro_client.api.customer_invoice_status_codes`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_invoice_status_codes import CustomerInvoiceStatusCodes

        return CustomerInvoiceStatusCodes(self)

    @property
    def customer_invoices(self) -> "CustomerInvoices":
        """The operations tagged customer_invoices (`simpro_client.api.customer_invoices`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_invoices import CustomerInvoices

        return CustomerInvoices(self)

    @property
    def customer_labor_rates(self) -> "CustomerLaborRates":
        """The operations tagged customer_labor_rates (`simpro_client.api.customer_labor_rates`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_labor_rates import CustomerLaborRates

        return CustomerLaborRates(self)

    @property
    def customer_logs(self) -> "CustomerLogs":
        """The operations tagged customer_logs (`simpro_client.api.customer_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_logs import CustomerLogs

        return CustomerLogs(self)

    @property
    def customer_notes(self) -> "CustomerNotes":
        """The operations tagged customer_notes (`simpro_client.api.customer_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_notes import CustomerNotes

        return CustomerNotes(self)

    @property
    def customer_payments(self) -> "CustomerPayments":
        """The operations tagged customer_payments (`simpro_client.api.customer_payments`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_payments import CustomerPayments

        return CustomerPayments(self)

    @property
    def customer_profiles(self) -> "CustomerProfiles":
        """The operations tagged customer_profiles (`simpro_client.api.customer_profiles`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_profiles import CustomerProfiles

        return CustomerProfiles(self)

    @property
    def customer_response_times(self) -> "CustomerResponseTimes":
        """The operations tagged customer_response_times (`simpro_client.api.customer_response_times`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_response_times import CustomerResponseTimes

        return CustomerResponseTimes(self)

    @property
    def customer_tags(self) -> "CustomerTags":
        """The operations tagged customer_tags (`simpro_client.api.customer_tags`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_tags import CustomerTags

        return CustomerTags(self)

    @property
    def customer_tasks(self) -> "CustomerTasks":
        """The operations tagged customer_tasks (`simpro_client.api.customer_tasks`)."""
        # imported on first use, so that a big API loads fast
        from .api.customer_tasks import CustomerTasks

        return CustomerTasks(self)

    @property
    def customers(self) -> "Customers":
        """The operations tagged customers (`simpro_client.api.customers`)."""
        # imported on first use, so that a big API loads fast
        from .api.customers import Customers

        return Customers(self)

    @property
    def data_feed_events(self) -> "DataFeedEvents":
        """The operations tagged data_feed_events (`simpro_client.api.data_feed_events`)."""
        # imported on first use, so that a big API loads fast
        from .api.data_feed_events import DataFeedEvents

        return DataFeedEvents(self)

    @property
    def employee_attachment_folders(self) -> "EmployeeAttachmentFolders":
        """The operations tagged employee_attachment_folders (`simpro_client.api.employee_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.employee_attachment_folders import EmployeeAttachmentFolders

        return EmployeeAttachmentFolders(self)

    @property
    def employee_attachments(self) -> "EmployeeAttachments":
        """The operations tagged employee_attachments (`simpro_client.api.employee_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.employee_attachments import EmployeeAttachments

        return EmployeeAttachments(self)

    @property
    def employee_custom_fields(self) -> "EmployeeCustomFields":
        """The operations tagged employee_custom_fields (`simpro_client.api.employee_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.employee_custom_fields import EmployeeCustomFields

        return EmployeeCustomFields(self)

    @property
    def employee_custom_fields_setup(self) -> "EmployeeCustomFieldsSetup":
        """The operations tagged employee_custom_fields_setup (`simpro_client.api.employee_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.employee_custom_fields_setup import EmployeeCustomFieldsSetup

        return EmployeeCustomFieldsSetup(self)

    @property
    def employee_licence_attachments(self) -> "EmployeeLicenceAttachments":
        """The operations tagged employee_licence_attachments (`simpro_client.api.employee_licence_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.employee_licence_attachments import EmployeeLicenceAttachments

        return EmployeeLicenceAttachments(self)

    @property
    def employee_licences(self) -> "EmployeeLicences":
        """The operations tagged employee_licences (`simpro_client.api.employee_licences`)."""
        # imported on first use, so that a big API loads fast
        from .api.employee_licences import EmployeeLicences

        return EmployeeLicences(self)

    @property
    def employee_timesheets(self) -> "EmployeeTimesheets":
        """The operations tagged employee_timesheets (`simpro_client.api.employee_timesheets`)."""
        # imported on first use, so that a big API loads fast
        from .api.employee_timesheets import EmployeeTimesheets

        return EmployeeTimesheets(self)

    @property
    def employees(self) -> "Employees":
        """The operations tagged employees (`simpro_client.api.employees`)."""
        # imported on first use, so that a big API loads fast
        from .api.employees import Employees

        return Employees(self)

    @property
    def failure_points(self) -> "FailurePoints":
        """The operations tagged failure_points (`simpro_client.api.failure_points`)."""
        # imported on first use, so that a big API loads fast
        from .api.failure_points import FailurePoints

        return FailurePoints(self)

    @property
    def fit_times(self) -> "FitTimes":
        """The operations tagged fit_times (`simpro_client.api.fit_times`)."""
        # imported on first use, so that a big API loads fast
        from .api.fit_times import FitTimes

        return FitTimes(self)

    @property
    def info(self) -> "Info":
        """The operations tagged info (`simpro_client.api.info`)."""
        # imported on first use, so that a big API loads fast
        from .api.info import Info

        return Info(self)

    @property
    def inventory_journals(self) -> "InventoryJournals":
        """The operations tagged inventory_journals (`simpro_client.api.inventory_journals`)."""
        # imported on first use, so that a big API loads fast
        from .api.inventory_journals import InventoryJournals

        return InventoryJournals(self)

    @property
    def invoice_cost_centers(self) -> "InvoiceCostCenters":
        """The operations tagged invoice_cost_centers (`simpro_client.api.invoice_cost_centers`)."""
        # imported on first use, so that a big API loads fast
        from .api.invoice_cost_centers import InvoiceCostCenters

        return InvoiceCostCenters(self)

    @property
    def invoice_credit_note_custom_fields(self) -> "InvoiceCreditNoteCustomFields":
        """The operations tagged invoice_credit_note_custom_fields (`simpro_client.api.invoice_credit_note_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.invoice_credit_note_custom_fields import InvoiceCreditNoteCustomFields

        return InvoiceCreditNoteCustomFields(self)

    @property
    def invoice_credit_notes(self) -> "InvoiceCreditNotes":
        """The operations tagged invoice_credit_notes (`simpro_client.api.invoice_credit_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.invoice_credit_notes import InvoiceCreditNotes

        return InvoiceCreditNotes(self)

    @property
    def invoice_custom_fields(self) -> "InvoiceCustomFields":
        """The operations tagged invoice_custom_fields (`simpro_client.api.invoice_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.invoice_custom_fields import InvoiceCustomFields

        return InvoiceCustomFields(self)

    @property
    def invoice_custom_fields_setup(self) -> "InvoiceCustomFieldsSetup":
        """The operations tagged invoice_custom_fields_setup (`simpro_client.api.invoice_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.invoice_custom_fields_setup import InvoiceCustomFieldsSetup

        return InvoiceCustomFieldsSetup(self)

    @property
    def invoice_notes(self) -> "InvoiceNotes":
        """The operations tagged invoice_notes (`simpro_client.api.invoice_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.invoice_notes import InvoiceNotes

        return InvoiceNotes(self)

    @property
    def invoices(self) -> "Invoices":
        """The operations tagged invoices (`simpro_client.api.invoices`)."""
        # imported on first use, so that a big API loads fast
        from .api.invoices import Invoices

        return Invoices(self)

    @property
    def job_attachment_folders(self) -> "JobAttachmentFolders":
        """The operations tagged job_attachment_folders (`simpro_client.api.job_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_attachment_folders import JobAttachmentFolders

        return JobAttachmentFolders(self)

    @property
    def job_attachments(self) -> "JobAttachments":
        """The operations tagged job_attachments (`simpro_client.api.job_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_attachments import JobAttachments

        return JobAttachments(self)

    @property
    def job_contractor_job_custom_fields(self) -> "JobContractorJobCustomFields":
        """The operations tagged job_contractor_job_custom_fields (`simpro_client.api.job_contractor_job_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_contractor_job_custom_fields import JobContractorJobCustomFields

        return JobContractorJobCustomFields(self)

    @property
    def job_contractor_jobs(self) -> "JobContractorJobs":
        """The operations tagged job_contractor_jobs (`simpro_client.api.job_contractor_jobs`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_contractor_jobs import JobContractorJobs

        return JobContractorJobs(self)

    @property
    def job_cost_center_assets(self) -> "JobCostCenterAssets":
        """The operations tagged job_cost_center_assets (`simpro_client.api.job_cost_center_assets`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_assets import JobCostCenterAssets

        return JobCostCenterAssets(self)

    @property
    def job_cost_center_catalog_items(self) -> "JobCostCenterCatalogItems":
        """The operations tagged job_cost_center_catalog_items (`simpro_client.api.job_cost_center_catalog_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_catalog_items import JobCostCenterCatalogItems

        return JobCostCenterCatalogItems(self)

    @property
    def job_cost_center_labor_items(self) -> "JobCostCenterLaborItems":
        """The operations tagged job_cost_center_labor_items (`simpro_client.api.job_cost_center_labor_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_labor_items import JobCostCenterLaborItems

        return JobCostCenterLaborItems(self)

    @property
    def job_cost_center_locks(self) -> "JobCostCenterLocks":
        """The operations tagged job_cost_center_locks (`simpro_client.api.job_cost_center_locks`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_locks import JobCostCenterLocks

        return JobCostCenterLocks(self)

    @property
    def job_cost_center_one_off_items(self) -> "JobCostCenterOneOffItems":
        """The operations tagged job_cost_center_one_off_items (`simpro_client.api.job_cost_center_one_off_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_one_off_items import JobCostCenterOneOffItems

        return JobCostCenterOneOffItems(self)

    @property
    def job_cost_center_prebuild_items(self) -> "JobCostCenterPrebuildItems":
        """The operations tagged job_cost_center_prebuild_items (`simpro_client.api.job_cost_center_prebuild_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_prebuild_items import JobCostCenterPrebuildItems

        return JobCostCenterPrebuildItems(self)

    @property
    def job_cost_center_schedules(self) -> "JobCostCenterSchedules":
        """The operations tagged job_cost_center_schedules (`simpro_client.api.job_cost_center_schedules`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_schedules import JobCostCenterSchedules

        return JobCostCenterSchedules(self)

    @property
    def job_cost_center_service_fees(self) -> "JobCostCenterServiceFees":
        """The operations tagged job_cost_center_service_fees (`simpro_client.api.job_cost_center_service_fees`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_service_fees import JobCostCenterServiceFees

        return JobCostCenterServiceFees(self)

    @property
    def job_cost_center_stock_items(self) -> "JobCostCenterStockItems":
        """The operations tagged job_cost_center_stock_items (`simpro_client.api.job_cost_center_stock_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_stock_items import JobCostCenterStockItems

        return JobCostCenterStockItems(self)

    @property
    def job_cost_center_tasks(self) -> "JobCostCenterTasks":
        """The operations tagged job_cost_center_tasks (`simpro_client.api.job_cost_center_tasks`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_tasks import JobCostCenterTasks

        return JobCostCenterTasks(self)

    @property
    def job_cost_center_work_order_asset_test_result_attachments(
        self,
    ) -> "JobCostCenterWorkOrderAssetTestResultAttachments":
        """The operations tagged job_cost_center_work_order_asset_test_result_attachments (`simpro_client.api.job_cost_center_work_order_asset_test_result_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_work_order_asset_test_result_attachments import (
            JobCostCenterWorkOrderAssetTestResultAttachments,
        )

        return JobCostCenterWorkOrderAssetTestResultAttachments(self)

    @property
    def job_cost_center_work_order_assets(self) -> "JobCostCenterWorkOrderAssets":
        """The operations tagged job_cost_center_work_order_assets (`simpro_client.api.job_cost_center_work_order_assets`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_work_order_assets import JobCostCenterWorkOrderAssets

        return JobCostCenterWorkOrderAssets(self)

    @property
    def job_cost_center_work_order_custom_fields(self) -> "JobCostCenterWorkOrderCustomFields":
        """The operations tagged job_cost_center_work_order_custom_fields (`simpro_client.api.job_cost_center_work_order_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_work_order_custom_fields import JobCostCenterWorkOrderCustomFields

        return JobCostCenterWorkOrderCustomFields(self)

    @property
    def job_cost_center_work_order_mobile_signatures(self) -> "JobCostCenterWorkOrderMobileSignatures":
        """The operations tagged job_cost_center_work_order_mobile_signatures (`simpro_client.api.job_cost_center_work_order_mobile_signatures`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_work_order_mobile_signatures import JobCostCenterWorkOrderMobileSignatures

        return JobCostCenterWorkOrderMobileSignatures(self)

    @property
    def job_cost_center_work_orders(self) -> "JobCostCenterWorkOrders":
        """The operations tagged job_cost_center_work_orders (`simpro_client.api.job_cost_center_work_orders`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_center_work_orders import JobCostCenterWorkOrders

        return JobCostCenterWorkOrders(self)

    @property
    def job_cost_centers(self) -> "JobCostCenters":
        """The operations tagged job_cost_centers (`simpro_client.api.job_cost_centers`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_cost_centers import JobCostCenters

        return JobCostCenters(self)

    @property
    def job_custom_fields(self) -> "JobCustomFields":
        """The operations tagged job_custom_fields (`simpro_client.api.job_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_custom_fields import JobCustomFields

        return JobCustomFields(self)

    @property
    def job_invoice_custom_fields(self) -> "JobInvoiceCustomFields":
        """The operations tagged job_invoice_custom_fields (`simpro_client.api.job_invoice_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_invoice_custom_fields import JobInvoiceCustomFields

        return JobInvoiceCustomFields(self)

    @property
    def job_invoices(self) -> "JobInvoices":
        """The operations tagged job_invoices (`simpro_client.api.job_invoices`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_invoices import JobInvoices

        return JobInvoices(self)

    @property
    def job_lock(self) -> "JobLock":
        """The operations tagged job_lock (`simpro_client.api.job_lock`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_lock import JobLock

        return JobLock(self)

    @property
    def job_logs(self) -> "JobLogs":
        """The operations tagged job_logs (`simpro_client.api.job_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_logs import JobLogs

        return JobLogs(self)

    @property
    def job_notes(self) -> "JobNotes":
        """The operations tagged job_notes (`simpro_client.api.job_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_notes import JobNotes

        return JobNotes(self)

    @property
    def job_sections(self) -> "JobSections":
        """The operations tagged job_sections (`simpro_client.api.job_sections`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_sections import JobSections

        return JobSections(self)

    @property
    def job_tasks(self) -> "JobTasks":
        """The operations tagged job_tasks (`simpro_client.api.job_tasks`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_tasks import JobTasks

        return JobTasks(self)

    @property
    def job_timelines(self) -> "JobTimelines":
        """The operations tagged job_timelines (`simpro_client.api.job_timelines`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_timelines import JobTimelines

        return JobTimelines(self)

    @property
    def job_work_orders(self) -> "JobWorkOrders":
        """The operations tagged job_work_orders (`simpro_client.api.job_work_orders`)."""
        # imported on first use, so that a big API loads fast
        from .api.job_work_orders import JobWorkOrders

        return JobWorkOrders(self)

    @property
    def jobs(self) -> "Jobs":
        """The operations tagged jobs (`simpro_client.api.jobs`)."""
        # imported on first use, so that a big API loads fast
        from .api.jobs import Jobs

        return Jobs(self)

    @property
    def journals(self) -> "Journals":
        """The operations tagged journals (`simpro_client.api.journals`)."""
        # imported on first use, so that a big API loads fast
        from .api.journals import Journals

        return Journals(self)

    @property
    def labor_rate_overhead(self) -> "LaborRateOverhead":
        """The operations tagged labor_rate_overhead (`simpro_client.api.labor_rate_overhead`)."""
        # imported on first use, so that a big API loads fast
        from .api.labor_rate_overhead import LaborRateOverhead

        return LaborRateOverhead(self)

    @property
    def labor_rates(self) -> "LaborRates":
        """The operations tagged labor_rates (`simpro_client.api.labor_rates`)."""
        # imported on first use, so that a big API loads fast
        from .api.labor_rates import LaborRates

        return LaborRates(self)

    @property
    def lead_attachment_folders(self) -> "LeadAttachmentFolders":
        """The operations tagged lead_attachment_folders (`simpro_client.api.lead_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.lead_attachment_folders import LeadAttachmentFolders

        return LeadAttachmentFolders(self)

    @property
    def lead_attachments(self) -> "LeadAttachments":
        """The operations tagged lead_attachments (`simpro_client.api.lead_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.lead_attachments import LeadAttachments

        return LeadAttachments(self)

    @property
    def lead_custom_fields(self) -> "LeadCustomFields":
        """The operations tagged lead_custom_fields (`simpro_client.api.lead_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.lead_custom_fields import LeadCustomFields

        return LeadCustomFields(self)

    @property
    def lead_schedules(self) -> "LeadSchedules":
        """The operations tagged lead_schedules (`simpro_client.api.lead_schedules`)."""
        # imported on first use, so that a big API loads fast
        from .api.lead_schedules import LeadSchedules

        return LeadSchedules(self)

    @property
    def leads(self) -> "Leads":
        """The operations tagged leads (`simpro_client.api.leads`)."""
        # imported on first use, so that a big API loads fast
        from .api.leads import Leads

        return Leads(self)

    @property
    def merge_catalogs(self) -> "MergeCatalogs":
        """The operations tagged merge_catalogs (`simpro_client.api.merge_catalogs`)."""
        # imported on first use, so that a big API loads fast
        from .api.merge_catalogs import MergeCatalogs

        return MergeCatalogs(self)

    @property
    def mobile_status_logs(self) -> "MobileStatusLogs":
        """The operations tagged mobile_status_logs (`simpro_client.api.mobile_status_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.mobile_status_logs import MobileStatusLogs

        return MobileStatusLogs(self)

    @property
    def notes(self) -> "Notes":
        """The operations tagged notes (`simpro_client.api.notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.notes import Notes

        return Notes(self)

    @property
    def payable_contacts(self) -> "PayableContacts":
        """The operations tagged payable_contacts (`simpro_client.api.payable_contacts`)."""
        # imported on first use, so that a big API loads fast
        from .api.payable_contacts import PayableContacts

        return PayableContacts(self)

    @property
    def payable_invoices(self) -> "PayableInvoices":
        """The operations tagged payable_invoices (`simpro_client.api.payable_invoices`)."""
        # imported on first use, so that a big API loads fast
        from .api.payable_invoices import PayableInvoices

        return PayableInvoices(self)

    @property
    def payment_methods(self) -> "PaymentMethods":
        """The operations tagged payment_methods (`simpro_client.api.payment_methods`)."""
        # imported on first use, so that a big API loads fast
        from .api.payment_methods import PaymentMethods

        return PaymentMethods(self)

    @property
    def payment_terms(self) -> "PaymentTerms":
        """The operations tagged payment_terms (`simpro_client.api.payment_terms`)."""
        # imported on first use, so that a big API loads fast
        from .api.payment_terms import PaymentTerms

        return PaymentTerms(self)

    @property
    def plant_and_equipment(self) -> "PlantAndEquipment":
        """The operations tagged plant_and_equipment (`simpro_client.api.plant_and_equipment`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_and_equipment import PlantAndEquipment

        return PlantAndEquipment(self)

    @property
    def plant_and_equipment_attachment_folders(self) -> "PlantAndEquipmentAttachmentFolders":
        """The operations tagged plant_and_equipment_attachment_folders (`simpro_client.api.plant_and_equipment_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_and_equipment_attachment_folders import PlantAndEquipmentAttachmentFolders

        return PlantAndEquipmentAttachmentFolders(self)

    @property
    def plant_and_equipment_attachments(self) -> "PlantAndEquipmentAttachments":
        """The operations tagged plant_and_equipment_attachments (`simpro_client.api.plant_and_equipment_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_and_equipment_attachments import PlantAndEquipmentAttachments

        return PlantAndEquipmentAttachments(self)

    @property
    def plant_and_equipment_custom_fields(self) -> "PlantAndEquipmentCustomFields":
        """The operations tagged plant_and_equipment_custom_fields (`simpro_client.api.plant_and_equipment_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_and_equipment_custom_fields import PlantAndEquipmentCustomFields

        return PlantAndEquipmentCustomFields(self)

    @property
    def plant_and_equipment_services(self) -> "PlantAndEquipmentServices":
        """The operations tagged plant_and_equipment_services (`simpro_client.api.plant_and_equipment_services`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_and_equipment_services import PlantAndEquipmentServices

        return PlantAndEquipmentServices(self)

    @property
    def plant_rates(self) -> "PlantRates":
        """The operations tagged plant_rates (`simpro_client.api.plant_rates`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_rates import PlantRates

        return PlantRates(self)

    @property
    def plant_type_custom_fields(self) -> "PlantTypeCustomFields":
        """The operations tagged plant_type_custom_fields (`simpro_client.api.plant_type_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_type_custom_fields import PlantTypeCustomFields

        return PlantTypeCustomFields(self)

    @property
    def plant_types(self) -> "PlantTypes":
        """The operations tagged plant_types (`simpro_client.api.plant_types`)."""
        # imported on first use, so that a big API loads fast
        from .api.plant_types import PlantTypes

        return PlantTypes(self)

    @property
    def prebuild_attachment_folders(self) -> "PrebuildAttachmentFolders":
        """The operations tagged prebuild_attachment_folders (`simpro_client.api.prebuild_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.prebuild_attachment_folders import PrebuildAttachmentFolders

        return PrebuildAttachmentFolders(self)

    @property
    def prebuild_attachments(self) -> "PrebuildAttachments":
        """The operations tagged prebuild_attachments (`simpro_client.api.prebuild_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.prebuild_attachments import PrebuildAttachments

        return PrebuildAttachments(self)

    @property
    def prebuild_catalogs(self) -> "PrebuildCatalogs":
        """The operations tagged prebuild_catalogs (`simpro_client.api.prebuild_catalogs`)."""
        # imported on first use, so that a big API loads fast
        from .api.prebuild_catalogs import PrebuildCatalogs

        return PrebuildCatalogs(self)

    @property
    def prebuild_custom_fields(self) -> "PrebuildCustomFields":
        """The operations tagged prebuild_custom_fields (`simpro_client.api.prebuild_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.prebuild_custom_fields import PrebuildCustomFields

        return PrebuildCustomFields(self)

    @property
    def prebuild_groups(self) -> "PrebuildGroups":
        """The operations tagged prebuild_groups (`simpro_client.api.prebuild_groups`)."""
        # imported on first use, so that a big API loads fast
        from .api.prebuild_groups import PrebuildGroups

        return PrebuildGroups(self)

    @property
    def prebuild_item_custom_fields_setup(self) -> "PrebuildItemCustomFieldsSetup":
        """The operations tagged prebuild_item_custom_fields_setup (`simpro_client.api.prebuild_item_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.prebuild_item_custom_fields_setup import PrebuildItemCustomFieldsSetup

        return PrebuildItemCustomFieldsSetup(self)

    @property
    def prebuilds(self) -> "Prebuilds":
        """The operations tagged prebuilds (`simpro_client.api.prebuilds`)."""
        # imported on first use, so that a big API loads fast
        from .api.prebuilds import Prebuilds

        return Prebuilds(self)

    @property
    def pricing_tiers(self) -> "PricingTiers":
        """The operations tagged pricing_tiers (`simpro_client.api.pricing_tiers`)."""
        # imported on first use, so that a big API loads fast
        from .api.pricing_tiers import PricingTiers

        return PricingTiers(self)

    @property
    def project_custom_fields_setup(self) -> "ProjectCustomFieldsSetup":
        """The operations tagged project_custom_fields_setup (`simpro_client.api.project_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.project_custom_fields_setup import ProjectCustomFieldsSetup

        return ProjectCustomFieldsSetup(self)

    @property
    def project_status_codes(self) -> "ProjectStatusCodes":
        """The operations tagged project_status_codes (`simpro_client.api.project_status_codes`)."""
        # imported on first use, so that a big API loads fast
        from .api.project_status_codes import ProjectStatusCodes

        return ProjectStatusCodes(self)

    @property
    def project_tags(self) -> "ProjectTags":
        """The operations tagged project_tags (`simpro_client.api.project_tags`)."""
        # imported on first use, so that a big API loads fast
        from .api.project_tags import ProjectTags

        return ProjectTags(self)

    @property
    def purchasing_stages(self) -> "PurchasingStages":
        """The operations tagged purchasing_stages (`simpro_client.api.purchasing_stages`)."""
        # imported on first use, so that a big API loads fast
        from .api.purchasing_stages import PurchasingStages

        return PurchasingStages(self)

    @property
    def quote_archive_reasons(self) -> "QuoteArchiveReasons":
        """The operations tagged quote_archive_reasons (`simpro_client.api.quote_archive_reasons`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_archive_reasons import QuoteArchiveReasons

        return QuoteArchiveReasons(self)

    @property
    def quote_attachment_folders(self) -> "QuoteAttachmentFolders":
        """The operations tagged quote_attachment_folders (`simpro_client.api.quote_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_attachment_folders import QuoteAttachmentFolders

        return QuoteAttachmentFolders(self)

    @property
    def quote_attachments(self) -> "QuoteAttachments":
        """The operations tagged quote_attachments (`simpro_client.api.quote_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_attachments import QuoteAttachments

        return QuoteAttachments(self)

    @property
    def quote_contractor_job_attachment_folders(self) -> "QuoteContractorJobAttachmentFolders":
        """The operations tagged quote_contractor_job_attachment_folders (`simpro_client.api.quote_contractor_job_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_contractor_job_attachment_folders import QuoteContractorJobAttachmentFolders

        return QuoteContractorJobAttachmentFolders(self)

    @property
    def quote_contractor_job_attachments(self) -> "QuoteContractorJobAttachments":
        """The operations tagged quote_contractor_job_attachments (`simpro_client.api.quote_contractor_job_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_contractor_job_attachments import QuoteContractorJobAttachments

        return QuoteContractorJobAttachments(self)

    @property
    def quote_contractor_job_custom_fields(self) -> "QuoteContractorJobCustomFields":
        """The operations tagged quote_contractor_job_custom_fields (`simpro_client.api.quote_contractor_job_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_contractor_job_custom_fields import QuoteContractorJobCustomFields

        return QuoteContractorJobCustomFields(self)

    @property
    def quote_contractor_jobs(self) -> "QuoteContractorJobs":
        """The operations tagged quote_contractor_jobs (`simpro_client.api.quote_contractor_jobs`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_contractor_jobs import QuoteContractorJobs

        return QuoteContractorJobs(self)

    @property
    def quote_cost_center_assets(self) -> "QuoteCostCenterAssets":
        """The operations tagged quote_cost_center_assets (`simpro_client.api.quote_cost_center_assets`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_assets import QuoteCostCenterAssets

        return QuoteCostCenterAssets(self)

    @property
    def quote_cost_center_catalog_items(self) -> "QuoteCostCenterCatalogItems":
        """The operations tagged quote_cost_center_catalog_items (`simpro_client.api.quote_cost_center_catalog_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_catalog_items import QuoteCostCenterCatalogItems

        return QuoteCostCenterCatalogItems(self)

    @property
    def quote_cost_center_labor_items(self) -> "QuoteCostCenterLaborItems":
        """The operations tagged quote_cost_center_labor_items (`simpro_client.api.quote_cost_center_labor_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_labor_items import QuoteCostCenterLaborItems

        return QuoteCostCenterLaborItems(self)

    @property
    def quote_cost_center_one_off_items(self) -> "QuoteCostCenterOneOffItems":
        """The operations tagged quote_cost_center_one_off_items (`simpro_client.api.quote_cost_center_one_off_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_one_off_items import QuoteCostCenterOneOffItems

        return QuoteCostCenterOneOffItems(self)

    @property
    def quote_cost_center_prebuild_items(self) -> "QuoteCostCenterPrebuildItems":
        """The operations tagged quote_cost_center_prebuild_items (`simpro_client.api.quote_cost_center_prebuild_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_prebuild_items import QuoteCostCenterPrebuildItems

        return QuoteCostCenterPrebuildItems(self)

    @property
    def quote_cost_center_schedules(self) -> "QuoteCostCenterSchedules":
        """The operations tagged quote_cost_center_schedules (`simpro_client.api.quote_cost_center_schedules`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_schedules import QuoteCostCenterSchedules

        return QuoteCostCenterSchedules(self)

    @property
    def quote_cost_center_service_fees(self) -> "QuoteCostCenterServiceFees":
        """The operations tagged quote_cost_center_service_fees (`simpro_client.api.quote_cost_center_service_fees`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_service_fees import QuoteCostCenterServiceFees

        return QuoteCostCenterServiceFees(self)

    @property
    def quote_cost_center_tasks(self) -> "QuoteCostCenterTasks":
        """The operations tagged quote_cost_center_tasks (`simpro_client.api.quote_cost_center_tasks`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_tasks import QuoteCostCenterTasks

        return QuoteCostCenterTasks(self)

    @property
    def quote_cost_center_work_orders(self) -> "QuoteCostCenterWorkOrders":
        """The operations tagged quote_cost_center_work_orders (`simpro_client.api.quote_cost_center_work_orders`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_work_orders import QuoteCostCenterWorkOrders

        return QuoteCostCenterWorkOrders(self)

    @property
    def quote_cost_center_work_orders_assets(self) -> "QuoteCostCenterWorkOrdersAssets":
        """The operations tagged quote_cost_center_work_orders_assets (`simpro_client.api.quote_cost_center_work_orders_assets`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_work_orders_assets import QuoteCostCenterWorkOrdersAssets

        return QuoteCostCenterWorkOrdersAssets(self)

    @property
    def quote_cost_center_work_orders_custom_fields(self) -> "QuoteCostCenterWorkOrdersCustomFields":
        """The operations tagged quote_cost_center_work_orders_custom_fields (`simpro_client.api.quote_cost_center_work_orders_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_center_work_orders_custom_fields import QuoteCostCenterWorkOrdersCustomFields

        return QuoteCostCenterWorkOrdersCustomFields(self)

    @property
    def quote_cost_centers(self) -> "QuoteCostCenters":
        """The operations tagged quote_cost_centers (`simpro_client.api.quote_cost_centers`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_cost_centers import QuoteCostCenters

        return QuoteCostCenters(self)

    @property
    def quote_custom_fields(self) -> "QuoteCustomFields":
        """The operations tagged quote_custom_fields (`simpro_client.api.quote_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_custom_fields import QuoteCustomFields

        return QuoteCustomFields(self)

    @property
    def quote_lock(self) -> "QuoteLock":
        """The operations tagged quote_lock (`simpro_client.api.quote_lock`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_lock import QuoteLock

        return QuoteLock(self)

    @property
    def quote_logs(self) -> "QuoteLogs":
        """The operations tagged quote_logs (`simpro_client.api.quote_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_logs import QuoteLogs

        return QuoteLogs(self)

    @property
    def quote_notes(self) -> "QuoteNotes":
        """The operations tagged quote_notes (`simpro_client.api.quote_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_notes import QuoteNotes

        return QuoteNotes(self)

    @property
    def quote_sections(self) -> "QuoteSections":
        """The operations tagged quote_sections (`simpro_client.api.quote_sections`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_sections import QuoteSections

        return QuoteSections(self)

    @property
    def quote_tasks(self) -> "QuoteTasks":
        """The operations tagged quote_tasks (`simpro_client.api.quote_tasks`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_tasks import QuoteTasks

        return QuoteTasks(self)

    @property
    def quote_timelines(self) -> "QuoteTimelines":
        """The operations tagged quote_timelines (`simpro_client.api.quote_timelines`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_timelines import QuoteTimelines

        return QuoteTimelines(self)

    @property
    def quote_work_orders(self) -> "QuoteWorkOrders":
        """The operations tagged quote_work_orders (`simpro_client.api.quote_work_orders`)."""
        # imported on first use, so that a big API loads fast
        from .api.quote_work_orders import QuoteWorkOrders

        return QuoteWorkOrders(self)

    @property
    def quotes(self) -> "Quotes":
        """The operations tagged quotes (`simpro_client.api.quotes`)."""
        # imported on first use, so that a big API loads fast
        from .api.quotes import Quotes

        return Quotes(self)

    @property
    def receivable_contacts(self) -> "ReceivableContacts":
        """The operations tagged receivable_contacts (`simpro_client.api.receivable_contacts`)."""
        # imported on first use, so that a big API loads fast
        from .api.receivable_contacts import ReceivableContacts

        return ReceivableContacts(self)

    @property
    def receivable_invoices(self) -> "ReceivableInvoices":
        """The operations tagged receivable_invoices (`simpro_client.api.receivable_invoices`)."""
        # imported on first use, so that a big API loads fast
        from .api.receivable_invoices import ReceivableInvoices

        return ReceivableInvoices(self)

    @property
    def receivable_payments(self) -> "ReceivablePayments":
        """The operations tagged receivable_payments (`simpro_client.api.receivable_payments`)."""
        # imported on first use, so that a big API loads fast
        from .api.receivable_payments import ReceivablePayments

        return ReceivablePayments(self)

    @property
    def recommendations(self) -> "Recommendations":
        """The operations tagged recommendations (`simpro_client.api.recommendations`)."""
        # imported on first use, so that a big API loads fast
        from .api.recommendations import Recommendations

        return Recommendations(self)

    @property
    def recurring_invoice_attachment_folders(self) -> "RecurringInvoiceAttachmentFolders":
        """The operations tagged recurring_invoice_attachment_folders (`simpro_client.api.recurring_invoice_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_attachment_folders import RecurringInvoiceAttachmentFolders

        return RecurringInvoiceAttachmentFolders(self)

    @property
    def recurring_invoice_attachments(self) -> "RecurringInvoiceAttachments":
        """The operations tagged recurring_invoice_attachments (`simpro_client.api.recurring_invoice_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_attachments import RecurringInvoiceAttachments

        return RecurringInvoiceAttachments(self)

    @property
    def recurring_invoice_cost_center_catalog_items(self) -> "RecurringInvoiceCostCenterCatalogItems":
        """The operations tagged recurring_invoice_cost_center_catalog_items (`simpro_client.api.recurring_invoice_cost_center_catalog_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_cost_center_catalog_items import RecurringInvoiceCostCenterCatalogItems

        return RecurringInvoiceCostCenterCatalogItems(self)

    @property
    def recurring_invoice_cost_center_labor_items(self) -> "RecurringInvoiceCostCenterLaborItems":
        """The operations tagged recurring_invoice_cost_center_labor_items (`simpro_client.api.recurring_invoice_cost_center_labor_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_cost_center_labor_items import RecurringInvoiceCostCenterLaborItems

        return RecurringInvoiceCostCenterLaborItems(self)

    @property
    def recurring_invoice_cost_center_one_off_items(self) -> "RecurringInvoiceCostCenterOneOffItems":
        """The operations tagged recurring_invoice_cost_center_one_off_items (`simpro_client.api.recurring_invoice_cost_center_one_off_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_cost_center_one_off_items import RecurringInvoiceCostCenterOneOffItems

        return RecurringInvoiceCostCenterOneOffItems(self)

    @property
    def recurring_invoice_cost_center_prebuild_items(self) -> "RecurringInvoiceCostCenterPrebuildItems":
        """The operations tagged recurring_invoice_cost_center_prebuild_items (`simpro_client.api.recurring_invoice_cost_center_prebuild_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_cost_center_prebuild_items import RecurringInvoiceCostCenterPrebuildItems

        return RecurringInvoiceCostCenterPrebuildItems(self)

    @property
    def recurring_invoice_cost_center_service_fees(self) -> "RecurringInvoiceCostCenterServiceFees":
        """The operations tagged recurring_invoice_cost_center_service_fees (`simpro_client.api.recurring_invoice_cost_center_service_fees`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_cost_center_service_fees import RecurringInvoiceCostCenterServiceFees

        return RecurringInvoiceCostCenterServiceFees(self)

    @property
    def recurring_invoice_cost_centers(self) -> "RecurringInvoiceCostCenters":
        """The operations tagged recurring_invoice_cost_centers (`simpro_client.api.recurring_invoice_cost_centers`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_cost_centers import RecurringInvoiceCostCenters

        return RecurringInvoiceCostCenters(self)

    @property
    def recurring_invoice_custom_fields(self) -> "RecurringInvoiceCustomFields":
        """The operations tagged recurring_invoice_custom_fields (`simpro_client.api.recurring_invoice_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_custom_fields import RecurringInvoiceCustomFields

        return RecurringInvoiceCustomFields(self)

    @property
    def recurring_invoice_logs(self) -> "RecurringInvoiceLogs":
        """The operations tagged recurring_invoice_logs (`simpro_client.api.recurring_invoice_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_logs import RecurringInvoiceLogs

        return RecurringInvoiceLogs(self)

    @property
    def recurring_invoice_sections(self) -> "RecurringInvoiceSections":
        """The operations tagged recurring_invoice_sections (`simpro_client.api.recurring_invoice_sections`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_sections import RecurringInvoiceSections

        return RecurringInvoiceSections(self)

    @property
    def recurring_invoice_timeline(self) -> "RecurringInvoiceTimeline":
        """The operations tagged recurring_invoice_timeline (`simpro_client.api.recurring_invoice_timeline`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoice_timeline import RecurringInvoiceTimeline

        return RecurringInvoiceTimeline(self)

    @property
    def recurring_invoices(self) -> "RecurringInvoices":
        """The operations tagged recurring_invoices (`simpro_client.api.recurring_invoices`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_invoices import RecurringInvoices

        return RecurringInvoices(self)

    @property
    def recurring_job_attachment_folders(self) -> "RecurringJobAttachmentFolders":
        """The operations tagged recurring_job_attachment_folders (`simpro_client.api.recurring_job_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_attachment_folders import RecurringJobAttachmentFolders

        return RecurringJobAttachmentFolders(self)

    @property
    def recurring_job_attachments(self) -> "RecurringJobAttachments":
        """The operations tagged recurring_job_attachments (`simpro_client.api.recurring_job_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_attachments import RecurringJobAttachments

        return RecurringJobAttachments(self)

    @property
    def recurring_job_cost_center_assets(self) -> "RecurringJobCostCenterAssets":
        """The operations tagged recurring_job_cost_center_assets (`simpro_client.api.recurring_job_cost_center_assets`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_cost_center_assets import RecurringJobCostCenterAssets

        return RecurringJobCostCenterAssets(self)

    @property
    def recurring_job_cost_center_catalogs(self) -> "RecurringJobCostCenterCatalogs":
        """The operations tagged recurring_job_cost_center_catalogs (`simpro_client.api.recurring_job_cost_center_catalogs`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_cost_center_catalogs import RecurringJobCostCenterCatalogs

        return RecurringJobCostCenterCatalogs(self)

    @property
    def recurring_job_cost_center_labors(self) -> "RecurringJobCostCenterLabors":
        """The operations tagged recurring_job_cost_center_labors (`simpro_client.api.recurring_job_cost_center_labors`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_cost_center_labors import RecurringJobCostCenterLabors

        return RecurringJobCostCenterLabors(self)

    @property
    def recurring_job_cost_center_one_offs(self) -> "RecurringJobCostCenterOneOffs":
        """The operations tagged recurring_job_cost_center_one_offs (`simpro_client.api.recurring_job_cost_center_one_offs`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_cost_center_one_offs import RecurringJobCostCenterOneOffs

        return RecurringJobCostCenterOneOffs(self)

    @property
    def recurring_job_cost_center_prebuilds(self) -> "RecurringJobCostCenterPrebuilds":
        """The operations tagged recurring_job_cost_center_prebuilds (`simpro_client.api.recurring_job_cost_center_prebuilds`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_cost_center_prebuilds import RecurringJobCostCenterPrebuilds

        return RecurringJobCostCenterPrebuilds(self)

    @property
    def recurring_job_cost_center_service_fees(self) -> "RecurringJobCostCenterServiceFees":
        """The operations tagged recurring_job_cost_center_service_fees (`simpro_client.api.recurring_job_cost_center_service_fees`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_cost_center_service_fees import RecurringJobCostCenterServiceFees

        return RecurringJobCostCenterServiceFees(self)

    @property
    def recurring_job_cost_centers(self) -> "RecurringJobCostCenters":
        """The operations tagged recurring_job_cost_centers (`simpro_client.api.recurring_job_cost_centers`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_cost_centers import RecurringJobCostCenters

        return RecurringJobCostCenters(self)

    @property
    def recurring_job_custom_fields(self) -> "RecurringJobCustomFields":
        """The operations tagged recurring_job_custom_fields (`simpro_client.api.recurring_job_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_custom_fields import RecurringJobCustomFields

        return RecurringJobCustomFields(self)

    @property
    def recurring_job_notes(self) -> "RecurringJobNotes":
        """The operations tagged recurring_job_notes (`simpro_client.api.recurring_job_notes`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_notes import RecurringJobNotes

        return RecurringJobNotes(self)

    @property
    def recurring_job_sections(self) -> "RecurringJobSections":
        """The operations tagged recurring_job_sections (`simpro_client.api.recurring_job_sections`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_sections import RecurringJobSections

        return RecurringJobSections(self)

    @property
    def recurring_job_timelines(self) -> "RecurringJobTimelines":
        """The operations tagged recurring_job_timelines (`simpro_client.api.recurring_job_timelines`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_job_timelines import RecurringJobTimelines

        return RecurringJobTimelines(self)

    @property
    def recurring_jobs(self) -> "RecurringJobs":
        """The operations tagged recurring_jobs (`simpro_client.api.recurring_jobs`)."""
        # imported on first use, so that a big API loads fast
        from .api.recurring_jobs import RecurringJobs

        return RecurringJobs(self)

    @property
    def response_times(self) -> "ResponseTimes":
        """The operations tagged response_times (`simpro_client.api.response_times`)."""
        # imported on first use, so that a big API loads fast
        from .api.response_times import ResponseTimes

        return ResponseTimes(self)

    @property
    def retainages(self) -> "Retainages":
        """The operations tagged retainages (`simpro_client.api.retainages`)."""
        # imported on first use, so that a big API loads fast
        from .api.retainages import Retainages

        return Retainages(self)

    @property
    def schedule_logs(self) -> "ScheduleLogs":
        """The operations tagged schedule_logs (`simpro_client.api.schedule_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.schedule_logs import ScheduleLogs

        return ScheduleLogs(self)

    @property
    def schedule_rates(self) -> "ScheduleRates":
        """The operations tagged schedule_rates (`simpro_client.api.schedule_rates`)."""
        # imported on first use, so that a big API loads fast
        from .api.schedule_rates import ScheduleRates

        return ScheduleRates(self)

    @property
    def schedules(self) -> "Schedules":
        """The operations tagged schedules (`simpro_client.api.schedules`)."""
        # imported on first use, so that a big API loads fast
        from .api.schedules import Schedules

        return Schedules(self)

    @property
    def security_groups(self) -> "SecurityGroups":
        """The operations tagged security_groups (`simpro_client.api.security_groups`)."""
        # imported on first use, so that a big API loads fast
        from .api.security_groups import SecurityGroups

        return SecurityGroups(self)

    @property
    def service_fees(self) -> "ServiceFees":
        """The operations tagged service_fees (`simpro_client.api.service_fees`)."""
        # imported on first use, so that a big API loads fast
        from .api.service_fees import ServiceFees

        return ServiceFees(self)

    @property
    def service_levels(self) -> "ServiceLevels":
        """The operations tagged service_levels (`simpro_client.api.service_levels`)."""
        # imported on first use, so that a big API loads fast
        from .api.service_levels import ServiceLevels

        return ServiceLevels(self)

    @property
    def single_tax_codes(self) -> "SingleTaxCodes":
        """The operations tagged single_tax_codes (`simpro_client.api.single_tax_codes`)."""
        # imported on first use, so that a big API loads fast
        from .api.single_tax_codes import SingleTaxCodes

        return SingleTaxCodes(self)

    @property
    def site_attachment_folders(self) -> "SiteAttachmentFolders":
        """The operations tagged site_attachment_folders (`simpro_client.api.site_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_attachment_folders import SiteAttachmentFolders

        return SiteAttachmentFolders(self)

    @property
    def site_attachments(self) -> "SiteAttachments":
        """The operations tagged site_attachments (`simpro_client.api.site_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_attachments import SiteAttachments

        return SiteAttachments(self)

    @property
    def site_contact_custom_fields(self) -> "SiteContactCustomFields":
        """The operations tagged site_contact_custom_fields (`simpro_client.api.site_contact_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_contact_custom_fields import SiteContactCustomFields

        return SiteContactCustomFields(self)

    @property
    def site_contact_custom_fields_setup(self) -> "SiteContactCustomFieldsSetup":
        """The operations tagged site_contact_custom_fields_setup (`simpro_client.api.site_contact_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_contact_custom_fields_setup import SiteContactCustomFieldsSetup

        return SiteContactCustomFieldsSetup(self)

    @property
    def site_contacts(self) -> "SiteContacts":
        """The operations tagged site_contacts (`simpro_client.api.site_contacts`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_contacts import SiteContacts

        return SiteContacts(self)

    @property
    def site_custom_fields(self) -> "SiteCustomFields":
        """The operations tagged site_custom_fields (`simpro_client.api.site_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_custom_fields import SiteCustomFields

        return SiteCustomFields(self)

    @property
    def site_custom_fields_setup(self) -> "SiteCustomFieldsSetup":
        """The operations tagged site_custom_fields_setup (`simpro_client.api.site_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_custom_fields_setup import SiteCustomFieldsSetup

        return SiteCustomFieldsSetup(self)

    @property
    def site_labor_rates(self) -> "SiteLaborRates":
        """The operations tagged site_labor_rates (`simpro_client.api.site_labor_rates`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_labor_rates import SiteLaborRates

        return SiteLaborRates(self)

    @property
    def site_preferred_technicians(self) -> "SitePreferredTechnicians":
        """The operations tagged site_preferred_technicians (`simpro_client.api.site_preferred_technicians`)."""
        # imported on first use, so that a big API loads fast
        from .api.site_preferred_technicians import SitePreferredTechnicians

        return SitePreferredTechnicians(self)

    @property
    def sites(self) -> "Sites":
        """The operations tagged sites (`simpro_client.api.sites`)."""
        # imported on first use, so that a big API loads fast
        from .api.sites import Sites

        return Sites(self)

    @property
    def staff(self) -> "Staff":
        """The operations tagged staff (`simpro_client.api.staff`)."""
        # imported on first use, so that a big API loads fast
        from .api.staff import Staff

        return Staff(self)

    @property
    def stock_allocations(self) -> "StockAllocations":
        """The operations tagged stock_allocations (`simpro_client.api.stock_allocations`)."""
        # imported on first use, so that a big API loads fast
        from .api.stock_allocations import StockAllocations

        return StockAllocations(self)

    @property
    def stock_items(self) -> "StockItems":
        """The operations tagged stock_items (`simpro_client.api.stock_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.stock_items import StockItems

        return StockItems(self)

    @property
    def stock_take_reasons(self) -> "StockTakeReasons":
        """The operations tagged stock_take_reasons (`simpro_client.api.stock_take_reasons`)."""
        # imported on first use, so that a big API loads fast
        from .api.stock_take_reasons import StockTakeReasons

        return StockTakeReasons(self)

    @property
    def stock_takes(self) -> "StockTakes":
        """The operations tagged stock_takes (`simpro_client.api.stock_takes`)."""
        # imported on first use, so that a big API loads fast
        from .api.stock_takes import StockTakes

        return StockTakes(self)

    @property
    def stock_transfer_reasons(self) -> "StockTransferReasons":
        """The operations tagged stock_transfer_reasons (`simpro_client.api.stock_transfer_reasons`)."""
        # imported on first use, so that a big API loads fast
        from .api.stock_transfer_reasons import StockTransferReasons

        return StockTransferReasons(self)

    @property
    def stock_transfers(self) -> "StockTransfers":
        """The operations tagged stock_transfers (`simpro_client.api.stock_transfers`)."""
        # imported on first use, so that a big API loads fast
        from .api.stock_transfers import StockTransfers

        return StockTransfers(self)

    @property
    def storage_devices(self) -> "StorageDevices":
        """The operations tagged storage_devices (`simpro_client.api.storage_devices`)."""
        # imported on first use, so that a big API loads fast
        from .api.storage_devices import StorageDevices

        return StorageDevices(self)

    @property
    def take_off_template_catalogs(self) -> "TakeOffTemplateCatalogs":
        """The operations tagged take_off_template_catalogs (`simpro_client.api.take_off_template_catalogs`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_catalogs import TakeOffTemplateCatalogs

        return TakeOffTemplateCatalogs(self)

    @property
    def take_off_template_from_take_off_template(self) -> "TakeOffTemplateFromTakeOffTemplate":
        """The operations tagged take_off_template_from_take_off_template (`simpro_client.api.take_off_template_from_take_off_template`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_from_take_off_template import TakeOffTemplateFromTakeOffTemplate

        return TakeOffTemplateFromTakeOffTemplate(self)

    @property
    def take_off_template_groups(self) -> "TakeOffTemplateGroups":
        """The operations tagged take_off_template_groups (`simpro_client.api.take_off_template_groups`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_groups import TakeOffTemplateGroups

        return TakeOffTemplateGroups(self)

    @property
    def take_off_template_labors(self) -> "TakeOffTemplateLabors":
        """The operations tagged take_off_template_labors (`simpro_client.api.take_off_template_labors`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_labors import TakeOffTemplateLabors

        return TakeOffTemplateLabors(self)

    @property
    def take_off_template_lock(self) -> "TakeOffTemplateLock":
        """The operations tagged take_off_template_lock (`simpro_client.api.take_off_template_lock`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_lock import TakeOffTemplateLock

        return TakeOffTemplateLock(self)

    @property
    def take_off_template_one_offs(self) -> "TakeOffTemplateOneOffs":
        """The operations tagged take_off_template_one_offs (`simpro_client.api.take_off_template_one_offs`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_one_offs import TakeOffTemplateOneOffs

        return TakeOffTemplateOneOffs(self)

    @property
    def take_off_template_prebuilds(self) -> "TakeOffTemplatePrebuilds":
        """The operations tagged take_off_template_prebuilds (`simpro_client.api.take_off_template_prebuilds`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_prebuilds import TakeOffTemplatePrebuilds

        return TakeOffTemplatePrebuilds(self)

    @property
    def take_off_template_service_fees(self) -> "TakeOffTemplateServiceFees":
        """The operations tagged take_off_template_service_fees (`simpro_client.api.take_off_template_service_fees`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_service_fees import TakeOffTemplateServiceFees

        return TakeOffTemplateServiceFees(self)

    @property
    def take_off_template_sub_groups(self) -> "TakeOffTemplateSubGroups":
        """The operations tagged take_off_template_sub_groups (`simpro_client.api.take_off_template_sub_groups`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_template_sub_groups import TakeOffTemplateSubGroups

        return TakeOffTemplateSubGroups(self)

    @property
    def take_off_templates(self) -> "TakeOffTemplates":
        """The operations tagged take_off_templates (`simpro_client.api.take_off_templates`)."""
        # imported on first use, so that a big API loads fast
        from .api.take_off_templates import TakeOffTemplates

        return TakeOffTemplates(self)

    @property
    def task_attachment_folders(self) -> "TaskAttachmentFolders":
        """The operations tagged task_attachment_folders (`simpro_client.api.task_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.task_attachment_folders import TaskAttachmentFolders

        return TaskAttachmentFolders(self)

    @property
    def task_attachments(self) -> "TaskAttachments":
        """The operations tagged task_attachments (`simpro_client.api.task_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.task_attachments import TaskAttachments

        return TaskAttachments(self)

    @property
    def task_categories(self) -> "TaskCategories":
        """The operations tagged task_categories (`simpro_client.api.task_categories`)."""
        # imported on first use, so that a big API loads fast
        from .api.task_categories import TaskCategories

        return TaskCategories(self)

    @property
    def task_custom_fields(self) -> "TaskCustomFields":
        """The operations tagged task_custom_fields (`simpro_client.api.task_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.task_custom_fields import TaskCustomFields

        return TaskCustomFields(self)

    @property
    def task_custom_fields_setup(self) -> "TaskCustomFieldsSetup":
        """The operations tagged task_custom_fields_setup (`simpro_client.api.task_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.task_custom_fields_setup import TaskCustomFieldsSetup

        return TaskCustomFieldsSetup(self)

    @property
    def tasks(self) -> "Tasks":
        """The operations tagged tasks (`simpro_client.api.tasks`)."""
        # imported on first use, so that a big API loads fast
        from .api.tasks import Tasks

        return Tasks(self)

    @property
    def tax_codes(self) -> "TaxCodes":
        """The operations tagged tax_codes (`simpro_client.api.tax_codes`)."""
        # imported on first use, so that a big API loads fast
        from .api.tax_codes import TaxCodes

        return TaxCodes(self)

    @property
    def teams(self) -> "Teams":
        """The operations tagged teams (`simpro_client.api.teams`)."""
        # imported on first use, so that a big API loads fast
        from .api.teams import Teams

        return Teams(self)

    @property
    def test_readings(self) -> "TestReadings":
        """The operations tagged test_readings (`simpro_client.api.test_readings`)."""
        # imported on first use, so that a big API loads fast
        from .api.test_readings import TestReadings

        return TestReadings(self)

    @property
    def units_of_measurement(self) -> "UnitsOfMeasurement":
        """The operations tagged units_of_measurement (`simpro_client.api.units_of_measurement`)."""
        # imported on first use, so that a big API loads fast
        from .api.units_of_measurement import UnitsOfMeasurement

        return UnitsOfMeasurement(self)

    @property
    def vendor_attachment_folders(self) -> "VendorAttachmentFolders":
        """The operations tagged vendor_attachment_folders (`simpro_client.api.vendor_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_attachment_folders import VendorAttachmentFolders

        return VendorAttachmentFolders(self)

    @property
    def vendor_attachments(self) -> "VendorAttachments":
        """The operations tagged vendor_attachments (`simpro_client.api.vendor_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_attachments import VendorAttachments

        return VendorAttachments(self)

    @property
    def vendor_branches(self) -> "VendorBranches":
        """The operations tagged vendor_branches (`simpro_client.api.vendor_branches`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_branches import VendorBranches

        return VendorBranches(self)

    @property
    def vendor_catalog_prices(self) -> "VendorCatalogPrices":
        """The operations tagged vendor_catalog_prices (`simpro_client.api.vendor_catalog_prices`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_catalog_prices import VendorCatalogPrices

        return VendorCatalogPrices(self)

    @property
    def vendor_contact_custom_fields(self) -> "VendorContactCustomFields":
        """The operations tagged vendor_contact_custom_fields (`simpro_client.api.vendor_contact_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_contact_custom_fields import VendorContactCustomFields

        return VendorContactCustomFields(self)

    @property
    def vendor_contact_custom_fields_setup(self) -> "VendorContactCustomFieldsSetup":
        """The operations tagged vendor_contact_custom_fields_setup (`simpro_client.api.vendor_contact_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_contact_custom_fields_setup import VendorContactCustomFieldsSetup

        return VendorContactCustomFieldsSetup(self)

    @property
    def vendor_contacts(self) -> "VendorContacts":
        """The operations tagged vendor_contacts (`simpro_client.api.vendor_contacts`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_contacts import VendorContacts

        return VendorContacts(self)

    @property
    def vendor_credit_items(self) -> "VendorCreditItems":
        """The operations tagged vendor_credit_items (`simpro_client.api.vendor_credit_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_credit_items import VendorCreditItems

        return VendorCreditItems(self)

    @property
    def vendor_credits(self) -> "VendorCredits":
        """The operations tagged vendor_credits (`simpro_client.api.vendor_credits`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_credits import VendorCredits

        return VendorCredits(self)

    @property
    def vendor_custom_fields(self) -> "VendorCustomFields":
        """The operations tagged vendor_custom_fields (`simpro_client.api.vendor_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_custom_fields import VendorCustomFields

        return VendorCustomFields(self)

    @property
    def vendor_custom_fields_setup(self) -> "VendorCustomFieldsSetup":
        """The operations tagged vendor_custom_fields_setup (`simpro_client.api.vendor_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_custom_fields_setup import VendorCustomFieldsSetup

        return VendorCustomFieldsSetup(self)

    @property
    def vendor_order_attachment_folders(self) -> "VendorOrderAttachmentFolders":
        """The operations tagged vendor_order_attachment_folders (`simpro_client.api.vendor_order_attachment_folders`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_attachment_folders import VendorOrderAttachmentFolders

        return VendorOrderAttachmentFolders(self)

    @property
    def vendor_order_attachments(self) -> "VendorOrderAttachments":
        """The operations tagged vendor_order_attachments (`simpro_client.api.vendor_order_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_attachments import VendorOrderAttachments

        return VendorOrderAttachments(self)

    @property
    def vendor_order_custom_fields(self) -> "VendorOrderCustomFields":
        """The operations tagged vendor_order_custom_fields (`simpro_client.api.vendor_order_custom_fields`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_custom_fields import VendorOrderCustomFields

        return VendorOrderCustomFields(self)

    @property
    def vendor_order_custom_fields_setup(self) -> "VendorOrderCustomFieldsSetup":
        """The operations tagged vendor_order_custom_fields_setup (`simpro_client.api.vendor_order_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_custom_fields_setup import VendorOrderCustomFieldsSetup

        return VendorOrderCustomFieldsSetup(self)

    @property
    def vendor_order_item_allocations(self) -> "VendorOrderItemAllocations":
        """The operations tagged vendor_order_item_allocations (`simpro_client.api.vendor_order_item_allocations`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_item_allocations import VendorOrderItemAllocations

        return VendorOrderItemAllocations(self)

    @property
    def vendor_order_items(self) -> "VendorOrderItems":
        """The operations tagged vendor_order_items (`simpro_client.api.vendor_order_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_items import VendorOrderItems

        return VendorOrderItems(self)

    @property
    def vendor_order_logs(self) -> "VendorOrderLogs":
        """The operations tagged vendor_order_logs (`simpro_client.api.vendor_order_logs`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_logs import VendorOrderLogs

        return VendorOrderLogs(self)

    @property
    def vendor_order_status_codes(self) -> "VendorOrderStatusCodes":
        """The operations tagged vendor_order_status_codes (`simpro_client.api.vendor_order_status_codes`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_order_status_codes import VendorOrderStatusCodes

        return VendorOrderStatusCodes(self)

    @property
    def vendor_orders(self) -> "VendorOrders":
        """The operations tagged vendor_orders (`simpro_client.api.vendor_orders`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_orders import VendorOrders

        return VendorOrders(self)

    @property
    def vendor_quote_catalogs(self) -> "VendorQuoteCatalogs":
        """The operations tagged vendor_quote_catalogs (`simpro_client.api.vendor_quote_catalogs`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_quote_catalogs import VendorQuoteCatalogs

        return VendorQuoteCatalogs(self)

    @property
    def vendor_quote_vendors(self) -> "VendorQuoteVendors":
        """The operations tagged vendor_quote_vendors (`simpro_client.api.vendor_quote_vendors`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_quote_vendors import VendorQuoteVendors

        return VendorQuoteVendors(self)

    @property
    def vendor_quotes(self) -> "VendorQuotes":
        """The operations tagged vendor_quotes (`simpro_client.api.vendor_quotes`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_quotes import VendorQuotes

        return VendorQuotes(self)

    @property
    def vendor_receipt(self) -> "VendorReceipt":
        """The operations tagged vendor_receipt (`simpro_client.api.vendor_receipt`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_receipt import VendorReceipt

        return VendorReceipt(self)

    @property
    def vendor_receipt_credits(self) -> "VendorReceiptCredits":
        """The operations tagged vendor_receipt_credits (`simpro_client.api.vendor_receipt_credits`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_receipt_credits import VendorReceiptCredits

        return VendorReceiptCredits(self)

    @property
    def vendor_receipt_item_allocations(self) -> "VendorReceiptItemAllocations":
        """The operations tagged vendor_receipt_item_allocations (`simpro_client.api.vendor_receipt_item_allocations`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_receipt_item_allocations import VendorReceiptItemAllocations

        return VendorReceiptItemAllocations(self)

    @property
    def vendor_receipt_items(self) -> "VendorReceiptItems":
        """The operations tagged vendor_receipt_items (`simpro_client.api.vendor_receipt_items`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_receipt_items import VendorReceiptItems

        return VendorReceiptItems(self)

    @property
    def vendor_receipts(self) -> "VendorReceipts":
        """The operations tagged vendor_receipts (`simpro_client.api.vendor_receipts`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendor_receipts import VendorReceipts

        return VendorReceipts(self)

    @property
    def vendors(self) -> "Vendors":
        """The operations tagged vendors (`simpro_client.api.vendors`)."""
        # imported on first use, so that a big API loads fast
        from .api.vendors import Vendors

        return Vendors(self)

    @property
    def webhook_subscriptions(self) -> "WebhookSubscriptions":
        """The operations tagged webhook_subscriptions (`simpro_client.api.webhook_subscriptions`)."""
        # imported on first use, so that a big API loads fast
        from .api.webhook_subscriptions import WebhookSubscriptions

        return WebhookSubscriptions(self)

    @property
    def work_order_attachments(self) -> "WorkOrderAttachments":
        """The operations tagged work_order_attachments (`simpro_client.api.work_order_attachments`)."""
        # imported on first use, so that a big API loads fast
        from .api.work_order_attachments import WorkOrderAttachments

        return WorkOrderAttachments(self)

    @property
    def work_order_custom_fields_setup(self) -> "WorkOrderCustomFieldsSetup":
        """The operations tagged work_order_custom_fields_setup (`simpro_client.api.work_order_custom_fields_setup`)."""
        # imported on first use, so that a big API loads fast
        from .api.work_order_custom_fields_setup import WorkOrderCustomFieldsSetup

        return WorkOrderCustomFieldsSetup(self)

    @property
    def zones(self) -> "Zones":
        """The operations tagged zones (`simpro_client.api.zones`)."""
        # imported on first use, so that a big API loads fast
        from .api.zones import Zones

        return Zones(self)

    @property
    def aio(self) -> "AsyncResources":
        """The same operations, awaited: `await client.aio.<tag>.<method>(...)` (on the httpx.AsyncClient)."""
        return AsyncResources(self)

    def _log_request(self, request: httpx.Request, attempt: int) -> float:
        if logger.isEnabledFor(logging.DEBUG):
            suffix = f" (attempt {attempt})" if attempt > 1 else ""
            logger.debug("request %s %s%s", request.method, request.url, suffix)
        return time.monotonic()

    def _log_response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            request_id = request_id_of(response.headers)
            logger.debug(
                "response %s %s: %d %s in %.3f s%s",
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                time.monotonic() - started,
                f" (request id {request_id})" if request_id else "",
            )

    def _retry_after_status(
        self, request: httpx.Request, response: httpx.Response, attempt: int, max_retries: int
    ) -> float:
        """The wait before retrying a non-2xx answer, or raise its typed error (no retry left or allowed)."""
        retryable = response.status_code in RETRY_STATUSES or response.status_code >= 500
        delay = retry_delay(attempt, response.headers, self.max_retry_delay)
        if retryable and request.method in IDEMPOTENT_METHODS and attempt <= max_retries and delay is not None:
            logger.info(
                "retrying %s %s in %.2f s (retry %d of %d): status %d",
                request.method,
                request.url,
                delay,
                attempt,
                max_retries,
                response.status_code,
            )
            return delay
        response.read()
        error = error_for(response, request=_redacted(request), secrets=self._secrets())
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after(response.headers)
        if retryable and delay is None and logger.isEnabledFor(logging.INFO):
            logger.info(
                "not retrying %s %s: the server asks to wait longer than %.0f s",
                request.method,
                request.url,
                self.max_retry_delay,
            )
        raise error

    def _retry_after_failure(
        self, request: httpx.Request, failure: httpx.TransportError, attempt: int, max_retries: int
    ) -> float:
        """The wait before retrying a request that got no answer, or raise APIConnectionError/APITimeoutError.
        Idempotent methods are retried after any transport failure; others only when the connection was
        never made (nothing was sent)."""
        never_sent = isinstance(failure, httpx.ConnectError | httpx.ConnectTimeout)
        if attempt <= max_retries and (never_sent or request.method in IDEMPOTENT_METHODS):
            delay = backoff(attempt)
            logger.info(
                "retrying %s %s in %.2f s (retry %d of %d): %s",
                request.method,
                request.url,
                delay,
                attempt,
                max_retries,
                type(failure).__name__,
            )
            return delay
        detail = str(failure)
        for secret in self._secrets():
            if secret:
                detail = detail.replace(secret, "<redacted>")
        if isinstance(failure, httpx.TimeoutException):
            message = f"no response to {request.method} {request.url} within the timeout ({type(failure).__name__})"
            raise APITimeoutError(message, _redacted(request)) from failure
        message = f"{type(failure).__name__} on {request.method} {request.url}: {detail}"
        raise APIConnectionError(message, _redacted(request)) from failure

    def close(self) -> None:
        """Close the connections of the httpx.Client this client created; a later call opens new ones."""
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the connections of the httpx.AsyncClient this client created (see `close`)."""
        if self._async_client is not None and self._owns_async_client:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        """`with client:` closes the connections at the end; the client can be used (and entered) again."""
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.aclose()


class AsyncResources:
    """`client.aio`: every resource of the client, with awaitable methods."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def accounting_categories(self) -> "AsyncAccountingCategories":
        """The operations tagged accounting_categories, awaited."""
        from .api.accounting_categories import AsyncAccountingCategories

        return AsyncAccountingCategories(self._client)

    @property
    def activities(self) -> "AsyncActivities":
        """The operations tagged activities, awaited."""
        from .api.activities import AsyncActivities

        return AsyncActivities(self._client)

    @property
    def activity_schedules(self) -> "AsyncActivitySchedules":
        """The operations tagged activity_schedules, awaited."""
        from .api.activity_schedules import AsyncActivitySchedules

        return AsyncActivitySchedules(self._client)

    @property
    def asset_attachment_folders(self) -> "AsyncAssetAttachmentFolders":
        """The operations tagged asset_attachment_folders, awaited."""
        from .api.asset_attachment_folders import AsyncAssetAttachmentFolders

        return AsyncAssetAttachmentFolders(self._client)

    @property
    def asset_attachments(self) -> "AsyncAssetAttachments":
        """The operations tagged asset_attachments, awaited."""
        from .api.asset_attachments import AsyncAssetAttachments

        return AsyncAssetAttachments(self._client)

    @property
    def asset_custom_fields(self) -> "AsyncAssetCustomFields":
        """The operations tagged asset_custom_fields, awaited."""
        from .api.asset_custom_fields import AsyncAssetCustomFields

        return AsyncAssetCustomFields(self._client)

    @property
    def asset_service_levels(self) -> "AsyncAssetServiceLevels":
        """The operations tagged asset_service_levels, awaited."""
        from .api.asset_service_levels import AsyncAssetServiceLevels

        return AsyncAssetServiceLevels(self._client)

    @property
    def asset_test_histories(self) -> "AsyncAssetTestHistories":
        """The operations tagged asset_test_histories, awaited."""
        from .api.asset_test_histories import AsyncAssetTestHistories

        return AsyncAssetTestHistories(self._client)

    @property
    def asset_transfers(self) -> "AsyncAssetTransfers":
        """The operations tagged asset_transfers, awaited."""
        from .api.asset_transfers import AsyncAssetTransfers

        return AsyncAssetTransfers(self._client)

    @property
    def asset_type_attachment_folders(self) -> "AsyncAssetTypeAttachmentFolders":
        """The operations tagged asset_type_attachment_folders, awaited."""
        from .api.asset_type_attachment_folders import AsyncAssetTypeAttachmentFolders

        return AsyncAssetTypeAttachmentFolders(self._client)

    @property
    def asset_type_attachments(self) -> "AsyncAssetTypeAttachments":
        """The operations tagged asset_type_attachments, awaited."""
        from .api.asset_type_attachments import AsyncAssetTypeAttachments

        return AsyncAssetTypeAttachments(self._client)

    @property
    def asset_type_custom_fields(self) -> "AsyncAssetTypeCustomFields":
        """The operations tagged asset_type_custom_fields, awaited."""
        from .api.asset_type_custom_fields import AsyncAssetTypeCustomFields

        return AsyncAssetTypeCustomFields(self._client)

    @property
    def asset_type_service_levels(self) -> "AsyncAssetTypeServiceLevels":
        """The operations tagged asset_type_service_levels, awaited."""
        from .api.asset_type_service_levels import AsyncAssetTypeServiceLevels

        return AsyncAssetTypeServiceLevels(self._client)

    @property
    def asset_types(self) -> "AsyncAssetTypes":
        """The operations tagged asset_types, awaited."""
        from .api.asset_types import AsyncAssetTypes

        return AsyncAssetTypes(self._client)

    @property
    def business_groups(self) -> "AsyncBusinessGroups":
        """The operations tagged business_groups, awaited."""
        from .api.business_groups import AsyncBusinessGroups

        return AsyncBusinessGroups(self._client)

    @property
    def catalog_attachment_folders(self) -> "AsyncCatalogAttachmentFolders":
        """The operations tagged catalog_attachment_folders, awaited."""
        from .api.catalog_attachment_folders import AsyncCatalogAttachmentFolders

        return AsyncCatalogAttachmentFolders(self._client)

    @property
    def catalog_attachments(self) -> "AsyncCatalogAttachments":
        """The operations tagged catalog_attachments, awaited."""
        from .api.catalog_attachments import AsyncCatalogAttachments

        return AsyncCatalogAttachments(self._client)

    @property
    def catalog_currencies(self) -> "AsyncCatalogCurrencies":
        """The operations tagged catalog_currencies, awaited."""
        from .api.catalog_currencies import AsyncCatalogCurrencies

        return AsyncCatalogCurrencies(self._client)

    @property
    def catalog_custom_fields(self) -> "AsyncCatalogCustomFields":
        """The operations tagged catalog_custom_fields, awaited."""
        from .api.catalog_custom_fields import AsyncCatalogCustomFields

        return AsyncCatalogCustomFields(self._client)

    @property
    def catalog_groups(self) -> "AsyncCatalogGroups":
        """The operations tagged catalog_groups, awaited."""
        from .api.catalog_groups import AsyncCatalogGroups

        return AsyncCatalogGroups(self._client)

    @property
    def catalog_inventories(self) -> "AsyncCatalogInventories":
        """The operations tagged catalog_inventories, awaited."""
        from .api.catalog_inventories import AsyncCatalogInventories

        return AsyncCatalogInventories(self._client)

    @property
    def catalog_item_custom_fields_setup(self) -> "AsyncCatalogItemCustomFieldsSetup":
        """The operations tagged catalog_item_custom_fields_setup, awaited."""
        from .api.catalog_item_custom_fields_setup import AsyncCatalogItemCustomFieldsSetup

        return AsyncCatalogItemCustomFieldsSetup(self._client)

    @property
    def catalog_pricing_tier_prices(self) -> "AsyncCatalogPricingTierPrices":
        """The operations tagged catalog_pricing_tier_prices, awaited."""
        from .api.catalog_pricing_tier_prices import AsyncCatalogPricingTierPrices

        return AsyncCatalogPricingTierPrices(self._client)

    @property
    def catalog_pricing_tiers(self) -> "AsyncCatalogPricingTiers":
        """The operations tagged catalog_pricing_tiers, awaited."""
        from .api.catalog_pricing_tiers import AsyncCatalogPricingTiers

        return AsyncCatalogPricingTiers(self._client)

    @property
    def catalog_vendors(self) -> "AsyncCatalogVendors":
        """The operations tagged catalog_vendors, awaited."""
        from .api.catalog_vendors import AsyncCatalogVendors

        return AsyncCatalogVendors(self._client)

    @property
    def catalogs(self) -> "AsyncCatalogs":
        """The operations tagged catalogs, awaited."""
        from .api.catalogs import AsyncCatalogs

        return AsyncCatalogs(self._client)

    @property
    def chart_of_accounts(self) -> "AsyncChartOfAccounts":
        """The operations tagged chart_of_accounts, awaited."""
        from .api.chart_of_accounts import AsyncChartOfAccounts

        return AsyncChartOfAccounts(self._client)

    @property
    def combine_tax_codes(self) -> "AsyncCombineTaxCodes":
        """The operations tagged combine_tax_codes, awaited."""
        from .api.combine_tax_codes import AsyncCombineTaxCodes

        return AsyncCombineTaxCodes(self._client)

    @property
    def commissions(self) -> "AsyncCommissions":
        """The operations tagged commissions, awaited."""
        from .api.commissions import AsyncCommissions

        return AsyncCommissions(self._client)

    @property
    def companies(self) -> "AsyncCompanies":
        """The operations tagged companies, awaited."""
        from .api.companies import AsyncCompanies

        return AsyncCompanies(self._client)

    @property
    def company_default_settings(self) -> "AsyncCompanyDefaultSettings":
        """The operations tagged company_default_settings, awaited."""
        from .api.company_default_settings import AsyncCompanyDefaultSettings

        return AsyncCompanyDefaultSettings(self._client)

    @property
    def component_tax_codes(self) -> "AsyncComponentTaxCodes":
        """The operations tagged component_tax_codes, awaited."""
        from .api.component_tax_codes import AsyncComponentTaxCodes

        return AsyncComponentTaxCodes(self._client)

    @property
    def contact_custom_fields_setup(self) -> "AsyncContactCustomFieldsSetup":
        """The operations tagged contact_custom_fields_setup, awaited."""
        from .api.contact_custom_fields_setup import AsyncContactCustomFieldsSetup

        return AsyncContactCustomFieldsSetup(self._client)

    @property
    def contact_logs(self) -> "AsyncContactLogs":
        """The operations tagged contact_logs, awaited."""
        from .api.contact_logs import AsyncContactLogs

        return AsyncContactLogs(self._client)

    @property
    def contacts(self) -> "AsyncContacts":
        """The operations tagged contacts, awaited."""
        from .api.contacts import AsyncContacts

        return AsyncContacts(self._client)

    @property
    def contractor_attachment_folders(self) -> "AsyncContractorAttachmentFolders":
        """The operations tagged contractor_attachment_folders, awaited."""
        from .api.contractor_attachment_folders import AsyncContractorAttachmentFolders

        return AsyncContractorAttachmentFolders(self._client)

    @property
    def contractor_attachments(self) -> "AsyncContractorAttachments":
        """The operations tagged contractor_attachments, awaited."""
        from .api.contractor_attachments import AsyncContractorAttachments

        return AsyncContractorAttachments(self._client)

    @property
    def contractor_custom_fields(self) -> "AsyncContractorCustomFields":
        """The operations tagged contractor_custom_fields, awaited."""
        from .api.contractor_custom_fields import AsyncContractorCustomFields

        return AsyncContractorCustomFields(self._client)

    @property
    def contractor_custom_fields_setup(self) -> "AsyncContractorCustomFieldsSetup":
        """The operations tagged contractor_custom_fields_setup, awaited."""
        from .api.contractor_custom_fields_setup import AsyncContractorCustomFieldsSetup

        return AsyncContractorCustomFieldsSetup(self._client)

    @property
    def contractor_invoice_attachment_folders(self) -> "AsyncContractorInvoiceAttachmentFolders":
        """The operations tagged contractor_invoice_attachment_folders, awaited."""
        from .api.contractor_invoice_attachment_folders import AsyncContractorInvoiceAttachmentFolders

        return AsyncContractorInvoiceAttachmentFolders(self._client)

    @property
    def contractor_invoice_attachments(self) -> "AsyncContractorInvoiceAttachments":
        """The operations tagged contractor_invoice_attachments, awaited."""
        from .api.contractor_invoice_attachments import AsyncContractorInvoiceAttachments

        return AsyncContractorInvoiceAttachments(self._client)

    @property
    def contractor_invoice_custom_fields(self) -> "AsyncContractorInvoiceCustomFields":
        """The operations tagged contractor_invoice_custom_fields, awaited."""
        from .api.contractor_invoice_custom_fields import AsyncContractorInvoiceCustomFields

        return AsyncContractorInvoiceCustomFields(self._client)

    @property
    def contractor_invoice_custom_fields_setup(self) -> "AsyncContractorInvoiceCustomFieldsSetup":
        """The operations tagged contractor_invoice_custom_fields_setup, awaited."""
        from .api.contractor_invoice_custom_fields_setup import AsyncContractorInvoiceCustomFieldsSetup

        return AsyncContractorInvoiceCustomFieldsSetup(self._client)

    @property
    def contractor_invoice_variances(self) -> "AsyncContractorInvoiceVariances":
        """The operations tagged contractor_invoice_variances, awaited."""
        from .api.contractor_invoice_variances import AsyncContractorInvoiceVariances

        return AsyncContractorInvoiceVariances(self._client)

    @property
    def contractor_invoices(self) -> "AsyncContractorInvoices":
        """The operations tagged contractor_invoices, awaited."""
        from .api.contractor_invoices import AsyncContractorInvoices

        return AsyncContractorInvoices(self._client)

    @property
    def contractor_job_attachment_folders(self) -> "AsyncContractorJobAttachmentFolders":
        """The operations tagged contractor_job_attachment_folders, awaited."""
        from .api.contractor_job_attachment_folders import AsyncContractorJobAttachmentFolders

        return AsyncContractorJobAttachmentFolders(self._client)

    @property
    def contractor_job_attachments(self) -> "AsyncContractorJobAttachments":
        """The operations tagged contractor_job_attachments, awaited."""
        from .api.contractor_job_attachments import AsyncContractorJobAttachments

        return AsyncContractorJobAttachments(self._client)

    @property
    def contractor_job_custom_fields(self) -> "AsyncContractorJobCustomFields":
        """The operations tagged contractor_job_custom_fields, awaited."""
        from .api.contractor_job_custom_fields import AsyncContractorJobCustomFields

        return AsyncContractorJobCustomFields(self._client)

    @property
    def contractor_job_custom_fields_setup(self) -> "AsyncContractorJobCustomFieldsSetup":
        """The operations tagged contractor_job_custom_fields_setup, awaited."""
        from .api.contractor_job_custom_fields_setup import AsyncContractorJobCustomFieldsSetup

        return AsyncContractorJobCustomFieldsSetup(self._client)

    @property
    def contractor_job_logs(self) -> "AsyncContractorJobLogs":
        """The operations tagged contractor_job_logs, awaited."""
        from .api.contractor_job_logs import AsyncContractorJobLogs

        return AsyncContractorJobLogs(self._client)

    @property
    def contractor_jobs(self) -> "AsyncContractorJobs":
        """The operations tagged contractor_jobs, awaited."""
        from .api.contractor_jobs import AsyncContractorJobs

        return AsyncContractorJobs(self._client)

    @property
    def contractor_licence_attachments(self) -> "AsyncContractorLicenceAttachments":
        """The operations tagged contractor_licence_attachments, awaited."""
        from .api.contractor_licence_attachments import AsyncContractorLicenceAttachments

        return AsyncContractorLicenceAttachments(self._client)

    @property
    def contractor_licences(self) -> "AsyncContractorLicences":
        """The operations tagged contractor_licences, awaited."""
        from .api.contractor_licences import AsyncContractorLicences

        return AsyncContractorLicences(self._client)

    @property
    def contractor_timesheets(self) -> "AsyncContractorTimesheets":
        """The operations tagged contractor_timesheets, awaited."""
        from .api.contractor_timesheets import AsyncContractorTimesheets

        return AsyncContractorTimesheets(self._client)

    @property
    def contractor_variances(self) -> "AsyncContractorVariances":
        """The operations tagged contractor_variances, awaited."""
        from .api.contractor_variances import AsyncContractorVariances

        return AsyncContractorVariances(self._client)

    @property
    def contractors(self) -> "AsyncContractors":
        """The operations tagged contractors, awaited."""
        from .api.contractors import AsyncContractors

        return AsyncContractors(self._client)

    @property
    def cost_centers(self) -> "AsyncCostCenters":
        """The operations tagged cost_centers, awaited."""
        from .api.cost_centers import AsyncCostCenters

        return AsyncCostCenters(self._client)

    @property
    def cost_to_complete_financial_view(self) -> "AsyncCostToCompleteFinancialView":
        """The operations tagged cost_to_complete_financial_view, awaited."""
        from .api.cost_to_complete_financial_view import AsyncCostToCompleteFinancialView

        return AsyncCostToCompleteFinancialView(self._client)

    @property
    def cost_to_complete_operations_view(self) -> "AsyncCostToCompleteOperationsView":
        """The operations tagged cost_to_complete_operations_view, awaited."""
        from .api.cost_to_complete_operations_view import AsyncCostToCompleteOperationsView

        return AsyncCostToCompleteOperationsView(self._client)

    @property
    def credit_note_custom_fields(self) -> "AsyncCreditNoteCustomFields":
        """The operations tagged credit_note_custom_fields, awaited."""
        from .api.credit_note_custom_fields import AsyncCreditNoteCustomFields

        return AsyncCreditNoteCustomFields(self._client)

    @property
    def credit_note_notes(self) -> "AsyncCreditNoteNotes":
        """The operations tagged credit_note_notes, awaited."""
        from .api.credit_note_notes import AsyncCreditNoteNotes

        return AsyncCreditNoteNotes(self._client)

    @property
    def credit_notes(self) -> "AsyncCreditNotes":
        """The operations tagged credit_notes, awaited."""
        from .api.credit_notes import AsyncCreditNotes

        return AsyncCreditNotes(self._client)

    @property
    def currencies(self) -> "AsyncCurrencies":
        """The operations tagged currencies, awaited."""
        from .api.currencies import AsyncCurrencies

        return AsyncCurrencies(self._client)

    @property
    def current_user(self) -> "AsyncCurrentUser":
        """The operations tagged current_user, awaited."""
        from .api.current_user import AsyncCurrentUser

        return AsyncCurrentUser(self._client)

    @property
    def custom_fields(self) -> "AsyncCustomFields":
        """The operations tagged custom_fields, awaited."""
        from .api.custom_fields import AsyncCustomFields

        return AsyncCustomFields(self._client)

    @property
    def customer_assets(self) -> "AsyncCustomerAssets":
        """The operations tagged customer_assets, awaited."""
        from .api.customer_assets import AsyncCustomerAssets

        return AsyncCustomerAssets(self._client)

    @property
    def customer_assigned_companies(self) -> "AsyncCustomerAssignedCompanies":
        """The operations tagged customer_assigned_companies, awaited."""
        from .api.customer_assigned_companies import AsyncCustomerAssignedCompanies

        return AsyncCustomerAssignedCompanies(self._client)

    @property
    def customer_attachment_folders(self) -> "AsyncCustomerAttachmentFolders":
        """The operations tagged customer_attachment_folders, awaited."""
        from .api.customer_attachment_folders import AsyncCustomerAttachmentFolders

        return AsyncCustomerAttachmentFolders(self._client)

    @property
    def customer_attachments(self) -> "AsyncCustomerAttachments":
        """The operations tagged customer_attachments, awaited."""
        from .api.customer_attachments import AsyncCustomerAttachments

        return AsyncCustomerAttachments(self._client)

    @property
    def customer_contact_custom_fields(self) -> "AsyncCustomerContactCustomFields":
        """The operations tagged customer_contact_custom_fields, awaited."""
        from .api.customer_contact_custom_fields import AsyncCustomerContactCustomFields

        return AsyncCustomerContactCustomFields(self._client)

    @property
    def customer_contact_custom_fields_setup(self) -> "AsyncCustomerContactCustomFieldsSetup":
        """The operations tagged customer_contact_custom_fields_setup, awaited."""
        from .api.customer_contact_custom_fields_setup import AsyncCustomerContactCustomFieldsSetup

        return AsyncCustomerContactCustomFieldsSetup(self._client)

    @property
    def customer_contacts(self) -> "AsyncCustomerContacts":
        """The operations tagged customer_contacts, awaited."""
        from .api.customer_contacts import AsyncCustomerContacts

        return AsyncCustomerContacts(self._client)

    @property
    def customer_contract_custom_fields(self) -> "AsyncCustomerContractCustomFields":
        """The operations tagged customer_contract_custom_fields, awaited."""
        from .api.customer_contract_custom_fields import AsyncCustomerContractCustomFields

        return AsyncCustomerContractCustomFields(self._client)

    @property
    def customer_contract_custom_fields_setup(self) -> "AsyncCustomerContractCustomFieldsSetup":
        """The operations tagged customer_contract_custom_fields_setup, awaited."""
        from .api.customer_contract_custom_fields_setup import AsyncCustomerContractCustomFieldsSetup

        return AsyncCustomerContractCustomFieldsSetup(self._client)

    @property
    def customer_contract_inflation(self) -> "AsyncCustomerContractInflation":
        """The operations tagged customer_contract_inflation, awaited."""
        from .api.customer_contract_inflation import AsyncCustomerContractInflation

        return AsyncCustomerContractInflation(self._client)

    @property
    def customer_contract_labor_rates(self) -> "AsyncCustomerContractLaborRates":
        """The operations tagged customer_contract_labor_rates, awaited."""
        from .api.customer_contract_labor_rates import AsyncCustomerContractLaborRates

        return AsyncCustomerContractLaborRates(self._client)

    @property
    def customer_contract_search(self) -> "AsyncCustomerContractSearch":
        """The operations tagged customer_contract_search, awaited."""
        from .api.customer_contract_search import AsyncCustomerContractSearch

        return AsyncCustomerContractSearch(self._client)

    @property
    def customer_contract_service_level_asset_types(self) -> "AsyncCustomerContractServiceLevelAssetTypes":
        """The operations tagged customer_contract_service_level_asset_types, awaited."""
        from .api.customer_contract_service_level_asset_types import AsyncCustomerContractServiceLevelAssetTypes

        return AsyncCustomerContractServiceLevelAssetTypes(self._client)

    @property
    def customer_contract_service_levels(self) -> "AsyncCustomerContractServiceLevels":
        """The operations tagged customer_contract_service_levels, awaited."""
        from .api.customer_contract_service_levels import AsyncCustomerContractServiceLevels

        return AsyncCustomerContractServiceLevels(self._client)

    @property
    def customer_contracts(self) -> "AsyncCustomerContracts":
        """The operations tagged customer_contracts, awaited."""
        from .api.customer_contracts import AsyncCustomerContracts

        return AsyncCustomerContracts(self._client)

    @property
    def customer_custom_fields(self) -> "AsyncCustomerCustomFields":
        """The operations tagged customer_custom_fields, awaited."""
        from .api.customer_custom_fields import AsyncCustomerCustomFields

        return AsyncCustomerCustomFields(self._client)

    @property
    def customer_custom_fields_setup(self) -> "AsyncCustomerCustomFieldsSetup":
        """The operations tagged customer_custom_fields_setup, awaited."""
        from .api.customer_custom_fields_setup import AsyncCustomerCustomFieldsSetup

        return AsyncCustomerCustomFieldsSetup(self._client)

    @property
    def customer_groups(self) -> "AsyncCustomerGroups":
        """The operations tagged customer_groups, awaited."""
        from .api.customer_groups import AsyncCustomerGroups

        return AsyncCustomerGroups(self._client)

    @property
    def customer_invoice_logs(self) -> "AsyncCustomerInvoiceLogs":
        """The operations tagged customer_invoice_logs, awaited."""
        from .api.customer_invoice_logs import AsyncCustomerInvoiceLogs

        return AsyncCustomerInvoiceLogs(self._client)

    @property
    def customer_invoice_status_codes(self) -> "AsyncCustomerInvoiceStatusCodes":
        """The operations tagged customer_invoice_status_codes, awaited."""
        from .api.customer_invoice_status_codes import AsyncCustomerInvoiceStatusCodes

        return AsyncCustomerInvoiceStatusCodes(self._client)

    @property
    def customer_invoices(self) -> "AsyncCustomerInvoices":
        """The operations tagged customer_invoices, awaited."""
        from .api.customer_invoices import AsyncCustomerInvoices

        return AsyncCustomerInvoices(self._client)

    @property
    def customer_labor_rates(self) -> "AsyncCustomerLaborRates":
        """The operations tagged customer_labor_rates, awaited."""
        from .api.customer_labor_rates import AsyncCustomerLaborRates

        return AsyncCustomerLaborRates(self._client)

    @property
    def customer_logs(self) -> "AsyncCustomerLogs":
        """The operations tagged customer_logs, awaited."""
        from .api.customer_logs import AsyncCustomerLogs

        return AsyncCustomerLogs(self._client)

    @property
    def customer_notes(self) -> "AsyncCustomerNotes":
        """The operations tagged customer_notes, awaited."""
        from .api.customer_notes import AsyncCustomerNotes

        return AsyncCustomerNotes(self._client)

    @property
    def customer_payments(self) -> "AsyncCustomerPayments":
        """The operations tagged customer_payments, awaited."""
        from .api.customer_payments import AsyncCustomerPayments

        return AsyncCustomerPayments(self._client)

    @property
    def customer_profiles(self) -> "AsyncCustomerProfiles":
        """The operations tagged customer_profiles, awaited."""
        from .api.customer_profiles import AsyncCustomerProfiles

        return AsyncCustomerProfiles(self._client)

    @property
    def customer_response_times(self) -> "AsyncCustomerResponseTimes":
        """The operations tagged customer_response_times, awaited."""
        from .api.customer_response_times import AsyncCustomerResponseTimes

        return AsyncCustomerResponseTimes(self._client)

    @property
    def customer_tags(self) -> "AsyncCustomerTags":
        """The operations tagged customer_tags, awaited."""
        from .api.customer_tags import AsyncCustomerTags

        return AsyncCustomerTags(self._client)

    @property
    def customer_tasks(self) -> "AsyncCustomerTasks":
        """The operations tagged customer_tasks, awaited."""
        from .api.customer_tasks import AsyncCustomerTasks

        return AsyncCustomerTasks(self._client)

    @property
    def customers(self) -> "AsyncCustomers":
        """The operations tagged customers, awaited."""
        from .api.customers import AsyncCustomers

        return AsyncCustomers(self._client)

    @property
    def data_feed_events(self) -> "AsyncDataFeedEvents":
        """The operations tagged data_feed_events, awaited."""
        from .api.data_feed_events import AsyncDataFeedEvents

        return AsyncDataFeedEvents(self._client)

    @property
    def employee_attachment_folders(self) -> "AsyncEmployeeAttachmentFolders":
        """The operations tagged employee_attachment_folders, awaited."""
        from .api.employee_attachment_folders import AsyncEmployeeAttachmentFolders

        return AsyncEmployeeAttachmentFolders(self._client)

    @property
    def employee_attachments(self) -> "AsyncEmployeeAttachments":
        """The operations tagged employee_attachments, awaited."""
        from .api.employee_attachments import AsyncEmployeeAttachments

        return AsyncEmployeeAttachments(self._client)

    @property
    def employee_custom_fields(self) -> "AsyncEmployeeCustomFields":
        """The operations tagged employee_custom_fields, awaited."""
        from .api.employee_custom_fields import AsyncEmployeeCustomFields

        return AsyncEmployeeCustomFields(self._client)

    @property
    def employee_custom_fields_setup(self) -> "AsyncEmployeeCustomFieldsSetup":
        """The operations tagged employee_custom_fields_setup, awaited."""
        from .api.employee_custom_fields_setup import AsyncEmployeeCustomFieldsSetup

        return AsyncEmployeeCustomFieldsSetup(self._client)

    @property
    def employee_licence_attachments(self) -> "AsyncEmployeeLicenceAttachments":
        """The operations tagged employee_licence_attachments, awaited."""
        from .api.employee_licence_attachments import AsyncEmployeeLicenceAttachments

        return AsyncEmployeeLicenceAttachments(self._client)

    @property
    def employee_licences(self) -> "AsyncEmployeeLicences":
        """The operations tagged employee_licences, awaited."""
        from .api.employee_licences import AsyncEmployeeLicences

        return AsyncEmployeeLicences(self._client)

    @property
    def employee_timesheets(self) -> "AsyncEmployeeTimesheets":
        """The operations tagged employee_timesheets, awaited."""
        from .api.employee_timesheets import AsyncEmployeeTimesheets

        return AsyncEmployeeTimesheets(self._client)

    @property
    def employees(self) -> "AsyncEmployees":
        """The operations tagged employees, awaited."""
        from .api.employees import AsyncEmployees

        return AsyncEmployees(self._client)

    @property
    def failure_points(self) -> "AsyncFailurePoints":
        """The operations tagged failure_points, awaited."""
        from .api.failure_points import AsyncFailurePoints

        return AsyncFailurePoints(self._client)

    @property
    def fit_times(self) -> "AsyncFitTimes":
        """The operations tagged fit_times, awaited."""
        from .api.fit_times import AsyncFitTimes

        return AsyncFitTimes(self._client)

    @property
    def info(self) -> "AsyncInfo":
        """The operations tagged info, awaited."""
        from .api.info import AsyncInfo

        return AsyncInfo(self._client)

    @property
    def inventory_journals(self) -> "AsyncInventoryJournals":
        """The operations tagged inventory_journals, awaited."""
        from .api.inventory_journals import AsyncInventoryJournals

        return AsyncInventoryJournals(self._client)

    @property
    def invoice_cost_centers(self) -> "AsyncInvoiceCostCenters":
        """The operations tagged invoice_cost_centers, awaited."""
        from .api.invoice_cost_centers import AsyncInvoiceCostCenters

        return AsyncInvoiceCostCenters(self._client)

    @property
    def invoice_credit_note_custom_fields(self) -> "AsyncInvoiceCreditNoteCustomFields":
        """The operations tagged invoice_credit_note_custom_fields, awaited."""
        from .api.invoice_credit_note_custom_fields import AsyncInvoiceCreditNoteCustomFields

        return AsyncInvoiceCreditNoteCustomFields(self._client)

    @property
    def invoice_credit_notes(self) -> "AsyncInvoiceCreditNotes":
        """The operations tagged invoice_credit_notes, awaited."""
        from .api.invoice_credit_notes import AsyncInvoiceCreditNotes

        return AsyncInvoiceCreditNotes(self._client)

    @property
    def invoice_custom_fields(self) -> "AsyncInvoiceCustomFields":
        """The operations tagged invoice_custom_fields, awaited."""
        from .api.invoice_custom_fields import AsyncInvoiceCustomFields

        return AsyncInvoiceCustomFields(self._client)

    @property
    def invoice_custom_fields_setup(self) -> "AsyncInvoiceCustomFieldsSetup":
        """The operations tagged invoice_custom_fields_setup, awaited."""
        from .api.invoice_custom_fields_setup import AsyncInvoiceCustomFieldsSetup

        return AsyncInvoiceCustomFieldsSetup(self._client)

    @property
    def invoice_notes(self) -> "AsyncInvoiceNotes":
        """The operations tagged invoice_notes, awaited."""
        from .api.invoice_notes import AsyncInvoiceNotes

        return AsyncInvoiceNotes(self._client)

    @property
    def invoices(self) -> "AsyncInvoices":
        """The operations tagged invoices, awaited."""
        from .api.invoices import AsyncInvoices

        return AsyncInvoices(self._client)

    @property
    def job_attachment_folders(self) -> "AsyncJobAttachmentFolders":
        """The operations tagged job_attachment_folders, awaited."""
        from .api.job_attachment_folders import AsyncJobAttachmentFolders

        return AsyncJobAttachmentFolders(self._client)

    @property
    def job_attachments(self) -> "AsyncJobAttachments":
        """The operations tagged job_attachments, awaited."""
        from .api.job_attachments import AsyncJobAttachments

        return AsyncJobAttachments(self._client)

    @property
    def job_contractor_job_custom_fields(self) -> "AsyncJobContractorJobCustomFields":
        """The operations tagged job_contractor_job_custom_fields, awaited."""
        from .api.job_contractor_job_custom_fields import AsyncJobContractorJobCustomFields

        return AsyncJobContractorJobCustomFields(self._client)

    @property
    def job_contractor_jobs(self) -> "AsyncJobContractorJobs":
        """The operations tagged job_contractor_jobs, awaited."""
        from .api.job_contractor_jobs import AsyncJobContractorJobs

        return AsyncJobContractorJobs(self._client)

    @property
    def job_cost_center_assets(self) -> "AsyncJobCostCenterAssets":
        """The operations tagged job_cost_center_assets, awaited."""
        from .api.job_cost_center_assets import AsyncJobCostCenterAssets

        return AsyncJobCostCenterAssets(self._client)

    @property
    def job_cost_center_catalog_items(self) -> "AsyncJobCostCenterCatalogItems":
        """The operations tagged job_cost_center_catalog_items, awaited."""
        from .api.job_cost_center_catalog_items import AsyncJobCostCenterCatalogItems

        return AsyncJobCostCenterCatalogItems(self._client)

    @property
    def job_cost_center_labor_items(self) -> "AsyncJobCostCenterLaborItems":
        """The operations tagged job_cost_center_labor_items, awaited."""
        from .api.job_cost_center_labor_items import AsyncJobCostCenterLaborItems

        return AsyncJobCostCenterLaborItems(self._client)

    @property
    def job_cost_center_locks(self) -> "AsyncJobCostCenterLocks":
        """The operations tagged job_cost_center_locks, awaited."""
        from .api.job_cost_center_locks import AsyncJobCostCenterLocks

        return AsyncJobCostCenterLocks(self._client)

    @property
    def job_cost_center_one_off_items(self) -> "AsyncJobCostCenterOneOffItems":
        """The operations tagged job_cost_center_one_off_items, awaited."""
        from .api.job_cost_center_one_off_items import AsyncJobCostCenterOneOffItems

        return AsyncJobCostCenterOneOffItems(self._client)

    @property
    def job_cost_center_prebuild_items(self) -> "AsyncJobCostCenterPrebuildItems":
        """The operations tagged job_cost_center_prebuild_items, awaited."""
        from .api.job_cost_center_prebuild_items import AsyncJobCostCenterPrebuildItems

        return AsyncJobCostCenterPrebuildItems(self._client)

    @property
    def job_cost_center_schedules(self) -> "AsyncJobCostCenterSchedules":
        """The operations tagged job_cost_center_schedules, awaited."""
        from .api.job_cost_center_schedules import AsyncJobCostCenterSchedules

        return AsyncJobCostCenterSchedules(self._client)

    @property
    def job_cost_center_service_fees(self) -> "AsyncJobCostCenterServiceFees":
        """The operations tagged job_cost_center_service_fees, awaited."""
        from .api.job_cost_center_service_fees import AsyncJobCostCenterServiceFees

        return AsyncJobCostCenterServiceFees(self._client)

    @property
    def job_cost_center_stock_items(self) -> "AsyncJobCostCenterStockItems":
        """The operations tagged job_cost_center_stock_items, awaited."""
        from .api.job_cost_center_stock_items import AsyncJobCostCenterStockItems

        return AsyncJobCostCenterStockItems(self._client)

    @property
    def job_cost_center_tasks(self) -> "AsyncJobCostCenterTasks":
        """The operations tagged job_cost_center_tasks, awaited."""
        from .api.job_cost_center_tasks import AsyncJobCostCenterTasks

        return AsyncJobCostCenterTasks(self._client)

    @property
    def job_cost_center_work_order_asset_test_result_attachments(
        self,
    ) -> "AsyncJobCostCenterWorkOrderAssetTestResultAttachments":
        """The operations tagged job_cost_center_work_order_asset_test_result_attachments, awaited."""
        from .api.job_cost_center_work_order_asset_test_result_attachments import (
            AsyncJobCostCenterWorkOrderAssetTestResultAttachments,
        )

        return AsyncJobCostCenterWorkOrderAssetTestResultAttachments(self._client)

    @property
    def job_cost_center_work_order_assets(self) -> "AsyncJobCostCenterWorkOrderAssets":
        """The operations tagged job_cost_center_work_order_assets, awaited."""
        from .api.job_cost_center_work_order_assets import AsyncJobCostCenterWorkOrderAssets

        return AsyncJobCostCenterWorkOrderAssets(self._client)

    @property
    def job_cost_center_work_order_custom_fields(self) -> "AsyncJobCostCenterWorkOrderCustomFields":
        """The operations tagged job_cost_center_work_order_custom_fields, awaited."""
        from .api.job_cost_center_work_order_custom_fields import AsyncJobCostCenterWorkOrderCustomFields

        return AsyncJobCostCenterWorkOrderCustomFields(self._client)

    @property
    def job_cost_center_work_order_mobile_signatures(self) -> "AsyncJobCostCenterWorkOrderMobileSignatures":
        """The operations tagged job_cost_center_work_order_mobile_signatures, awaited."""
        from .api.job_cost_center_work_order_mobile_signatures import AsyncJobCostCenterWorkOrderMobileSignatures

        return AsyncJobCostCenterWorkOrderMobileSignatures(self._client)

    @property
    def job_cost_center_work_orders(self) -> "AsyncJobCostCenterWorkOrders":
        """The operations tagged job_cost_center_work_orders, awaited."""
        from .api.job_cost_center_work_orders import AsyncJobCostCenterWorkOrders

        return AsyncJobCostCenterWorkOrders(self._client)

    @property
    def job_cost_centers(self) -> "AsyncJobCostCenters":
        """The operations tagged job_cost_centers, awaited."""
        from .api.job_cost_centers import AsyncJobCostCenters

        return AsyncJobCostCenters(self._client)

    @property
    def job_custom_fields(self) -> "AsyncJobCustomFields":
        """The operations tagged job_custom_fields, awaited."""
        from .api.job_custom_fields import AsyncJobCustomFields

        return AsyncJobCustomFields(self._client)

    @property
    def job_invoice_custom_fields(self) -> "AsyncJobInvoiceCustomFields":
        """The operations tagged job_invoice_custom_fields, awaited."""
        from .api.job_invoice_custom_fields import AsyncJobInvoiceCustomFields

        return AsyncJobInvoiceCustomFields(self._client)

    @property
    def job_invoices(self) -> "AsyncJobInvoices":
        """The operations tagged job_invoices, awaited."""
        from .api.job_invoices import AsyncJobInvoices

        return AsyncJobInvoices(self._client)

    @property
    def job_lock(self) -> "AsyncJobLock":
        """The operations tagged job_lock, awaited."""
        from .api.job_lock import AsyncJobLock

        return AsyncJobLock(self._client)

    @property
    def job_logs(self) -> "AsyncJobLogs":
        """The operations tagged job_logs, awaited."""
        from .api.job_logs import AsyncJobLogs

        return AsyncJobLogs(self._client)

    @property
    def job_notes(self) -> "AsyncJobNotes":
        """The operations tagged job_notes, awaited."""
        from .api.job_notes import AsyncJobNotes

        return AsyncJobNotes(self._client)

    @property
    def job_sections(self) -> "AsyncJobSections":
        """The operations tagged job_sections, awaited."""
        from .api.job_sections import AsyncJobSections

        return AsyncJobSections(self._client)

    @property
    def job_tasks(self) -> "AsyncJobTasks":
        """The operations tagged job_tasks, awaited."""
        from .api.job_tasks import AsyncJobTasks

        return AsyncJobTasks(self._client)

    @property
    def job_timelines(self) -> "AsyncJobTimelines":
        """The operations tagged job_timelines, awaited."""
        from .api.job_timelines import AsyncJobTimelines

        return AsyncJobTimelines(self._client)

    @property
    def job_work_orders(self) -> "AsyncJobWorkOrders":
        """The operations tagged job_work_orders, awaited."""
        from .api.job_work_orders import AsyncJobWorkOrders

        return AsyncJobWorkOrders(self._client)

    @property
    def jobs(self) -> "AsyncJobs":
        """The operations tagged jobs, awaited."""
        from .api.jobs import AsyncJobs

        return AsyncJobs(self._client)

    @property
    def journals(self) -> "AsyncJournals":
        """The operations tagged journals, awaited."""
        from .api.journals import AsyncJournals

        return AsyncJournals(self._client)

    @property
    def labor_rate_overhead(self) -> "AsyncLaborRateOverhead":
        """The operations tagged labor_rate_overhead, awaited."""
        from .api.labor_rate_overhead import AsyncLaborRateOverhead

        return AsyncLaborRateOverhead(self._client)

    @property
    def labor_rates(self) -> "AsyncLaborRates":
        """The operations tagged labor_rates, awaited."""
        from .api.labor_rates import AsyncLaborRates

        return AsyncLaborRates(self._client)

    @property
    def lead_attachment_folders(self) -> "AsyncLeadAttachmentFolders":
        """The operations tagged lead_attachment_folders, awaited."""
        from .api.lead_attachment_folders import AsyncLeadAttachmentFolders

        return AsyncLeadAttachmentFolders(self._client)

    @property
    def lead_attachments(self) -> "AsyncLeadAttachments":
        """The operations tagged lead_attachments, awaited."""
        from .api.lead_attachments import AsyncLeadAttachments

        return AsyncLeadAttachments(self._client)

    @property
    def lead_custom_fields(self) -> "AsyncLeadCustomFields":
        """The operations tagged lead_custom_fields, awaited."""
        from .api.lead_custom_fields import AsyncLeadCustomFields

        return AsyncLeadCustomFields(self._client)

    @property
    def lead_schedules(self) -> "AsyncLeadSchedules":
        """The operations tagged lead_schedules, awaited."""
        from .api.lead_schedules import AsyncLeadSchedules

        return AsyncLeadSchedules(self._client)

    @property
    def leads(self) -> "AsyncLeads":
        """The operations tagged leads, awaited."""
        from .api.leads import AsyncLeads

        return AsyncLeads(self._client)

    @property
    def merge_catalogs(self) -> "AsyncMergeCatalogs":
        """The operations tagged merge_catalogs, awaited."""
        from .api.merge_catalogs import AsyncMergeCatalogs

        return AsyncMergeCatalogs(self._client)

    @property
    def mobile_status_logs(self) -> "AsyncMobileStatusLogs":
        """The operations tagged mobile_status_logs, awaited."""
        from .api.mobile_status_logs import AsyncMobileStatusLogs

        return AsyncMobileStatusLogs(self._client)

    @property
    def notes(self) -> "AsyncNotes":
        """The operations tagged notes, awaited."""
        from .api.notes import AsyncNotes

        return AsyncNotes(self._client)

    @property
    def payable_contacts(self) -> "AsyncPayableContacts":
        """The operations tagged payable_contacts, awaited."""
        from .api.payable_contacts import AsyncPayableContacts

        return AsyncPayableContacts(self._client)

    @property
    def payable_invoices(self) -> "AsyncPayableInvoices":
        """The operations tagged payable_invoices, awaited."""
        from .api.payable_invoices import AsyncPayableInvoices

        return AsyncPayableInvoices(self._client)

    @property
    def payment_methods(self) -> "AsyncPaymentMethods":
        """The operations tagged payment_methods, awaited."""
        from .api.payment_methods import AsyncPaymentMethods

        return AsyncPaymentMethods(self._client)

    @property
    def payment_terms(self) -> "AsyncPaymentTerms":
        """The operations tagged payment_terms, awaited."""
        from .api.payment_terms import AsyncPaymentTerms

        return AsyncPaymentTerms(self._client)

    @property
    def plant_and_equipment(self) -> "AsyncPlantAndEquipment":
        """The operations tagged plant_and_equipment, awaited."""
        from .api.plant_and_equipment import AsyncPlantAndEquipment

        return AsyncPlantAndEquipment(self._client)

    @property
    def plant_and_equipment_attachment_folders(self) -> "AsyncPlantAndEquipmentAttachmentFolders":
        """The operations tagged plant_and_equipment_attachment_folders, awaited."""
        from .api.plant_and_equipment_attachment_folders import AsyncPlantAndEquipmentAttachmentFolders

        return AsyncPlantAndEquipmentAttachmentFolders(self._client)

    @property
    def plant_and_equipment_attachments(self) -> "AsyncPlantAndEquipmentAttachments":
        """The operations tagged plant_and_equipment_attachments, awaited."""
        from .api.plant_and_equipment_attachments import AsyncPlantAndEquipmentAttachments

        return AsyncPlantAndEquipmentAttachments(self._client)

    @property
    def plant_and_equipment_custom_fields(self) -> "AsyncPlantAndEquipmentCustomFields":
        """The operations tagged plant_and_equipment_custom_fields, awaited."""
        from .api.plant_and_equipment_custom_fields import AsyncPlantAndEquipmentCustomFields

        return AsyncPlantAndEquipmentCustomFields(self._client)

    @property
    def plant_and_equipment_services(self) -> "AsyncPlantAndEquipmentServices":
        """The operations tagged plant_and_equipment_services, awaited."""
        from .api.plant_and_equipment_services import AsyncPlantAndEquipmentServices

        return AsyncPlantAndEquipmentServices(self._client)

    @property
    def plant_rates(self) -> "AsyncPlantRates":
        """The operations tagged plant_rates, awaited."""
        from .api.plant_rates import AsyncPlantRates

        return AsyncPlantRates(self._client)

    @property
    def plant_type_custom_fields(self) -> "AsyncPlantTypeCustomFields":
        """The operations tagged plant_type_custom_fields, awaited."""
        from .api.plant_type_custom_fields import AsyncPlantTypeCustomFields

        return AsyncPlantTypeCustomFields(self._client)

    @property
    def plant_types(self) -> "AsyncPlantTypes":
        """The operations tagged plant_types, awaited."""
        from .api.plant_types import AsyncPlantTypes

        return AsyncPlantTypes(self._client)

    @property
    def prebuild_attachment_folders(self) -> "AsyncPrebuildAttachmentFolders":
        """The operations tagged prebuild_attachment_folders, awaited."""
        from .api.prebuild_attachment_folders import AsyncPrebuildAttachmentFolders

        return AsyncPrebuildAttachmentFolders(self._client)

    @property
    def prebuild_attachments(self) -> "AsyncPrebuildAttachments":
        """The operations tagged prebuild_attachments, awaited."""
        from .api.prebuild_attachments import AsyncPrebuildAttachments

        return AsyncPrebuildAttachments(self._client)

    @property
    def prebuild_catalogs(self) -> "AsyncPrebuildCatalogs":
        """The operations tagged prebuild_catalogs, awaited."""
        from .api.prebuild_catalogs import AsyncPrebuildCatalogs

        return AsyncPrebuildCatalogs(self._client)

    @property
    def prebuild_custom_fields(self) -> "AsyncPrebuildCustomFields":
        """The operations tagged prebuild_custom_fields, awaited."""
        from .api.prebuild_custom_fields import AsyncPrebuildCustomFields

        return AsyncPrebuildCustomFields(self._client)

    @property
    def prebuild_groups(self) -> "AsyncPrebuildGroups":
        """The operations tagged prebuild_groups, awaited."""
        from .api.prebuild_groups import AsyncPrebuildGroups

        return AsyncPrebuildGroups(self._client)

    @property
    def prebuild_item_custom_fields_setup(self) -> "AsyncPrebuildItemCustomFieldsSetup":
        """The operations tagged prebuild_item_custom_fields_setup, awaited."""
        from .api.prebuild_item_custom_fields_setup import AsyncPrebuildItemCustomFieldsSetup

        return AsyncPrebuildItemCustomFieldsSetup(self._client)

    @property
    def prebuilds(self) -> "AsyncPrebuilds":
        """The operations tagged prebuilds, awaited."""
        from .api.prebuilds import AsyncPrebuilds

        return AsyncPrebuilds(self._client)

    @property
    def pricing_tiers(self) -> "AsyncPricingTiers":
        """The operations tagged pricing_tiers, awaited."""
        from .api.pricing_tiers import AsyncPricingTiers

        return AsyncPricingTiers(self._client)

    @property
    def project_custom_fields_setup(self) -> "AsyncProjectCustomFieldsSetup":
        """The operations tagged project_custom_fields_setup, awaited."""
        from .api.project_custom_fields_setup import AsyncProjectCustomFieldsSetup

        return AsyncProjectCustomFieldsSetup(self._client)

    @property
    def project_status_codes(self) -> "AsyncProjectStatusCodes":
        """The operations tagged project_status_codes, awaited."""
        from .api.project_status_codes import AsyncProjectStatusCodes

        return AsyncProjectStatusCodes(self._client)

    @property
    def project_tags(self) -> "AsyncProjectTags":
        """The operations tagged project_tags, awaited."""
        from .api.project_tags import AsyncProjectTags

        return AsyncProjectTags(self._client)

    @property
    def purchasing_stages(self) -> "AsyncPurchasingStages":
        """The operations tagged purchasing_stages, awaited."""
        from .api.purchasing_stages import AsyncPurchasingStages

        return AsyncPurchasingStages(self._client)

    @property
    def quote_archive_reasons(self) -> "AsyncQuoteArchiveReasons":
        """The operations tagged quote_archive_reasons, awaited."""
        from .api.quote_archive_reasons import AsyncQuoteArchiveReasons

        return AsyncQuoteArchiveReasons(self._client)

    @property
    def quote_attachment_folders(self) -> "AsyncQuoteAttachmentFolders":
        """The operations tagged quote_attachment_folders, awaited."""
        from .api.quote_attachment_folders import AsyncQuoteAttachmentFolders

        return AsyncQuoteAttachmentFolders(self._client)

    @property
    def quote_attachments(self) -> "AsyncQuoteAttachments":
        """The operations tagged quote_attachments, awaited."""
        from .api.quote_attachments import AsyncQuoteAttachments

        return AsyncQuoteAttachments(self._client)

    @property
    def quote_contractor_job_attachment_folders(self) -> "AsyncQuoteContractorJobAttachmentFolders":
        """The operations tagged quote_contractor_job_attachment_folders, awaited."""
        from .api.quote_contractor_job_attachment_folders import AsyncQuoteContractorJobAttachmentFolders

        return AsyncQuoteContractorJobAttachmentFolders(self._client)

    @property
    def quote_contractor_job_attachments(self) -> "AsyncQuoteContractorJobAttachments":
        """The operations tagged quote_contractor_job_attachments, awaited."""
        from .api.quote_contractor_job_attachments import AsyncQuoteContractorJobAttachments

        return AsyncQuoteContractorJobAttachments(self._client)

    @property
    def quote_contractor_job_custom_fields(self) -> "AsyncQuoteContractorJobCustomFields":
        """The operations tagged quote_contractor_job_custom_fields, awaited."""
        from .api.quote_contractor_job_custom_fields import AsyncQuoteContractorJobCustomFields

        return AsyncQuoteContractorJobCustomFields(self._client)

    @property
    def quote_contractor_jobs(self) -> "AsyncQuoteContractorJobs":
        """The operations tagged quote_contractor_jobs, awaited."""
        from .api.quote_contractor_jobs import AsyncQuoteContractorJobs

        return AsyncQuoteContractorJobs(self._client)

    @property
    def quote_cost_center_assets(self) -> "AsyncQuoteCostCenterAssets":
        """The operations tagged quote_cost_center_assets, awaited."""
        from .api.quote_cost_center_assets import AsyncQuoteCostCenterAssets

        return AsyncQuoteCostCenterAssets(self._client)

    @property
    def quote_cost_center_catalog_items(self) -> "AsyncQuoteCostCenterCatalogItems":
        """The operations tagged quote_cost_center_catalog_items, awaited."""
        from .api.quote_cost_center_catalog_items import AsyncQuoteCostCenterCatalogItems

        return AsyncQuoteCostCenterCatalogItems(self._client)

    @property
    def quote_cost_center_labor_items(self) -> "AsyncQuoteCostCenterLaborItems":
        """The operations tagged quote_cost_center_labor_items, awaited."""
        from .api.quote_cost_center_labor_items import AsyncQuoteCostCenterLaborItems

        return AsyncQuoteCostCenterLaborItems(self._client)

    @property
    def quote_cost_center_one_off_items(self) -> "AsyncQuoteCostCenterOneOffItems":
        """The operations tagged quote_cost_center_one_off_items, awaited."""
        from .api.quote_cost_center_one_off_items import AsyncQuoteCostCenterOneOffItems

        return AsyncQuoteCostCenterOneOffItems(self._client)

    @property
    def quote_cost_center_prebuild_items(self) -> "AsyncQuoteCostCenterPrebuildItems":
        """The operations tagged quote_cost_center_prebuild_items, awaited."""
        from .api.quote_cost_center_prebuild_items import AsyncQuoteCostCenterPrebuildItems

        return AsyncQuoteCostCenterPrebuildItems(self._client)

    @property
    def quote_cost_center_schedules(self) -> "AsyncQuoteCostCenterSchedules":
        """The operations tagged quote_cost_center_schedules, awaited."""
        from .api.quote_cost_center_schedules import AsyncQuoteCostCenterSchedules

        return AsyncQuoteCostCenterSchedules(self._client)

    @property
    def quote_cost_center_service_fees(self) -> "AsyncQuoteCostCenterServiceFees":
        """The operations tagged quote_cost_center_service_fees, awaited."""
        from .api.quote_cost_center_service_fees import AsyncQuoteCostCenterServiceFees

        return AsyncQuoteCostCenterServiceFees(self._client)

    @property
    def quote_cost_center_tasks(self) -> "AsyncQuoteCostCenterTasks":
        """The operations tagged quote_cost_center_tasks, awaited."""
        from .api.quote_cost_center_tasks import AsyncQuoteCostCenterTasks

        return AsyncQuoteCostCenterTasks(self._client)

    @property
    def quote_cost_center_work_orders(self) -> "AsyncQuoteCostCenterWorkOrders":
        """The operations tagged quote_cost_center_work_orders, awaited."""
        from .api.quote_cost_center_work_orders import AsyncQuoteCostCenterWorkOrders

        return AsyncQuoteCostCenterWorkOrders(self._client)

    @property
    def quote_cost_center_work_orders_assets(self) -> "AsyncQuoteCostCenterWorkOrdersAssets":
        """The operations tagged quote_cost_center_work_orders_assets, awaited."""
        from .api.quote_cost_center_work_orders_assets import AsyncQuoteCostCenterWorkOrdersAssets

        return AsyncQuoteCostCenterWorkOrdersAssets(self._client)

    @property
    def quote_cost_center_work_orders_custom_fields(self) -> "AsyncQuoteCostCenterWorkOrdersCustomFields":
        """The operations tagged quote_cost_center_work_orders_custom_fields, awaited."""
        from .api.quote_cost_center_work_orders_custom_fields import AsyncQuoteCostCenterWorkOrdersCustomFields

        return AsyncQuoteCostCenterWorkOrdersCustomFields(self._client)

    @property
    def quote_cost_centers(self) -> "AsyncQuoteCostCenters":
        """The operations tagged quote_cost_centers, awaited."""
        from .api.quote_cost_centers import AsyncQuoteCostCenters

        return AsyncQuoteCostCenters(self._client)

    @property
    def quote_custom_fields(self) -> "AsyncQuoteCustomFields":
        """The operations tagged quote_custom_fields, awaited."""
        from .api.quote_custom_fields import AsyncQuoteCustomFields

        return AsyncQuoteCustomFields(self._client)

    @property
    def quote_lock(self) -> "AsyncQuoteLock":
        """The operations tagged quote_lock, awaited."""
        from .api.quote_lock import AsyncQuoteLock

        return AsyncQuoteLock(self._client)

    @property
    def quote_logs(self) -> "AsyncQuoteLogs":
        """The operations tagged quote_logs, awaited."""
        from .api.quote_logs import AsyncQuoteLogs

        return AsyncQuoteLogs(self._client)

    @property
    def quote_notes(self) -> "AsyncQuoteNotes":
        """The operations tagged quote_notes, awaited."""
        from .api.quote_notes import AsyncQuoteNotes

        return AsyncQuoteNotes(self._client)

    @property
    def quote_sections(self) -> "AsyncQuoteSections":
        """The operations tagged quote_sections, awaited."""
        from .api.quote_sections import AsyncQuoteSections

        return AsyncQuoteSections(self._client)

    @property
    def quote_tasks(self) -> "AsyncQuoteTasks":
        """The operations tagged quote_tasks, awaited."""
        from .api.quote_tasks import AsyncQuoteTasks

        return AsyncQuoteTasks(self._client)

    @property
    def quote_timelines(self) -> "AsyncQuoteTimelines":
        """The operations tagged quote_timelines, awaited."""
        from .api.quote_timelines import AsyncQuoteTimelines

        return AsyncQuoteTimelines(self._client)

    @property
    def quote_work_orders(self) -> "AsyncQuoteWorkOrders":
        """The operations tagged quote_work_orders, awaited."""
        from .api.quote_work_orders import AsyncQuoteWorkOrders

        return AsyncQuoteWorkOrders(self._client)

    @property
    def quotes(self) -> "AsyncQuotes":
        """The operations tagged quotes, awaited."""
        from .api.quotes import AsyncQuotes

        return AsyncQuotes(self._client)

    @property
    def receivable_contacts(self) -> "AsyncReceivableContacts":
        """The operations tagged receivable_contacts, awaited."""
        from .api.receivable_contacts import AsyncReceivableContacts

        return AsyncReceivableContacts(self._client)

    @property
    def receivable_invoices(self) -> "AsyncReceivableInvoices":
        """The operations tagged receivable_invoices, awaited."""
        from .api.receivable_invoices import AsyncReceivableInvoices

        return AsyncReceivableInvoices(self._client)

    @property
    def receivable_payments(self) -> "AsyncReceivablePayments":
        """The operations tagged receivable_payments, awaited."""
        from .api.receivable_payments import AsyncReceivablePayments

        return AsyncReceivablePayments(self._client)

    @property
    def recommendations(self) -> "AsyncRecommendations":
        """The operations tagged recommendations, awaited."""
        from .api.recommendations import AsyncRecommendations

        return AsyncRecommendations(self._client)

    @property
    def recurring_invoice_attachment_folders(self) -> "AsyncRecurringInvoiceAttachmentFolders":
        """The operations tagged recurring_invoice_attachment_folders, awaited."""
        from .api.recurring_invoice_attachment_folders import AsyncRecurringInvoiceAttachmentFolders

        return AsyncRecurringInvoiceAttachmentFolders(self._client)

    @property
    def recurring_invoice_attachments(self) -> "AsyncRecurringInvoiceAttachments":
        """The operations tagged recurring_invoice_attachments, awaited."""
        from .api.recurring_invoice_attachments import AsyncRecurringInvoiceAttachments

        return AsyncRecurringInvoiceAttachments(self._client)

    @property
    def recurring_invoice_cost_center_catalog_items(self) -> "AsyncRecurringInvoiceCostCenterCatalogItems":
        """The operations tagged recurring_invoice_cost_center_catalog_items, awaited."""
        from .api.recurring_invoice_cost_center_catalog_items import AsyncRecurringInvoiceCostCenterCatalogItems

        return AsyncRecurringInvoiceCostCenterCatalogItems(self._client)

    @property
    def recurring_invoice_cost_center_labor_items(self) -> "AsyncRecurringInvoiceCostCenterLaborItems":
        """The operations tagged recurring_invoice_cost_center_labor_items, awaited."""
        from .api.recurring_invoice_cost_center_labor_items import AsyncRecurringInvoiceCostCenterLaborItems

        return AsyncRecurringInvoiceCostCenterLaborItems(self._client)

    @property
    def recurring_invoice_cost_center_one_off_items(self) -> "AsyncRecurringInvoiceCostCenterOneOffItems":
        """The operations tagged recurring_invoice_cost_center_one_off_items, awaited."""
        from .api.recurring_invoice_cost_center_one_off_items import AsyncRecurringInvoiceCostCenterOneOffItems

        return AsyncRecurringInvoiceCostCenterOneOffItems(self._client)

    @property
    def recurring_invoice_cost_center_prebuild_items(self) -> "AsyncRecurringInvoiceCostCenterPrebuildItems":
        """The operations tagged recurring_invoice_cost_center_prebuild_items, awaited."""
        from .api.recurring_invoice_cost_center_prebuild_items import AsyncRecurringInvoiceCostCenterPrebuildItems

        return AsyncRecurringInvoiceCostCenterPrebuildItems(self._client)

    @property
    def recurring_invoice_cost_center_service_fees(self) -> "AsyncRecurringInvoiceCostCenterServiceFees":
        """The operations tagged recurring_invoice_cost_center_service_fees, awaited."""
        from .api.recurring_invoice_cost_center_service_fees import AsyncRecurringInvoiceCostCenterServiceFees

        return AsyncRecurringInvoiceCostCenterServiceFees(self._client)

    @property
    def recurring_invoice_cost_centers(self) -> "AsyncRecurringInvoiceCostCenters":
        """The operations tagged recurring_invoice_cost_centers, awaited."""
        from .api.recurring_invoice_cost_centers import AsyncRecurringInvoiceCostCenters

        return AsyncRecurringInvoiceCostCenters(self._client)

    @property
    def recurring_invoice_custom_fields(self) -> "AsyncRecurringInvoiceCustomFields":
        """The operations tagged recurring_invoice_custom_fields, awaited."""
        from .api.recurring_invoice_custom_fields import AsyncRecurringInvoiceCustomFields

        return AsyncRecurringInvoiceCustomFields(self._client)

    @property
    def recurring_invoice_logs(self) -> "AsyncRecurringInvoiceLogs":
        """The operations tagged recurring_invoice_logs, awaited."""
        from .api.recurring_invoice_logs import AsyncRecurringInvoiceLogs

        return AsyncRecurringInvoiceLogs(self._client)

    @property
    def recurring_invoice_sections(self) -> "AsyncRecurringInvoiceSections":
        """The operations tagged recurring_invoice_sections, awaited."""
        from .api.recurring_invoice_sections import AsyncRecurringInvoiceSections

        return AsyncRecurringInvoiceSections(self._client)

    @property
    def recurring_invoice_timeline(self) -> "AsyncRecurringInvoiceTimeline":
        """The operations tagged recurring_invoice_timeline, awaited."""
        from .api.recurring_invoice_timeline import AsyncRecurringInvoiceTimeline

        return AsyncRecurringInvoiceTimeline(self._client)

    @property
    def recurring_invoices(self) -> "AsyncRecurringInvoices":
        """The operations tagged recurring_invoices, awaited."""
        from .api.recurring_invoices import AsyncRecurringInvoices

        return AsyncRecurringInvoices(self._client)

    @property
    def recurring_job_attachment_folders(self) -> "AsyncRecurringJobAttachmentFolders":
        """The operations tagged recurring_job_attachment_folders, awaited."""
        from .api.recurring_job_attachment_folders import AsyncRecurringJobAttachmentFolders

        return AsyncRecurringJobAttachmentFolders(self._client)

    @property
    def recurring_job_attachments(self) -> "AsyncRecurringJobAttachments":
        """The operations tagged recurring_job_attachments, awaited."""
        from .api.recurring_job_attachments import AsyncRecurringJobAttachments

        return AsyncRecurringJobAttachments(self._client)

    @property
    def recurring_job_cost_center_assets(self) -> "AsyncRecurringJobCostCenterAssets":
        """The operations tagged recurring_job_cost_center_assets, awaited."""
        from .api.recurring_job_cost_center_assets import AsyncRecurringJobCostCenterAssets

        return AsyncRecurringJobCostCenterAssets(self._client)

    @property
    def recurring_job_cost_center_catalogs(self) -> "AsyncRecurringJobCostCenterCatalogs":
        """The operations tagged recurring_job_cost_center_catalogs, awaited."""
        from .api.recurring_job_cost_center_catalogs import AsyncRecurringJobCostCenterCatalogs

        return AsyncRecurringJobCostCenterCatalogs(self._client)

    @property
    def recurring_job_cost_center_labors(self) -> "AsyncRecurringJobCostCenterLabors":
        """The operations tagged recurring_job_cost_center_labors, awaited."""
        from .api.recurring_job_cost_center_labors import AsyncRecurringJobCostCenterLabors

        return AsyncRecurringJobCostCenterLabors(self._client)

    @property
    def recurring_job_cost_center_one_offs(self) -> "AsyncRecurringJobCostCenterOneOffs":
        """The operations tagged recurring_job_cost_center_one_offs, awaited."""
        from .api.recurring_job_cost_center_one_offs import AsyncRecurringJobCostCenterOneOffs

        return AsyncRecurringJobCostCenterOneOffs(self._client)

    @property
    def recurring_job_cost_center_prebuilds(self) -> "AsyncRecurringJobCostCenterPrebuilds":
        """The operations tagged recurring_job_cost_center_prebuilds, awaited."""
        from .api.recurring_job_cost_center_prebuilds import AsyncRecurringJobCostCenterPrebuilds

        return AsyncRecurringJobCostCenterPrebuilds(self._client)

    @property
    def recurring_job_cost_center_service_fees(self) -> "AsyncRecurringJobCostCenterServiceFees":
        """The operations tagged recurring_job_cost_center_service_fees, awaited."""
        from .api.recurring_job_cost_center_service_fees import AsyncRecurringJobCostCenterServiceFees

        return AsyncRecurringJobCostCenterServiceFees(self._client)

    @property
    def recurring_job_cost_centers(self) -> "AsyncRecurringJobCostCenters":
        """The operations tagged recurring_job_cost_centers, awaited."""
        from .api.recurring_job_cost_centers import AsyncRecurringJobCostCenters

        return AsyncRecurringJobCostCenters(self._client)

    @property
    def recurring_job_custom_fields(self) -> "AsyncRecurringJobCustomFields":
        """The operations tagged recurring_job_custom_fields, awaited."""
        from .api.recurring_job_custom_fields import AsyncRecurringJobCustomFields

        return AsyncRecurringJobCustomFields(self._client)

    @property
    def recurring_job_notes(self) -> "AsyncRecurringJobNotes":
        """The operations tagged recurring_job_notes, awaited."""
        from .api.recurring_job_notes import AsyncRecurringJobNotes

        return AsyncRecurringJobNotes(self._client)

    @property
    def recurring_job_sections(self) -> "AsyncRecurringJobSections":
        """The operations tagged recurring_job_sections, awaited."""
        from .api.recurring_job_sections import AsyncRecurringJobSections

        return AsyncRecurringJobSections(self._client)

    @property
    def recurring_job_timelines(self) -> "AsyncRecurringJobTimelines":
        """The operations tagged recurring_job_timelines, awaited."""
        from .api.recurring_job_timelines import AsyncRecurringJobTimelines

        return AsyncRecurringJobTimelines(self._client)

    @property
    def recurring_jobs(self) -> "AsyncRecurringJobs":
        """The operations tagged recurring_jobs, awaited."""
        from .api.recurring_jobs import AsyncRecurringJobs

        return AsyncRecurringJobs(self._client)

    @property
    def response_times(self) -> "AsyncResponseTimes":
        """The operations tagged response_times, awaited."""
        from .api.response_times import AsyncResponseTimes

        return AsyncResponseTimes(self._client)

    @property
    def retainages(self) -> "AsyncRetainages":
        """The operations tagged retainages, awaited."""
        from .api.retainages import AsyncRetainages

        return AsyncRetainages(self._client)

    @property
    def schedule_logs(self) -> "AsyncScheduleLogs":
        """The operations tagged schedule_logs, awaited."""
        from .api.schedule_logs import AsyncScheduleLogs

        return AsyncScheduleLogs(self._client)

    @property
    def schedule_rates(self) -> "AsyncScheduleRates":
        """The operations tagged schedule_rates, awaited."""
        from .api.schedule_rates import AsyncScheduleRates

        return AsyncScheduleRates(self._client)

    @property
    def schedules(self) -> "AsyncSchedules":
        """The operations tagged schedules, awaited."""
        from .api.schedules import AsyncSchedules

        return AsyncSchedules(self._client)

    @property
    def security_groups(self) -> "AsyncSecurityGroups":
        """The operations tagged security_groups, awaited."""
        from .api.security_groups import AsyncSecurityGroups

        return AsyncSecurityGroups(self._client)

    @property
    def service_fees(self) -> "AsyncServiceFees":
        """The operations tagged service_fees, awaited."""
        from .api.service_fees import AsyncServiceFees

        return AsyncServiceFees(self._client)

    @property
    def service_levels(self) -> "AsyncServiceLevels":
        """The operations tagged service_levels, awaited."""
        from .api.service_levels import AsyncServiceLevels

        return AsyncServiceLevels(self._client)

    @property
    def single_tax_codes(self) -> "AsyncSingleTaxCodes":
        """The operations tagged single_tax_codes, awaited."""
        from .api.single_tax_codes import AsyncSingleTaxCodes

        return AsyncSingleTaxCodes(self._client)

    @property
    def site_attachment_folders(self) -> "AsyncSiteAttachmentFolders":
        """The operations tagged site_attachment_folders, awaited."""
        from .api.site_attachment_folders import AsyncSiteAttachmentFolders

        return AsyncSiteAttachmentFolders(self._client)

    @property
    def site_attachments(self) -> "AsyncSiteAttachments":
        """The operations tagged site_attachments, awaited."""
        from .api.site_attachments import AsyncSiteAttachments

        return AsyncSiteAttachments(self._client)

    @property
    def site_contact_custom_fields(self) -> "AsyncSiteContactCustomFields":
        """The operations tagged site_contact_custom_fields, awaited."""
        from .api.site_contact_custom_fields import AsyncSiteContactCustomFields

        return AsyncSiteContactCustomFields(self._client)

    @property
    def site_contact_custom_fields_setup(self) -> "AsyncSiteContactCustomFieldsSetup":
        """The operations tagged site_contact_custom_fields_setup, awaited."""
        from .api.site_contact_custom_fields_setup import AsyncSiteContactCustomFieldsSetup

        return AsyncSiteContactCustomFieldsSetup(self._client)

    @property
    def site_contacts(self) -> "AsyncSiteContacts":
        """The operations tagged site_contacts, awaited."""
        from .api.site_contacts import AsyncSiteContacts

        return AsyncSiteContacts(self._client)

    @property
    def site_custom_fields(self) -> "AsyncSiteCustomFields":
        """The operations tagged site_custom_fields, awaited."""
        from .api.site_custom_fields import AsyncSiteCustomFields

        return AsyncSiteCustomFields(self._client)

    @property
    def site_custom_fields_setup(self) -> "AsyncSiteCustomFieldsSetup":
        """The operations tagged site_custom_fields_setup, awaited."""
        from .api.site_custom_fields_setup import AsyncSiteCustomFieldsSetup

        return AsyncSiteCustomFieldsSetup(self._client)

    @property
    def site_labor_rates(self) -> "AsyncSiteLaborRates":
        """The operations tagged site_labor_rates, awaited."""
        from .api.site_labor_rates import AsyncSiteLaborRates

        return AsyncSiteLaborRates(self._client)

    @property
    def site_preferred_technicians(self) -> "AsyncSitePreferredTechnicians":
        """The operations tagged site_preferred_technicians, awaited."""
        from .api.site_preferred_technicians import AsyncSitePreferredTechnicians

        return AsyncSitePreferredTechnicians(self._client)

    @property
    def sites(self) -> "AsyncSites":
        """The operations tagged sites, awaited."""
        from .api.sites import AsyncSites

        return AsyncSites(self._client)

    @property
    def staff(self) -> "AsyncStaff":
        """The operations tagged staff, awaited."""
        from .api.staff import AsyncStaff

        return AsyncStaff(self._client)

    @property
    def stock_allocations(self) -> "AsyncStockAllocations":
        """The operations tagged stock_allocations, awaited."""
        from .api.stock_allocations import AsyncStockAllocations

        return AsyncStockAllocations(self._client)

    @property
    def stock_items(self) -> "AsyncStockItems":
        """The operations tagged stock_items, awaited."""
        from .api.stock_items import AsyncStockItems

        return AsyncStockItems(self._client)

    @property
    def stock_take_reasons(self) -> "AsyncStockTakeReasons":
        """The operations tagged stock_take_reasons, awaited."""
        from .api.stock_take_reasons import AsyncStockTakeReasons

        return AsyncStockTakeReasons(self._client)

    @property
    def stock_takes(self) -> "AsyncStockTakes":
        """The operations tagged stock_takes, awaited."""
        from .api.stock_takes import AsyncStockTakes

        return AsyncStockTakes(self._client)

    @property
    def stock_transfer_reasons(self) -> "AsyncStockTransferReasons":
        """The operations tagged stock_transfer_reasons, awaited."""
        from .api.stock_transfer_reasons import AsyncStockTransferReasons

        return AsyncStockTransferReasons(self._client)

    @property
    def stock_transfers(self) -> "AsyncStockTransfers":
        """The operations tagged stock_transfers, awaited."""
        from .api.stock_transfers import AsyncStockTransfers

        return AsyncStockTransfers(self._client)

    @property
    def storage_devices(self) -> "AsyncStorageDevices":
        """The operations tagged storage_devices, awaited."""
        from .api.storage_devices import AsyncStorageDevices

        return AsyncStorageDevices(self._client)

    @property
    def take_off_template_catalogs(self) -> "AsyncTakeOffTemplateCatalogs":
        """The operations tagged take_off_template_catalogs, awaited."""
        from .api.take_off_template_catalogs import AsyncTakeOffTemplateCatalogs

        return AsyncTakeOffTemplateCatalogs(self._client)

    @property
    def take_off_template_from_take_off_template(self) -> "AsyncTakeOffTemplateFromTakeOffTemplate":
        """The operations tagged take_off_template_from_take_off_template, awaited."""
        from .api.take_off_template_from_take_off_template import AsyncTakeOffTemplateFromTakeOffTemplate

        return AsyncTakeOffTemplateFromTakeOffTemplate(self._client)

    @property
    def take_off_template_groups(self) -> "AsyncTakeOffTemplateGroups":
        """The operations tagged take_off_template_groups, awaited."""
        from .api.take_off_template_groups import AsyncTakeOffTemplateGroups

        return AsyncTakeOffTemplateGroups(self._client)

    @property
    def take_off_template_labors(self) -> "AsyncTakeOffTemplateLabors":
        """The operations tagged take_off_template_labors, awaited."""
        from .api.take_off_template_labors import AsyncTakeOffTemplateLabors

        return AsyncTakeOffTemplateLabors(self._client)

    @property
    def take_off_template_lock(self) -> "AsyncTakeOffTemplateLock":
        """The operations tagged take_off_template_lock, awaited."""
        from .api.take_off_template_lock import AsyncTakeOffTemplateLock

        return AsyncTakeOffTemplateLock(self._client)

    @property
    def take_off_template_one_offs(self) -> "AsyncTakeOffTemplateOneOffs":
        """The operations tagged take_off_template_one_offs, awaited."""
        from .api.take_off_template_one_offs import AsyncTakeOffTemplateOneOffs

        return AsyncTakeOffTemplateOneOffs(self._client)

    @property
    def take_off_template_prebuilds(self) -> "AsyncTakeOffTemplatePrebuilds":
        """The operations tagged take_off_template_prebuilds, awaited."""
        from .api.take_off_template_prebuilds import AsyncTakeOffTemplatePrebuilds

        return AsyncTakeOffTemplatePrebuilds(self._client)

    @property
    def take_off_template_service_fees(self) -> "AsyncTakeOffTemplateServiceFees":
        """The operations tagged take_off_template_service_fees, awaited."""
        from .api.take_off_template_service_fees import AsyncTakeOffTemplateServiceFees

        return AsyncTakeOffTemplateServiceFees(self._client)

    @property
    def take_off_template_sub_groups(self) -> "AsyncTakeOffTemplateSubGroups":
        """The operations tagged take_off_template_sub_groups, awaited."""
        from .api.take_off_template_sub_groups import AsyncTakeOffTemplateSubGroups

        return AsyncTakeOffTemplateSubGroups(self._client)

    @property
    def take_off_templates(self) -> "AsyncTakeOffTemplates":
        """The operations tagged take_off_templates, awaited."""
        from .api.take_off_templates import AsyncTakeOffTemplates

        return AsyncTakeOffTemplates(self._client)

    @property
    def task_attachment_folders(self) -> "AsyncTaskAttachmentFolders":
        """The operations tagged task_attachment_folders, awaited."""
        from .api.task_attachment_folders import AsyncTaskAttachmentFolders

        return AsyncTaskAttachmentFolders(self._client)

    @property
    def task_attachments(self) -> "AsyncTaskAttachments":
        """The operations tagged task_attachments, awaited."""
        from .api.task_attachments import AsyncTaskAttachments

        return AsyncTaskAttachments(self._client)

    @property
    def task_categories(self) -> "AsyncTaskCategories":
        """The operations tagged task_categories, awaited."""
        from .api.task_categories import AsyncTaskCategories

        return AsyncTaskCategories(self._client)

    @property
    def task_custom_fields(self) -> "AsyncTaskCustomFields":
        """The operations tagged task_custom_fields, awaited."""
        from .api.task_custom_fields import AsyncTaskCustomFields

        return AsyncTaskCustomFields(self._client)

    @property
    def task_custom_fields_setup(self) -> "AsyncTaskCustomFieldsSetup":
        """The operations tagged task_custom_fields_setup, awaited."""
        from .api.task_custom_fields_setup import AsyncTaskCustomFieldsSetup

        return AsyncTaskCustomFieldsSetup(self._client)

    @property
    def tasks(self) -> "AsyncTasks":
        """The operations tagged tasks, awaited."""
        from .api.tasks import AsyncTasks

        return AsyncTasks(self._client)

    @property
    def tax_codes(self) -> "AsyncTaxCodes":
        """The operations tagged tax_codes, awaited."""
        from .api.tax_codes import AsyncTaxCodes

        return AsyncTaxCodes(self._client)

    @property
    def teams(self) -> "AsyncTeams":
        """The operations tagged teams, awaited."""
        from .api.teams import AsyncTeams

        return AsyncTeams(self._client)

    @property
    def test_readings(self) -> "AsyncTestReadings":
        """The operations tagged test_readings, awaited."""
        from .api.test_readings import AsyncTestReadings

        return AsyncTestReadings(self._client)

    @property
    def units_of_measurement(self) -> "AsyncUnitsOfMeasurement":
        """The operations tagged units_of_measurement, awaited."""
        from .api.units_of_measurement import AsyncUnitsOfMeasurement

        return AsyncUnitsOfMeasurement(self._client)

    @property
    def vendor_attachment_folders(self) -> "AsyncVendorAttachmentFolders":
        """The operations tagged vendor_attachment_folders, awaited."""
        from .api.vendor_attachment_folders import AsyncVendorAttachmentFolders

        return AsyncVendorAttachmentFolders(self._client)

    @property
    def vendor_attachments(self) -> "AsyncVendorAttachments":
        """The operations tagged vendor_attachments, awaited."""
        from .api.vendor_attachments import AsyncVendorAttachments

        return AsyncVendorAttachments(self._client)

    @property
    def vendor_branches(self) -> "AsyncVendorBranches":
        """The operations tagged vendor_branches, awaited."""
        from .api.vendor_branches import AsyncVendorBranches

        return AsyncVendorBranches(self._client)

    @property
    def vendor_catalog_prices(self) -> "AsyncVendorCatalogPrices":
        """The operations tagged vendor_catalog_prices, awaited."""
        from .api.vendor_catalog_prices import AsyncVendorCatalogPrices

        return AsyncVendorCatalogPrices(self._client)

    @property
    def vendor_contact_custom_fields(self) -> "AsyncVendorContactCustomFields":
        """The operations tagged vendor_contact_custom_fields, awaited."""
        from .api.vendor_contact_custom_fields import AsyncVendorContactCustomFields

        return AsyncVendorContactCustomFields(self._client)

    @property
    def vendor_contact_custom_fields_setup(self) -> "AsyncVendorContactCustomFieldsSetup":
        """The operations tagged vendor_contact_custom_fields_setup, awaited."""
        from .api.vendor_contact_custom_fields_setup import AsyncVendorContactCustomFieldsSetup

        return AsyncVendorContactCustomFieldsSetup(self._client)

    @property
    def vendor_contacts(self) -> "AsyncVendorContacts":
        """The operations tagged vendor_contacts, awaited."""
        from .api.vendor_contacts import AsyncVendorContacts

        return AsyncVendorContacts(self._client)

    @property
    def vendor_credit_items(self) -> "AsyncVendorCreditItems":
        """The operations tagged vendor_credit_items, awaited."""
        from .api.vendor_credit_items import AsyncVendorCreditItems

        return AsyncVendorCreditItems(self._client)

    @property
    def vendor_credits(self) -> "AsyncVendorCredits":
        """The operations tagged vendor_credits, awaited."""
        from .api.vendor_credits import AsyncVendorCredits

        return AsyncVendorCredits(self._client)

    @property
    def vendor_custom_fields(self) -> "AsyncVendorCustomFields":
        """The operations tagged vendor_custom_fields, awaited."""
        from .api.vendor_custom_fields import AsyncVendorCustomFields

        return AsyncVendorCustomFields(self._client)

    @property
    def vendor_custom_fields_setup(self) -> "AsyncVendorCustomFieldsSetup":
        """The operations tagged vendor_custom_fields_setup, awaited."""
        from .api.vendor_custom_fields_setup import AsyncVendorCustomFieldsSetup

        return AsyncVendorCustomFieldsSetup(self._client)

    @property
    def vendor_order_attachment_folders(self) -> "AsyncVendorOrderAttachmentFolders":
        """The operations tagged vendor_order_attachment_folders, awaited."""
        from .api.vendor_order_attachment_folders import AsyncVendorOrderAttachmentFolders

        return AsyncVendorOrderAttachmentFolders(self._client)

    @property
    def vendor_order_attachments(self) -> "AsyncVendorOrderAttachments":
        """The operations tagged vendor_order_attachments, awaited."""
        from .api.vendor_order_attachments import AsyncVendorOrderAttachments

        return AsyncVendorOrderAttachments(self._client)

    @property
    def vendor_order_custom_fields(self) -> "AsyncVendorOrderCustomFields":
        """The operations tagged vendor_order_custom_fields, awaited."""
        from .api.vendor_order_custom_fields import AsyncVendorOrderCustomFields

        return AsyncVendorOrderCustomFields(self._client)

    @property
    def vendor_order_custom_fields_setup(self) -> "AsyncVendorOrderCustomFieldsSetup":
        """The operations tagged vendor_order_custom_fields_setup, awaited."""
        from .api.vendor_order_custom_fields_setup import AsyncVendorOrderCustomFieldsSetup

        return AsyncVendorOrderCustomFieldsSetup(self._client)

    @property
    def vendor_order_item_allocations(self) -> "AsyncVendorOrderItemAllocations":
        """The operations tagged vendor_order_item_allocations, awaited."""
        from .api.vendor_order_item_allocations import AsyncVendorOrderItemAllocations

        return AsyncVendorOrderItemAllocations(self._client)

    @property
    def vendor_order_items(self) -> "AsyncVendorOrderItems":
        """The operations tagged vendor_order_items, awaited."""
        from .api.vendor_order_items import AsyncVendorOrderItems

        return AsyncVendorOrderItems(self._client)

    @property
    def vendor_order_logs(self) -> "AsyncVendorOrderLogs":
        """The operations tagged vendor_order_logs, awaited."""
        from .api.vendor_order_logs import AsyncVendorOrderLogs

        return AsyncVendorOrderLogs(self._client)

    @property
    def vendor_order_status_codes(self) -> "AsyncVendorOrderStatusCodes":
        """The operations tagged vendor_order_status_codes, awaited."""
        from .api.vendor_order_status_codes import AsyncVendorOrderStatusCodes

        return AsyncVendorOrderStatusCodes(self._client)

    @property
    def vendor_orders(self) -> "AsyncVendorOrders":
        """The operations tagged vendor_orders, awaited."""
        from .api.vendor_orders import AsyncVendorOrders

        return AsyncVendorOrders(self._client)

    @property
    def vendor_quote_catalogs(self) -> "AsyncVendorQuoteCatalogs":
        """The operations tagged vendor_quote_catalogs, awaited."""
        from .api.vendor_quote_catalogs import AsyncVendorQuoteCatalogs

        return AsyncVendorQuoteCatalogs(self._client)

    @property
    def vendor_quote_vendors(self) -> "AsyncVendorQuoteVendors":
        """The operations tagged vendor_quote_vendors, awaited."""
        from .api.vendor_quote_vendors import AsyncVendorQuoteVendors

        return AsyncVendorQuoteVendors(self._client)

    @property
    def vendor_quotes(self) -> "AsyncVendorQuotes":
        """The operations tagged vendor_quotes, awaited."""
        from .api.vendor_quotes import AsyncVendorQuotes

        return AsyncVendorQuotes(self._client)

    @property
    def vendor_receipt(self) -> "AsyncVendorReceipt":
        """The operations tagged vendor_receipt, awaited."""
        from .api.vendor_receipt import AsyncVendorReceipt

        return AsyncVendorReceipt(self._client)

    @property
    def vendor_receipt_credits(self) -> "AsyncVendorReceiptCredits":
        """The operations tagged vendor_receipt_credits, awaited."""
        from .api.vendor_receipt_credits import AsyncVendorReceiptCredits

        return AsyncVendorReceiptCredits(self._client)

    @property
    def vendor_receipt_item_allocations(self) -> "AsyncVendorReceiptItemAllocations":
        """The operations tagged vendor_receipt_item_allocations, awaited."""
        from .api.vendor_receipt_item_allocations import AsyncVendorReceiptItemAllocations

        return AsyncVendorReceiptItemAllocations(self._client)

    @property
    def vendor_receipt_items(self) -> "AsyncVendorReceiptItems":
        """The operations tagged vendor_receipt_items, awaited."""
        from .api.vendor_receipt_items import AsyncVendorReceiptItems

        return AsyncVendorReceiptItems(self._client)

    @property
    def vendor_receipts(self) -> "AsyncVendorReceipts":
        """The operations tagged vendor_receipts, awaited."""
        from .api.vendor_receipts import AsyncVendorReceipts

        return AsyncVendorReceipts(self._client)

    @property
    def vendors(self) -> "AsyncVendors":
        """The operations tagged vendors, awaited."""
        from .api.vendors import AsyncVendors

        return AsyncVendors(self._client)

    @property
    def webhook_subscriptions(self) -> "AsyncWebhookSubscriptions":
        """The operations tagged webhook_subscriptions, awaited."""
        from .api.webhook_subscriptions import AsyncWebhookSubscriptions

        return AsyncWebhookSubscriptions(self._client)

    @property
    def work_order_attachments(self) -> "AsyncWorkOrderAttachments":
        """The operations tagged work_order_attachments, awaited."""
        from .api.work_order_attachments import AsyncWorkOrderAttachments

        return AsyncWorkOrderAttachments(self._client)

    @property
    def work_order_custom_fields_setup(self) -> "AsyncWorkOrderCustomFieldsSetup":
        """The operations tagged work_order_custom_fields_setup, awaited."""
        from .api.work_order_custom_fields_setup import AsyncWorkOrderCustomFieldsSetup

        return AsyncWorkOrderCustomFieldsSetup(self._client)

    @property
    def zones(self) -> "AsyncZones":
        """The operations tagged zones, awaited."""
        from .api.zones import AsyncZones

        return AsyncZones(self._client)


@define
class AuthenticatedClient(Client):
    """A client that authenticates every request with your API key (`Bearer <api key>` in `Authorization`).

    `api_key` defaults to the environment variable named by API_KEY_ENV (SIMPRO_API_KEY); without
    either, the constructor raises errors.ConfigurationError. The key is never shown: not in repr(), not in
    log lines, not in exception messages.
    """

    api_key: str = field(factory=_api_key_from_environment, kw_only=True, repr=False)

    def _auth(self) -> httpx.Auth | None:
        return ApiKeyAuth(self.api_key)

    def _secrets(self) -> tuple[str, ...]:
        return (self.api_key,)
