from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_type import PaymentMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodUpdate")


@_attrs_define
class PaymentMethodUpdate:
    """
    Attributes:
        name (str | Unset):
        account_no (str | Unset):
        type_ (PaymentMethodType | Unset):
        finance_charge (float | Unset):
    """

    name: str | Unset = UNSET
    account_no: str | Unset = UNSET
    type_: PaymentMethodType | Unset = UNSET
    finance_charge: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        account_no = self.account_no
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        finance_charge = self.finance_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(finance_charge, Unset):
            field_dict["FinanceCharge"] = finance_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: PaymentMethodType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentMethodType.parse(_type_)

        finance_charge = d.pop("FinanceCharge", UNSET)

        _instance = cls(
            name=name,
            account_no=account_no,
            type_=type_,
            finance_charge=finance_charge,
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
