from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="ReceivableContactListItemRates")


@_attrs_define
class ReceivableContactListItemRates:
    """
    Attributes:
        part_tax_code (SalesTaxCodeRef):
        discount_fee (float | str): Discount/fee percentage. Positive number is a discount, negative number is a fee
    """

    part_tax_code: SalesTaxCodeRef
    discount_fee: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.part_tax_code, Unset):
            part_tax_code = self.part_tax_code.to_dict()
        discount_fee: float | str | Unset
        if isinstance(self.discount_fee, Unset):
            discount_fee = UNSET
        else:
            discount_fee = self.discount_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(part_tax_code, Unset):
            field_dict["PartTaxCode"] = part_tax_code
        if not isinstance(discount_fee, Unset):
            field_dict["DiscountFee"] = discount_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        _part_tax_code = d.pop("PartTaxCode", UNSET)
        part_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_part_tax_code, Unset):
            part_tax_code = UNSET
        else:
            part_tax_code = SalesTaxCodeRef.from_dict(_part_tax_code)

        def _parse_discount_fee(data: object) -> float | str | Unset:

            if isinstance(data, Unset):
                return data
            partial_fits: list[float | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | str | Unset, data)

        discount_fee = _parse_discount_fee(d.pop("DiscountFee", UNSET))

        _instance = cls(
            part_tax_code=_unchecked(part_tax_code),
            discount_fee=_unchecked(discount_fee),
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
