from enum import StrEnum


class SubscriptionCommitmentResponseType(StrEnum):
    SUBSCRIPTIONCOMMITMENT = "SubscriptionCommitment"

    def __str__(self) -> str:
        return str(self.value)
