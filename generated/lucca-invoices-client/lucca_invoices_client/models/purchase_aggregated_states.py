from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_aggregated_states_credit_notes import PurchaseAggregatedStatesCreditNotes
    from ..models.purchase_aggregated_states_credit_notes_payments import PurchaseAggregatedStatesCreditNotesPayments
    from ..models.purchase_aggregated_states_invoices import PurchaseAggregatedStatesInvoices
    from ..models.purchase_aggregated_states_invoices_payments import PurchaseAggregatedStatesInvoicesPayments


T = TypeVar("T", bound="PurchaseAggregatedStates")


@_attrs_define
class PurchaseAggregatedStates:
    """
    Attributes:
        credit_notes (PurchaseAggregatedStatesCreditNotes | Unset):
        invoices (PurchaseAggregatedStatesInvoices | Unset):
        invoices_payments (PurchaseAggregatedStatesInvoicesPayments | Unset):
        credit_notes_payments (PurchaseAggregatedStatesCreditNotesPayments | Unset):
    """

    credit_notes: PurchaseAggregatedStatesCreditNotes | Unset = UNSET
    invoices: PurchaseAggregatedStatesInvoices | Unset = UNSET
    invoices_payments: PurchaseAggregatedStatesInvoicesPayments | Unset = UNSET
    credit_notes_payments: PurchaseAggregatedStatesCreditNotesPayments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_notes, Unset):
            credit_notes = self.credit_notes.to_dict()
        invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = self.invoices.to_dict()
        invoices_payments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoices_payments, Unset):
            invoices_payments = self.invoices_payments.to_dict()
        credit_notes_payments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_notes_payments, Unset):
            credit_notes_payments = self.credit_notes_payments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(credit_notes, Unset):
            field_dict["creditNotes"] = credit_notes
        if not isinstance(invoices, Unset):
            field_dict["invoices"] = invoices
        if not isinstance(invoices_payments, Unset):
            field_dict["invoicesPayments"] = invoices_payments
        if not isinstance(credit_notes_payments, Unset):
            field_dict["creditNotesPayments"] = credit_notes_payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_aggregated_states_credit_notes import PurchaseAggregatedStatesCreditNotes  # noqa: PLC0415
        from ..models.purchase_aggregated_states_credit_notes_payments import (
            PurchaseAggregatedStatesCreditNotesPayments,  # noqa: PLC0415
        )
        from ..models.purchase_aggregated_states_invoices import PurchaseAggregatedStatesInvoices  # noqa: PLC0415
        from ..models.purchase_aggregated_states_invoices_payments import PurchaseAggregatedStatesInvoicesPayments  # noqa: PLC0415

        d = dict(src_dict)
        _credit_notes = d.pop("creditNotes", UNSET)
        credit_notes: PurchaseAggregatedStatesCreditNotes | Unset
        if isinstance(_credit_notes, Unset):
            credit_notes = UNSET
        else:
            credit_notes = PurchaseAggregatedStatesCreditNotes.from_dict(_credit_notes)

        _invoices = d.pop("invoices", UNSET)
        invoices: PurchaseAggregatedStatesInvoices | Unset
        if isinstance(_invoices, Unset):
            invoices = UNSET
        else:
            invoices = PurchaseAggregatedStatesInvoices.from_dict(_invoices)

        _invoices_payments = d.pop("invoicesPayments", UNSET)
        invoices_payments: PurchaseAggregatedStatesInvoicesPayments | Unset
        if isinstance(_invoices_payments, Unset):
            invoices_payments = UNSET
        else:
            invoices_payments = PurchaseAggregatedStatesInvoicesPayments.from_dict(_invoices_payments)

        _credit_notes_payments = d.pop("creditNotesPayments", UNSET)
        credit_notes_payments: PurchaseAggregatedStatesCreditNotesPayments | Unset
        if isinstance(_credit_notes_payments, Unset):
            credit_notes_payments = UNSET
        else:
            credit_notes_payments = PurchaseAggregatedStatesCreditNotesPayments.from_dict(_credit_notes_payments)

        _instance = cls(
            credit_notes=credit_notes,
            invoices=invoices,
            invoices_payments=invoices_payments,
            credit_notes_payments=credit_notes_payments,
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
