from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_list_item_job_total import InvoiceListItemJobTotal


T = TypeVar("T", bound="RecurringInvoice")


@_attrs_define
class RecurringInvoice:
    """
    Attributes:
        id (int): This Recurring Invoice's ID
        description (str): This column supports HTML formatting.
        total (InvoiceListItemJobTotal):
    """

    id: int
    description: str
    total: InvoiceListItemJobTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Description": description,
                "Total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_list_item_job_total import InvoiceListItemJobTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        description = d.pop("Description")

        total = InvoiceListItemJobTotal.from_dict(d.pop("Total"))

        recurring_invoice = cls(
            id=id,
            description=description,
            total=total,
        )

        recurring_invoice.additional_properties = d
        return recurring_invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
