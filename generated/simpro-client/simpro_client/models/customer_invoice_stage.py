from enum import StrEnum


class CustomerInvoiceStage(StrEnum):
    APPROVED = "Approved"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
