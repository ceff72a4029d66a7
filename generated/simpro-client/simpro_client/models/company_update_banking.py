from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUpdateBanking")


@_attrs_define
class CompanyUpdateBanking:
    """
    Attributes:
        bank (str | Unset): Bank name
        branch_code (str | Unset): Branch Code / BIC Code
        account_name (str | Unset): Bank account name
        routing_no (str | Unset): Routing number / BSB / Bank Code / Sort Code
        account_no (str | Unset): Company bank account number
        iban (str | Unset): IBAN (UK Only)
        swift_code (str | Unset): Swift code
    """

    bank: str | Unset = UNSET
    branch_code: str | Unset = UNSET
    account_name: str | Unset = UNSET
    routing_no: str | Unset = UNSET
    account_no: str | Unset = UNSET
    iban: str | Unset = UNSET
    swift_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank = self.bank
        branch_code = self.branch_code
        account_name = self.account_name
        routing_no = self.routing_no
        account_no = self.account_no
        iban = self.iban
        swift_code = self.swift_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(bank, Unset):
            field_dict["Bank"] = bank
        if not isinstance(branch_code, Unset):
            field_dict["BranchCode"] = branch_code
        if not isinstance(account_name, Unset):
            field_dict["AccountName"] = account_name
        if not isinstance(routing_no, Unset):
            field_dict["RoutingNo"] = routing_no
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(iban, Unset):
            field_dict["IBAN"] = iban
        if not isinstance(swift_code, Unset):
            field_dict["SwiftCode"] = swift_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank = d.pop("Bank", UNSET)

        branch_code = d.pop("BranchCode", UNSET)

        account_name = d.pop("AccountName", UNSET)

        routing_no = d.pop("RoutingNo", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        iban = d.pop("IBAN", UNSET)

        swift_code = d.pop("SwiftCode", UNSET)

        _instance = cls(
            bank=bank,
            branch_code=branch_code,
            account_name=account_name,
            routing_no=routing_no,
            account_no=account_no,
            iban=iban,
            swift_code=swift_code,
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
