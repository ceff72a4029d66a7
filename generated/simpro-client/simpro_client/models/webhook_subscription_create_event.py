from enum import StrEnum
from typing import Self


class WebhookSubscriptionCreateEvent(StrEnum):
    ACTIVITY_SCHEDULE_CREATED = "activity.schedule.created"
    ACTIVITY_SCHEDULE_DELETED = "activity.schedule.deleted"
    ACTIVITY_SCHEDULE_UPDATED = "activity.schedule.updated"
    ASSET_CREATED = "asset.created"
    ASSET_DELETED = "asset.deleted"
    ASSET_TYPES_CREATED = "asset.types.created"
    ASSET_TYPES_DELETED = "asset.types.deleted"
    ASSET_TYPES_UPDATED = "asset.types.updated"
    ASSET_UPDATED = "asset.updated"
    COMPANY_CUSTOMER_CREATED = "company.customer.created"
    COMPANY_CUSTOMER_DELETED = "company.customer.deleted"
    COMPANY_CUSTOMER_UPDATED = "company.customer.updated"
    CONTACT_CREATED = "contact.created"
    CONTACT_DELETED = "contact.deleted"
    CONTACT_UPDATED = "contact.updated"
    CONTRACTOR_JOB_CREATED = "contractor.job.created"
    CONTRACTOR_JOB_DELETED = "contractor.job.deleted"
    CONTRACTOR_JOB_UPDATED = "contractor.job.updated"
    CREDIT_CREATED = "credit.created"
    CREDIT_DELETED = "credit.deleted"
    CREDIT_STAGE_APPROVED = "credit.stage.approved"
    CREDIT_STAGE_PENDING = "credit.stage.pending"
    CREDIT_STATUS = "credit.status"
    CREDIT_UPDATED = "credit.updated"
    EMPLOYEE_CREATED = "employee.created"
    EMPLOYEE_DELETED = "employee.deleted"
    EMPLOYEE_UPDATED = "employee.updated"
    INDIVIDUAL_CUSTOMER_CREATED = "individual.customer.created"
    INDIVIDUAL_CUSTOMER_DELETED = "individual.customer.deleted"
    INDIVIDUAL_CUSTOMER_UPDATED = "individual.customer.updated"
    INVOICE_CREATED = "invoice.created"
    INVOICE_DELETED = "invoice.deleted"
    INVOICE_STAGE_APPROVED = "invoice.stage.approved"
    INVOICE_STAGE_PENDING = "invoice.stage.pending"
    INVOICE_STATUS = "invoice.status"
    INVOICE_UPDATED = "invoice.updated"
    JOB_ASSET_ASSIGNED = "job.asset.assigned"
    JOB_ASSET_REMOVED = "job.asset.removed"
    JOB_ASSET_TESTED = "job.asset.tested"
    JOB_ATTACHMENT_CREATED = "job.attachment.created"
    JOB_ATTACHMENT_DELETED = "job.attachment.deleted"
    JOB_ATTACHMENT_UPDATED = "job.attachment.updated"
    JOB_CREATED = "job.created"
    JOB_DELETED = "job.deleted"
    JOB_NOTE_CREATED = "job.note.created"
    JOB_NOTE_UPDATED = "job.note.updated"
    JOB_SCHEDULE_CREATED = "job.schedule.created"
    JOB_SCHEDULE_DELETED = "job.schedule.deleted"
    JOB_SCHEDULE_UPDATED = "job.schedule.updated"
    JOB_STAGE_ARCHIVED = "job.stage.archived"
    JOB_STAGE_COMPLETE = "job.stage.complete"
    JOB_STAGE_INVOICED = "job.stage.invoiced"
    JOB_STAGE_PENDING = "job.stage.pending"
    JOB_STAGE_PROGRESS = "job.stage.progress"
    JOB_STATUS = "job.status"
    JOB_UPDATED = "job.updated"
    LEAD_CREATED = "lead.created"
    LEAD_DELETED = "lead.deleted"
    LEAD_SCHEDULE_CREATED = "lead.schedule.created"
    LEAD_SCHEDULE_DELETED = "lead.schedule.deleted"
    LEAD_SCHEDULE_UPDATED = "lead.schedule.updated"
    LEAD_STATUS = "lead.status"
    LEAD_UPDATED = "lead.updated"
    PAYMENT_CREATED = "payment.created"
    PAYMENT_DELETED = "payment.deleted"
    PAYMENT_UPDATED = "payment.updated"
    PURCHASE_ORDER_CREATED = "purchase.order.created"
    PURCHASE_ORDER_DELETED = "purchase.order.deleted"
    PURCHASE_ORDER_RECEIPT_CREATED = "purchase.order.receipt.created"
    PURCHASE_ORDER_RECEIPT_DELETED = "purchase.order.receipt.deleted"
    PURCHASE_ORDER_RECEIPT_UPDATED = "purchase.order.receipt.updated"
    PURCHASE_ORDER_UPDATED = "purchase.order.updated"
    QUOTE_ASSET_ASSIGNED = "quote.asset.assigned"
    QUOTE_ASSET_REMOVED = "quote.asset.removed"
    QUOTE_ASSET_TESTED = "quote.asset.tested"
    QUOTE_ATTACHMENT_CREATED = "quote.attachment.created"
    QUOTE_ATTACHMENT_DELETED = "quote.attachment.deleted"
    QUOTE_ATTACHMENT_UPDATED = "quote.attachment.updated"
    QUOTE_CREATED = "quote.created"
    QUOTE_DELETED = "quote.deleted"
    QUOTE_SCHEDULE_CREATED = "quote.schedule.created"
    QUOTE_SCHEDULE_DELETED = "quote.schedule.deleted"
    QUOTE_SCHEDULE_UPDATED = "quote.schedule.updated"
    QUOTE_STATUS = "quote.status"
    QUOTE_UPDATED = "quote.updated"
    RECURRING_INVOICE_CREATED = "recurring.invoice.created"
    RECURRING_INVOICE_DELETED = "recurring.invoice.deleted"
    RECURRING_INVOICE_UPDATED = "recurring.invoice.updated"
    SITE_ATTACHMENT_CREATED = "site.attachment.created"
    SITE_ATTACHMENT_DELETED = "site.attachment.deleted"
    SITE_ATTACHMENT_UPDATED = "site.attachment.updated"
    SITE_CREATED = "site.created"
    SITE_DELETED = "site.deleted"
    SITE_UPDATED = "site.updated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> Self:
        """The member for `value`; a value this version does not know is kept as it came (`known` is False)."""
        try:
            return cls(value)
        except ValueError:
            if not isinstance(value, str):
                raise
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member

    @property
    def known(self) -> bool:
        """False for a value the API sent that this version of the package does not list."""
        return self._value_ in type(self)._value2member_map_
