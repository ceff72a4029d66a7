from enum import StrEnum


class InvoiceStage(StrEnum):
    APPROVED = "Approved"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
