from enum import StrEnum


class InvoiceUpdateStage(StrEnum):
    APPROVED = "Approved"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
