from enum import StrEnum


class InvoiceCustomFieldCustomFieldType(StrEnum):
    DATE = "Date"
    HYPERLINK = "Hyperlink"
    LIST = "List"
    NUMERIC = "Numeric"
    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)
