from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivablePaymentInvoice")


@_attrs_define
class ReceivablePaymentInvoice:
    """
    Attributes:
        invoice_no (float | Unset):
        job_no (str | Unset): Comma separated job IDs.
        amount (float | Unset):
    """

    invoice_no: float | Unset = UNSET
    job_no: str | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_no = self.invoice_no
        job_no = self.job_no
        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(invoice_no, Unset):
            field_dict["InvoiceNo"] = invoice_no
        if not isinstance(job_no, Unset):
            field_dict["JobNo"] = job_no
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_no = d.pop("InvoiceNo", UNSET)

        job_no = d.pop("JobNo", UNSET)

        amount = d.pop("Amount", UNSET)

        _instance = cls(
            invoice_no=invoice_no,
            job_no=job_no,
            amount=amount,
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
