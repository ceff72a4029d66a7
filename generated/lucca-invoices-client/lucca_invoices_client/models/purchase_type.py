from enum import StrEnum


class PurchaseType(StrEnum):
    ONETIME = "OneTime"
    SUBSCRIPTION = "Subscription"

    def __str__(self) -> str:
        return str(self.value)
