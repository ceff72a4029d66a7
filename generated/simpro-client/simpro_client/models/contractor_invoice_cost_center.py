from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.contractor_invoice_cost_center_cost_center_ref import ContractorInvoiceCostCenterCostCenterRef
    from ..models.contractor_invoice_cost_center_labour import ContractorInvoiceCostCenterLabour
    from ..models.folder_ref import FolderRef
    from ..models.tax_code_ref import TaxCodeRef


T = TypeVar("T", bound="ContractorInvoiceCostCenter")


@_attrs_define
class ContractorInvoiceCostCenter:
    """
    Attributes:
        contractor_job (int): ID of a valid contractor job.
        cost_center (ContractorInvoiceCostCenterCostCenterRef):
        description (str):
        job_no (float):
        material (ContractorInvoiceCostCenterLabour):
        labour (ContractorInvoiceCostCenterLabour):
        line_total (Amount):
        total (Amount):
        invoiced (Amount):
        complete (bool):
        tax_code (TaxCodeRef):
        business_group (FolderRef | None | Unset):
    """

    contractor_job: int
    cost_center: ContractorInvoiceCostCenterCostCenterRef
    description: str
    job_no: float
    material: ContractorInvoiceCostCenterLabour
    labour: ContractorInvoiceCostCenterLabour
    line_total: Amount
    total: Amount
    invoiced: Amount
    complete: bool
    tax_code: TaxCodeRef
    business_group: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        contractor_job = self.contractor_job
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        description = self.description
        job_no = self.job_no
        material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material.to_dict()
        labour: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labour, Unset):
            labour = self.labour.to_dict()
        line_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_total, Unset):
            line_total = self.line_total.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        invoiced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoiced, Unset):
            invoiced = self.invoiced.to_dict()
        complete = self.complete
        tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_code, Unset):
            tax_code = self.tax_code.to_dict()
        business_group: dict[str, Any] | None | Unset
        if isinstance(self.business_group, Unset):
            business_group = UNSET
        elif isinstance(self.business_group, FolderRef):
            business_group = self.business_group.to_dict()
        else:
            business_group = self.business_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(contractor_job, Unset):
            field_dict["ContractorJob"] = contractor_job
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(job_no, Unset):
            field_dict["JobNo"] = job_no
        if not isinstance(material, Unset):
            field_dict["Material"] = material
        if not isinstance(labour, Unset):
            field_dict["Labour"] = labour
        if not isinstance(line_total, Unset):
            field_dict["LineTotal"] = line_total
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(invoiced, Unset):
            field_dict["Invoiced"] = invoiced
        if not isinstance(complete, Unset):
            field_dict["Complete"] = complete
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(business_group, Unset):
            field_dict["BusinessGroup"] = business_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.contractor_invoice_cost_center_cost_center_ref import ContractorInvoiceCostCenterCostCenterRef  # noqa: PLC0415
        from ..models.contractor_invoice_cost_center_labour import ContractorInvoiceCostCenterLabour  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.tax_code_ref import TaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        contractor_job = d.pop("ContractorJob", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: ContractorInvoiceCostCenterCostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = ContractorInvoiceCostCenterCostCenterRef.from_dict(_cost_center)

        description = d.pop("Description", UNSET)

        job_no = d.pop("JobNo", UNSET)

        _material = d.pop("Material", UNSET)
        material: ContractorInvoiceCostCenterLabour | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = ContractorInvoiceCostCenterLabour.from_dict(_material)

        _labour = d.pop("Labour", UNSET)
        labour: ContractorInvoiceCostCenterLabour | Unset
        if isinstance(_labour, Unset):
            labour = UNSET
        else:
            labour = ContractorInvoiceCostCenterLabour.from_dict(_labour)

        _line_total = d.pop("LineTotal", UNSET)
        line_total: Amount | Unset
        if isinstance(_line_total, Unset):
            line_total = UNSET
        else:
            line_total = Amount.from_dict(_line_total)

        _total = d.pop("Total", UNSET)
        total: Amount | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Amount.from_dict(_total)

        _invoiced = d.pop("Invoiced", UNSET)
        invoiced: Amount | Unset
        if isinstance(_invoiced, Unset):
            invoiced = UNSET
        else:
            invoiced = Amount.from_dict(_invoiced)

        complete = d.pop("Complete", UNSET)

        _tax_code = d.pop("TaxCode", UNSET)
        tax_code: TaxCodeRef | Unset
        if isinstance(_tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = TaxCodeRef.from_dict(_tax_code)

        def _parse_business_group(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_group_type_1 = FolderRef.from_dict(data)

                if is_complete(business_group_type_1):
                    return business_group_type_1
                partial_fits.append(business_group_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        business_group = _parse_business_group(d.pop("BusinessGroup", UNSET))

        _instance = cls(
            contractor_job=_unchecked(contractor_job),
            cost_center=_unchecked(cost_center),
            description=_unchecked(description),
            job_no=_unchecked(job_no),
            material=_unchecked(material),
            labour=_unchecked(labour),
            line_total=_unchecked(line_total),
            total=_unchecked(total),
            invoiced=_unchecked(invoiced),
            complete=_unchecked(complete),
            tax_code=_unchecked(tax_code),
            business_group=business_group,
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
