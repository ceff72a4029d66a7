from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        payment_method (CostCenterRef):
        status (PaymentStatus):
        deposit_account (str):
        date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        finance_charge (float):
        check_no (str):
        details (str):
        finance_fee_breakdown (list[str]):
    """

    payment_method: CostCenterRef
    status: PaymentStatus
    deposit_account: str
    date: datetime.date
    finance_charge: float
    check_no: str
    details: str
    finance_fee_breakdown: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        deposit_account = self.deposit_account
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        finance_charge = self.finance_charge
        check_no = self.check_no
        details = self.details
        finance_fee_breakdown: list[str] | Unset = UNSET
        if not isinstance(self.finance_fee_breakdown, Unset):
            finance_fee_breakdown = self.finance_fee_breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(payment_method, Unset):
            field_dict["PaymentMethod"] = payment_method
        if not isinstance(status, Unset):
            field_dict["Status"] = status
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
        if not isinstance(finance_fee_breakdown, Unset):
            field_dict["FinanceFeeBreakdown"] = finance_fee_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _payment_method = d.pop("PaymentMethod", UNSET)
        payment_method: CostCenterRef | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = CostCenterRef.from_dict(_payment_method)

        _status = d.pop("Status", UNSET)
        status: PaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentStatus.parse(_status)

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

        finance_fee_breakdown = cast(list[str], d.pop("FinanceFeeBreakdown", UNSET))

        _instance = cls(
            payment_method=_unchecked(payment_method),
            status=_unchecked(status),
            deposit_account=_unchecked(deposit_account),
            date=_unchecked(date),
            finance_charge=_unchecked(finance_charge),
            check_no=_unchecked(check_no),
            details=_unchecked(details),
            finance_fee_breakdown=_unchecked(finance_fee_breakdown),
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
