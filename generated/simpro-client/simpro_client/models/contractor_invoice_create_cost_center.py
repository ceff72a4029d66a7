from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contractor_invoice_create_cost_center_labour import ContractorInvoiceCreateCostCenterLabour
    from ..models.line_total import LineTotal


T = TypeVar("T", bound="ContractorInvoiceCreateCostCenter")


@_attrs_define
class ContractorInvoiceCreateCostCenter:
    """
    Attributes:
        contractor_job (int | Unset): ID of a valid contractor job.
        cost_center (int | Unset): ID of a cost center
        material (ContractorInvoiceCreateCostCenterLabour | Unset):
        labour (ContractorInvoiceCreateCostCenterLabour | Unset):
        line_total (LineTotal | Unset):
        complete (bool | Unset):
        tax_code (int | Unset): ID of a tax code
    """

    contractor_job: int | Unset = UNSET
    cost_center: int | Unset = UNSET
    material: ContractorInvoiceCreateCostCenterLabour | Unset = UNSET
    labour: ContractorInvoiceCreateCostCenterLabour | Unset = UNSET
    line_total: LineTotal | Unset = UNSET
    complete: bool | Unset = UNSET
    tax_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contractor_job = self.contractor_job
        cost_center = self.cost_center
        material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material.to_dict()
        labour: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labour, Unset):
            labour = self.labour.to_dict()
        line_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_total, Unset):
            line_total = self.line_total.to_dict()
        complete = self.complete
        tax_code = self.tax_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(contractor_job, Unset):
            field_dict["ContractorJob"] = contractor_job
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(material, Unset):
            field_dict["Material"] = material
        if not isinstance(labour, Unset):
            field_dict["Labour"] = labour
        if not isinstance(line_total, Unset):
            field_dict["LineTotal"] = line_total
        if not isinstance(complete, Unset):
            field_dict["Complete"] = complete
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_invoice_create_cost_center_labour import ContractorInvoiceCreateCostCenterLabour  # noqa: PLC0415
        from ..models.line_total import LineTotal  # noqa: PLC0415

        d = dict(src_dict)
        contractor_job = d.pop("ContractorJob", UNSET)

        cost_center = d.pop("CostCenter", UNSET)

        _material = d.pop("Material", UNSET)
        material: ContractorInvoiceCreateCostCenterLabour | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = ContractorInvoiceCreateCostCenterLabour.from_dict(_material)

        _labour = d.pop("Labour", UNSET)
        labour: ContractorInvoiceCreateCostCenterLabour | Unset
        if isinstance(_labour, Unset):
            labour = UNSET
        else:
            labour = ContractorInvoiceCreateCostCenterLabour.from_dict(_labour)

        _line_total = d.pop("LineTotal", UNSET)
        line_total: LineTotal | Unset
        if isinstance(_line_total, Unset):
            line_total = UNSET
        else:
            line_total = LineTotal.from_dict(_line_total)

        complete = d.pop("Complete", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        _instance = cls(
            contractor_job=contractor_job,
            cost_center=cost_center,
            material=material,
            labour=labour,
            line_total=line_total,
            complete=complete,
            tax_code=tax_code,
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
