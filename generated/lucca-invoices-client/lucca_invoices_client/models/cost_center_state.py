from enum import StrEnum


class CostCenterState(StrEnum):
    DISABLED = "Disabled"
    ENABLED = "Enabled"

    def __str__(self) -> str:
        return str(self.value)
