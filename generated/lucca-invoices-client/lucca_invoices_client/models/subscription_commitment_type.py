from enum import StrEnum


class SubscriptionCommitmentType(StrEnum):
    SUBSCRIPTIONCOMMITMENT = "SubscriptionCommitment"

    def __str__(self) -> str:
        return str(self.value)
