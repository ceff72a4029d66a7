from enum import StrEnum
from typing import Self


class InvoicingShowSellCostPrices(StrEnum):
    BUSINESSGROUP = "businessGroup"
    CATEGORY = "category"
    OFF = "off"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> Self:
        """The member for `value`; a value this version does not know is kept as it came (`known` is False)."""
        try:
            return cls(value)
        except ValueError:
            if not isinstance(value, str):
                raise
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member

    @property
    def known(self) -> bool:
        """False for a value the API sent that this version of the package does not list."""
        return self._value_ in type(self)._value2member_map_
