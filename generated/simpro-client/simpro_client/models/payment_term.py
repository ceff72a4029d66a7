from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_term_type import PaymentTermType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="PaymentTerm")


@_attrs_define
class PaymentTerm:
    """
    Attributes:
        payment_term_id (int):
        payment_term_name (str):
        days (int):
        type_ (PaymentTermType):
        is_default (bool):
    """

    payment_term_id: int
    payment_term_name: str
    days: int
    type_: PaymentTermType
    is_default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_term_id = self.payment_term_id
        payment_term_name = self.payment_term_name
        days = self.days
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_term_name, Unset):
            field_dict["PaymentTermName"] = payment_term_name
        if not isinstance(days, Unset):
            field_dict["Days"] = days
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_term_id = d.pop("PaymentTermID", UNSET)

        payment_term_name = d.pop("PaymentTermName", UNSET)

        days = d.pop("Days", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: PaymentTermType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentTermType.parse(_type_)

        is_default = d.pop("IsDefault", UNSET)

        _instance = cls(
            payment_term_id=_unchecked(payment_term_id),
            payment_term_name=_unchecked(payment_term_name),
            days=_unchecked(days),
            type_=_unchecked(type_),
            is_default=_unchecked(is_default),
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
