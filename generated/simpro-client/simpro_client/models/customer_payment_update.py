from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_payment_create_invoice import CustomerPaymentCreateInvoice
    from ..models.customer_payment_update_payment import CustomerPaymentUpdatePayment


T = TypeVar("T", bound="CustomerPaymentUpdate")


@_attrs_define
class CustomerPaymentUpdate:
    """
    Attributes:
        payment (CustomerPaymentUpdatePayment | Unset):
        notes (str | Unset): This column supports HTML formatting.
        invoices (list[CustomerPaymentCreateInvoice] | Unset):
    """

    payment: CustomerPaymentUpdatePayment | Unset = UNSET
    notes: str | Unset = UNSET
    invoices: list[CustomerPaymentCreateInvoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()
        notes = self.notes
        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(payment, Unset):
            field_dict["Payment"] = payment
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(invoices, Unset):
            field_dict["Invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_payment_create_invoice import CustomerPaymentCreateInvoice  # noqa: PLC0415
        from ..models.customer_payment_update_payment import CustomerPaymentUpdatePayment  # noqa: PLC0415

        d = dict(src_dict)
        _payment = d.pop("Payment", UNSET)
        payment: CustomerPaymentUpdatePayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = CustomerPaymentUpdatePayment.from_dict(_payment)

        notes = d.pop("Notes", UNSET)

        _invoices = d.pop("Invoices", UNSET)
        invoices: list[CustomerPaymentCreateInvoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = CustomerPaymentCreateInvoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        _instance = cls(
            payment=payment,
            notes=notes,
            invoices=invoices,
        )

        _instance.additional_properties = d
        return _instance

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
