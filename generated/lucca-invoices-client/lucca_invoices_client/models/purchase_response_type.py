from enum import StrEnum


class PurchaseResponseType(StrEnum):
    ONETIME = "OneTime"
    SUBSCRIPTION = "Subscription"

    def __str__(self) -> str:
        return str(self.value)
