from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.company_customer_rates_labour_tax_code_ref import CompanyCustomerRatesLabourTaxCodeRef
    from ..models.company_customer_rates_material import CompanyCustomerRatesMaterial
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="CompanyCustomerRates")


@_attrs_define
class CompanyCustomerRates:
    """
    Attributes:
        discount_fee (float | str): Discount/fee percentage. Positive number is a discount, negative number is a fee.
        always_deduct_cis (bool): This column information is only applicable to UK builds.
        material (CompanyCustomerRatesMaterial):
        part_tax_code (CompanyCustomerRatesLabourTaxCodeRef | None | Unset): Set to null to use the default part tax
            code, or set one specific to this customer. See Setup -> Tax Codes
        labour_tax_code (CompanyCustomerRatesLabourTaxCodeRef | None | Unset): Set to null to use the default labour tax
            code, or set one specific to this customer. See Setup -> Tax Codes
        service_fee (FolderRef | None | Unset): An additional fee you charge on a job or quote, such as a call-out fee
            with or without labour included.
    """

    discount_fee: float | str
    always_deduct_cis: bool
    material: CompanyCustomerRatesMaterial
    part_tax_code: CompanyCustomerRatesLabourTaxCodeRef | None | Unset = UNSET
    labour_tax_code: CompanyCustomerRatesLabourTaxCodeRef | None | Unset = UNSET
    service_fee: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.company_customer_rates_labour_tax_code_ref import CompanyCustomerRatesLabourTaxCodeRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        discount_fee: float | str | Unset
        if isinstance(self.discount_fee, Unset):
            discount_fee = UNSET
        else:
            discount_fee = self.discount_fee
        always_deduct_cis = self.always_deduct_cis
        material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material.to_dict()
        part_tax_code: dict[str, Any] | None | Unset
        if isinstance(self.part_tax_code, Unset):
            part_tax_code = UNSET
        elif isinstance(self.part_tax_code, CompanyCustomerRatesLabourTaxCodeRef):
            part_tax_code = self.part_tax_code.to_dict()
        else:
            part_tax_code = self.part_tax_code
        labour_tax_code: dict[str, Any] | None | Unset
        if isinstance(self.labour_tax_code, Unset):
            labour_tax_code = UNSET
        elif isinstance(self.labour_tax_code, CompanyCustomerRatesLabourTaxCodeRef):
            labour_tax_code = self.labour_tax_code.to_dict()
        else:
            labour_tax_code = self.labour_tax_code
        service_fee: dict[str, Any] | None | Unset
        if isinstance(self.service_fee, Unset):
            service_fee = UNSET
        elif isinstance(self.service_fee, FolderRef):
            service_fee = self.service_fee.to_dict()
        else:
            service_fee = self.service_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(discount_fee, Unset):
            field_dict["DiscountFee"] = discount_fee
        if not isinstance(always_deduct_cis, Unset):
            field_dict["AlwaysDeductCIS"] = always_deduct_cis
        if not isinstance(material, Unset):
            field_dict["Material"] = material
        if not isinstance(part_tax_code, Unset):
            field_dict["PartTaxCode"] = part_tax_code
        if not isinstance(labour_tax_code, Unset):
            field_dict["LabourTaxCode"] = labour_tax_code
        if not isinstance(service_fee, Unset):
            field_dict["ServiceFee"] = service_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_customer_rates_labour_tax_code_ref import CompanyCustomerRatesLabourTaxCodeRef  # noqa: PLC0415
        from ..models.company_customer_rates_material import CompanyCustomerRatesMaterial  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_discount_fee(data: object) -> float | str | Unset:

            if isinstance(data, Unset):
                return data
            partial_fits: list[float | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | str | Unset, data)

        discount_fee = _parse_discount_fee(d.pop("DiscountFee", UNSET))

        always_deduct_cis = d.pop("AlwaysDeductCIS", UNSET)

        _material = d.pop("Material", UNSET)
        material: CompanyCustomerRatesMaterial | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = CompanyCustomerRatesMaterial.from_dict(_material)

        def _parse_part_tax_code(data: object) -> CompanyCustomerRatesLabourTaxCodeRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CompanyCustomerRatesLabourTaxCodeRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_tax_code_type_1 = CompanyCustomerRatesLabourTaxCodeRef.from_dict(data)

                if is_complete(part_tax_code_type_1):
                    return part_tax_code_type_1
                partial_fits.append(part_tax_code_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CompanyCustomerRatesLabourTaxCodeRef | None | Unset, data)

        part_tax_code = _parse_part_tax_code(d.pop("PartTaxCode", UNSET))

        def _parse_labour_tax_code(data: object) -> CompanyCustomerRatesLabourTaxCodeRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CompanyCustomerRatesLabourTaxCodeRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labour_tax_code_type_1 = CompanyCustomerRatesLabourTaxCodeRef.from_dict(data)

                if is_complete(labour_tax_code_type_1):
                    return labour_tax_code_type_1
                partial_fits.append(labour_tax_code_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CompanyCustomerRatesLabourTaxCodeRef | None | Unset, data)

        labour_tax_code = _parse_labour_tax_code(d.pop("LabourTaxCode", UNSET))

        def _parse_service_fee(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_fee_type_1 = FolderRef.from_dict(data)

                if is_complete(service_fee_type_1):
                    return service_fee_type_1
                partial_fits.append(service_fee_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        service_fee = _parse_service_fee(d.pop("ServiceFee", UNSET))

        _instance = cls(
            discount_fee=_unchecked(discount_fee),
            always_deduct_cis=_unchecked(always_deduct_cis),
            material=_unchecked(material),
            part_tax_code=part_tax_code,
            labour_tax_code=labour_tax_code,
            service_fee=service_fee,
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
