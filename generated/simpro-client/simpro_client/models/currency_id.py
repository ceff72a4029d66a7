from enum import StrEnum
from typing import Self


class CurrencyId(StrEnum):
    AED = "AED"
    AUD = "AUD"
    BIF = "BIF"
    BRL = "BRL"
    CAD = "CAD"
    CHF = "CHF"
    CRC = "CRC"
    EUR = "EUR"
    GBP = "GBP"
    HKD = "HKD"
    IDR = "IDR"
    ILS = "ILS"
    INR = "INR"
    JPY = "JPY"
    KES = "KES"
    KRW = "KRW"
    KYD = "KYD"
    MXN = "MXN"
    MYR = "MYR"
    NOK = "NOK"
    NZD = "NZD"
    PKR = "PKR"
    PLN = "PLN"
    RUB = "RUB"
    RWF = "RWF"
    SEK = "SEK"
    SGD = "SGD"
    TRY = "TRY"
    USD = "USD"
    VND = "VND"
    ZAR = "ZAR"

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
