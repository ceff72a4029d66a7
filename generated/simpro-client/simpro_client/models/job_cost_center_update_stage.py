from enum import StrEnum


class JobCostCenterUpdateStage(StrEnum):
    AWAITINGAPPROVAL = "AwaitingApproval"
    COMPLETE = "Complete"
    DECLINED = "Declined"
    INPROGRESS = "InProgress"
    INVOICED = "Invoiced"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
