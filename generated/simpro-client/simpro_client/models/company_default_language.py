from enum import StrEnum


class CompanyDefaultLanguage(StrEnum):
    EN_AU = "en_AU"
    EN_GB = "en_GB"
    EN_US = "en_US"
    ES_US_UTF8 = "es_US.utf8"

    def __str__(self) -> str:
        return str(self.value)
