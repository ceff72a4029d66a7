from enum import StrEnum


class OneTimeCommitmentType(StrEnum):
    ONETIMECOMMITMENT = "OneTimeCommitment"

    def __str__(self) -> str:
        return str(self.value)
