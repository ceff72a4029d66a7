from enum import StrEnum


class JobCostCenterOneOffItemCreateType(StrEnum):
    LABOR = "Labor"
    MATERIAL = "Material"

    def __str__(self) -> str:
        return str(self.value)
