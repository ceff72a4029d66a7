from enum import StrEnum


class JobCostCenterOneOffItemBillableStatus(StrEnum):
    BILLABLE = "Billable"
    NONBILLABLE = "NonBillable"
    NONBILLABLEINCLUDECOSTS = "NonBillableIncludeCosts"

    def __str__(self) -> str:
        return str(self.value)
