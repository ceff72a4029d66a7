from enum import StrEnum


class SalesTaxCodeRefType(StrEnum):
    COMBINE = "Combine"
    COMPONENT = "Component"
    SINGLE = "Single"

    def __str__(self) -> str:
        return str(self.value)
