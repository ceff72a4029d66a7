from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_total import LineTotal
    from ..models.tax_breakdown import TaxBreakdown


T = TypeVar("T", bound="ReceivableInvoiceListItemCostCenters")


@_attrs_define
class ReceivableInvoiceListItemCostCenters:
    """
    Attributes:
        name (str | Unset):
        cost_centre_name (str | Unset):
        original_cost_centre_name (str | Unset):
        section (str | Unset):
        section_cost_centre_id (float | Unset):
        description (str | Unset):
        job_no (float | Unset):
        account_no (str | Unset):
        tax_code (str | Unset):
        tax_rate (float | Unset):
        tracking (str | Unset):
        amount (LineTotal | Unset):
        tax_breakdown (list[TaxBreakdown] | Unset):
    """

    name: str | Unset = UNSET
    cost_centre_name: str | Unset = UNSET
    original_cost_centre_name: str | Unset = UNSET
    section: str | Unset = UNSET
    section_cost_centre_id: float | Unset = UNSET
    description: str | Unset = UNSET
    job_no: float | Unset = UNSET
    account_no: str | Unset = UNSET
    tax_code: str | Unset = UNSET
    tax_rate: float | Unset = UNSET
    tracking: str | Unset = UNSET
    amount: LineTotal | Unset = UNSET
    tax_breakdown: list[TaxBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        cost_centre_name = self.cost_centre_name
        original_cost_centre_name = self.original_cost_centre_name
        section = self.section
        section_cost_centre_id = self.section_cost_centre_id
        description = self.description
        job_no = self.job_no
        account_no = self.account_no
        tax_code = self.tax_code
        tax_rate = self.tax_rate
        tracking = self.tracking
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()
        tax_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_breakdown, Unset):
            tax_breakdown = []
            for tax_breakdown_item_data in self.tax_breakdown:
                tax_breakdown_item = tax_breakdown_item_data.to_dict()
                tax_breakdown.append(tax_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(cost_centre_name, Unset):
            field_dict["CostCentreName"] = cost_centre_name
        if not isinstance(original_cost_centre_name, Unset):
            field_dict["OriginalCostCentreName"] = original_cost_centre_name
        if not isinstance(section, Unset):
            field_dict["Section"] = section
        if not isinstance(section_cost_centre_id, Unset):
            field_dict["SectionCostCentreID"] = section_cost_centre_id
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(job_no, Unset):
            field_dict["JobNo"] = job_no
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(tax_rate, Unset):
            field_dict["TaxRate"] = tax_rate
        if not isinstance(tracking, Unset):
            field_dict["Tracking"] = tracking
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount
        if not isinstance(tax_breakdown, Unset):
            field_dict["TaxBreakdown"] = tax_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_total import LineTotal  # noqa: PLC0415
        from ..models.tax_breakdown import TaxBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        cost_centre_name = d.pop("CostCentreName", UNSET)

        original_cost_centre_name = d.pop("OriginalCostCentreName", UNSET)

        section = d.pop("Section", UNSET)

        section_cost_centre_id = d.pop("SectionCostCentreID", UNSET)

        description = d.pop("Description", UNSET)

        job_no = d.pop("JobNo", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        tax_code = d.pop("TaxCode", UNSET)

        tax_rate = d.pop("TaxRate", UNSET)

        tracking = d.pop("Tracking", UNSET)

        _amount = d.pop("Amount", UNSET)
        amount: LineTotal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = LineTotal.from_dict(_amount)

        _tax_breakdown = d.pop("TaxBreakdown", UNSET)
        tax_breakdown: list[TaxBreakdown] | Unset = UNSET
        if _tax_breakdown is not UNSET:
            tax_breakdown = []
            for tax_breakdown_item_data in _tax_breakdown:
                tax_breakdown_item = TaxBreakdown.from_dict(tax_breakdown_item_data)

                tax_breakdown.append(tax_breakdown_item)

        _instance = cls(
            name=name,
            cost_centre_name=cost_centre_name,
            original_cost_centre_name=original_cost_centre_name,
            section=section,
            section_cost_centre_id=section_cost_centre_id,
            description=description,
            job_no=job_no,
            account_no=account_no,
            tax_code=tax_code,
            tax_rate=tax_rate,
            tracking=tracking,
            amount=amount,
            tax_breakdown=tax_breakdown,
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
