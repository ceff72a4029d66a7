from enum import StrEnum


class TaxCodeRefType(StrEnum):
    COMBINE = "Combine"
    COMPONENT = "Component"
    SINGLE = "Single"

    def __str__(self) -> str:
        return str(self.value)
