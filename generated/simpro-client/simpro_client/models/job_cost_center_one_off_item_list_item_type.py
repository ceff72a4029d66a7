from enum import StrEnum


class JobCostCenterOneOffItemListItemType(StrEnum):
    LABOR = "Labor"
    MATERIAL = "Material"

    def __str__(self) -> str:
        return str(self.value)
