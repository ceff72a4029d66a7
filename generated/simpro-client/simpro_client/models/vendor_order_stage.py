from enum import StrEnum


class VendorOrderStage(StrEnum):
    APPROVED = "Approved"
    ARCHIVED = "Archived"
    PENDING = "Pending"
    VOIDED = "Voided"

    def __str__(self) -> str:
        return str(self.value)
