from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="CustomerPaymentCreatePayment")


@_attrs_define
class CustomerPaymentCreatePayment:
    """
    Attributes:
        payment_method (int): ID of a payment method
        deposit_account (str):
        date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        finance_charge (float | Unset):
        check_no (str | Unset):
        details (str | Unset):
    """

    payment_method: int
    deposit_account: str
    date: datetime.date
    finance_charge: float | Unset = UNSET
    check_no: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method
        deposit_account = self.deposit_account
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        finance_charge = self.finance_charge
        check_no = self.check_no
        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(payment_method, Unset):
            field_dict["PaymentMethod"] = payment_method
        if not isinstance(deposit_account, Unset):
            field_dict["DepositAccount"] = deposit_account
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(finance_charge, Unset):
            field_dict["FinanceCharge"] = finance_charge
        if not isinstance(check_no, Unset):
            field_dict["CheckNo"] = check_no
        if not isinstance(details, Unset):
            field_dict["Details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_method = d.pop("PaymentMethod", UNSET)

        deposit_account = d.pop("DepositAccount", UNSET)

        _date = d.pop("Date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        finance_charge = d.pop("FinanceCharge", UNSET)

        check_no = d.pop("CheckNo", UNSET)

        details = d.pop("Details", UNSET)

        _instance = cls(
            payment_method=_unchecked(payment_method),
            deposit_account=_unchecked(deposit_account),
            date=_unchecked(date),
            finance_charge=finance_charge,
            check_no=check_no,
            details=details,
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
