from enum import StrEnum


class JobCostCenterOneOffItemCreateBillableStatus(StrEnum):
    BILLABLE = "Billable"
    NONBILLABLE = "NonBillable"
    NONBILLABLEINCLUDECOSTS = "NonBillableIncludeCosts"

    def __str__(self) -> str:
        return str(self.value)
