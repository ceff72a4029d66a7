from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.cost_center_ref import CostCenterRef
    from ..models.tax_code_ref import TaxCodeRef


T = TypeVar("T", bound="ContractorInvoiceVariance")


@_attrs_define
class ContractorInvoiceVariance:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        line_total (Amount):
        tax_code (TaxCodeRef):
        business_group (CostCenterRef):
    """

    id: int
    cost_center: CostCenterRef
    line_total: Amount
    tax_code: TaxCodeRef
    business_group: CostCenterRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        line_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_total, Unset):
            line_total = self.line_total.to_dict()
        tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_code, Unset):
            tax_code = self.tax_code.to_dict()
        business_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_group, Unset):
            business_group = self.business_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(line_total, Unset):
            field_dict["LineTotal"] = line_total
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(business_group, Unset):
            field_dict["BusinessGroup"] = business_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.tax_code_ref import TaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: CostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterRef.from_dict(_cost_center)

        _line_total = d.pop("LineTotal", UNSET)
        line_total: Amount | Unset
        if isinstance(_line_total, Unset):
            line_total = UNSET
        else:
            line_total = Amount.from_dict(_line_total)

        _tax_code = d.pop("TaxCode", UNSET)
        tax_code: TaxCodeRef | Unset
        if isinstance(_tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = TaxCodeRef.from_dict(_tax_code)

        _business_group = d.pop("BusinessGroup", UNSET)
        business_group: CostCenterRef | Unset
        if isinstance(_business_group, Unset):
            business_group = UNSET
        else:
            business_group = CostCenterRef.from_dict(_business_group)

        _instance = cls(
            id=_unchecked(id),
            cost_center=_unchecked(cost_center),
            line_total=_unchecked(line_total),
            tax_code=_unchecked(tax_code),
            business_group=_unchecked(business_group),
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
