from enum import StrEnum


class InvoiceCreatePaymentTermsType(StrEnum):
    INVOICE = "Invoice"
    MONTH = "Month"

    def __str__(self) -> str:
        return str(self.value)
