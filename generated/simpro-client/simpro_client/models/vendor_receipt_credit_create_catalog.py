from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorReceiptCreditCreateCatalog")


@_attrs_define
class VendorReceiptCreditCreateCatalog:
    """
    Attributes:
        catalog (int | Unset): ID of a catalog item
        credit_amount (float | Unset): Credit amount value depends on the credit type defined. Quantity, when type is
            Quantity, Credit price, when type is Price, either use CreditAmount or Total to set item credit price.
        total (float | Unset): Applicable when credit type is set to Price, either use CreditAmount or Total to set item
            credit price.
    """

    catalog: int | Unset = UNSET
    credit_amount: float | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog = self.catalog
        credit_amount = self.credit_amount
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(credit_amount, Unset):
            field_dict["CreditAmount"] = credit_amount
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog = d.pop("Catalog", UNSET)

        credit_amount = d.pop("CreditAmount", UNSET)

        total = d.pop("Total", UNSET)

        _instance = cls(
            catalog=catalog,
            credit_amount=credit_amount,
            total=total,
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
