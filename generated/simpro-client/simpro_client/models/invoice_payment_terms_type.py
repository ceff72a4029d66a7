from enum import StrEnum


class InvoicePaymentTermsType(StrEnum):
    INVOICE = "Invoice"
    MONTH = "Month"

    def __str__(self) -> str:
        return str(self.value)
