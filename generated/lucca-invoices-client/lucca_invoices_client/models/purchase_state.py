from enum import StrEnum


class PurchaseState(StrEnum):
    CANCELLED = "Cancelled"
    CLOSED = "Closed"
    CREATED = "Created"
    DENIED = "Denied"
    ONGOING = "Ongoing"
    PROCESSING = "Processing"

    def __str__(self) -> str:
        return str(self.value)
