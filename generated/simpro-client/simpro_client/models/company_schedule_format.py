from enum import IntEnum


class CompanyScheduleFormat(IntEnum):
    VALUE_15 = 15
    VALUE_30 = 30

    def __str__(self) -> str:
        return str(self.value)
