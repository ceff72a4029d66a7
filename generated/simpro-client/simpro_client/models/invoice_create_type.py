from enum import StrEnum


class InvoiceCreateType(StrEnum):
    DEPOSIT = "Deposit"
    PROGRESSINVOICE = "ProgressInvoice"
    REQUESTFORCLAIM = "RequestForClaim"
    TAXINVOICE = "TaxInvoice"

    def __str__(self) -> str:
        return str(self.value)
