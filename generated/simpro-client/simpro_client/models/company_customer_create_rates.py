from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_customer_create_rates_material import CompanyCustomerCreateRatesMaterial


T = TypeVar("T", bound="CompanyCustomerCreateRates")


@_attrs_define
class CompanyCustomerCreateRates:
    """
    Attributes:
        part_tax_code (int | Unset): ID of a tax code
        labour_tax_code (int | Unset): ID of a tax code
        discount_fee (float | Unset): Discount/fee percentage. Positive number is a discount, negative number is a fee.
        always_deduct_cis (bool | Unset): This column information is only applicable to UK builds.
        service_fee (int | Unset): ID of a service fee
        material (CompanyCustomerCreateRatesMaterial | Unset):
    """

    part_tax_code: int | Unset = UNSET
    labour_tax_code: int | Unset = UNSET
    discount_fee: float | Unset = UNSET
    always_deduct_cis: bool | Unset = UNSET
    service_fee: int | Unset = UNSET
    material: CompanyCustomerCreateRatesMaterial | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_tax_code = self.part_tax_code
        labour_tax_code = self.labour_tax_code
        discount_fee = self.discount_fee
        always_deduct_cis = self.always_deduct_cis
        service_fee = self.service_fee
        material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(part_tax_code, Unset):
            field_dict["PartTaxCode"] = part_tax_code
        if not isinstance(labour_tax_code, Unset):
            field_dict["LabourTaxCode"] = labour_tax_code
        if not isinstance(discount_fee, Unset):
            field_dict["DiscountFee"] = discount_fee
        if not isinstance(always_deduct_cis, Unset):
            field_dict["AlwaysDeductCIS"] = always_deduct_cis
        if not isinstance(service_fee, Unset):
            field_dict["ServiceFee"] = service_fee
        if not isinstance(material, Unset):
            field_dict["Material"] = material

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_customer_create_rates_material import CompanyCustomerCreateRatesMaterial  # noqa: PLC0415

        d = dict(src_dict)
        part_tax_code = d.pop("PartTaxCode", UNSET)

        labour_tax_code = d.pop("LabourTaxCode", UNSET)

        discount_fee = d.pop("DiscountFee", UNSET)

        always_deduct_cis = d.pop("AlwaysDeductCIS", UNSET)

        service_fee = d.pop("ServiceFee", UNSET)

        _material = d.pop("Material", UNSET)
        material: CompanyCustomerCreateRatesMaterial | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = CompanyCustomerCreateRatesMaterial.from_dict(_material)

        _instance = cls(
            part_tax_code=part_tax_code,
            labour_tax_code=labour_tax_code,
            discount_fee=discount_fee,
            always_deduct_cis=always_deduct_cis,
            service_fee=service_fee,
            material=material,
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
