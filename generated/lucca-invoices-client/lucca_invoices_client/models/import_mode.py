from enum import StrEnum


class ImportMode(StrEnum):
    ALLORNOTHING = "AllOrNothing"
    SKIPINVALIDITEMS = "SkipInvalidItems"

    def __str__(self) -> str:
        return str(self.value)
