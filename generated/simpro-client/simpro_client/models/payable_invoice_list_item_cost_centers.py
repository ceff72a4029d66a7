from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayableInvoiceListItemCostCenters")


@_attrs_define
class PayableInvoiceListItemCostCenters:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        job_no (float | Unset):
        amount_ex_tax (float | Unset):
        amount_inc_tax (float | Unset):
        quantity (float | Unset):
        tax_code (str | Unset):
        tax_rate (float | Unset):
        account_no (str | Unset):
        tracking (str | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    job_no: float | Unset = UNSET
    amount_ex_tax: float | Unset = UNSET
    amount_inc_tax: float | Unset = UNSET
    quantity: float | Unset = UNSET
    tax_code: str | Unset = UNSET
    tax_rate: float | Unset = UNSET
    account_no: str | Unset = UNSET
    tracking: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        description = self.description
        job_no = self.job_no
        amount_ex_tax = self.amount_ex_tax
        amount_inc_tax = self.amount_inc_tax
        quantity = self.quantity
        tax_code = self.tax_code
        tax_rate = self.tax_rate
        account_no = self.account_no
        tracking = self.tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(job_no, Unset):
            field_dict["JobNo"] = job_no
        if not isinstance(amount_ex_tax, Unset):
            field_dict["AmountExTax"] = amount_ex_tax
        if not isinstance(amount_inc_tax, Unset):
            field_dict["AmountIncTax"] = amount_inc_tax
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(tax_rate, Unset):
            field_dict["TaxRate"] = tax_rate
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(tracking, Unset):
            field_dict["Tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        description = d.pop("Description", UNSET)

        job_no = d.pop("JobNo", UNSET)

        amount_ex_tax = d.pop("AmountExTax", UNSET)

        amount_inc_tax = d.pop("AmountIncTax", UNSET)

        quantity = d.pop("Quantity", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        tax_rate = d.pop("TaxRate", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        tracking = d.pop("Tracking", UNSET)

        _instance = cls(
            name=name,
            description=description,
            job_no=job_no,
            amount_ex_tax=amount_ex_tax,
            amount_inc_tax=amount_inc_tax,
            quantity=quantity,
            tax_code=tax_code,
            tax_rate=tax_rate,
            account_no=account_no,
            tracking=tracking,
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
