from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.invoice_cost_center_claim import InvoiceCostCenterClaim
    from ..models.invoice_cost_center_item import InvoiceCostCenterItem
    from ..models.invoice_cost_center_total import InvoiceCostCenterTotal


T = TypeVar("T", bound="InvoiceCostCenter")


@_attrs_define
class InvoiceCostCenter:
    """
    Attributes:
        id (int): Cost center ID of a job section.
        name (str): Cost center name of job section.
        job_id (int): Job ID of cost center.
        recurring_invoice_id (int): Recurring invoice ID of a cost center.
        section_id (int): Section ID of a cost center.
        cost_center (CostCenterRef):
        total (InvoiceCostCenterTotal):
        claim (InvoiceCostCenterClaim):
        items (list[InvoiceCostCenterItem]): List of billable catalog, prebuild, one-offs and labour items in a cost
            center.
    """

    id: int
    name: str
    job_id: int
    recurring_invoice_id: int
    section_id: int
    cost_center: CostCenterRef
    total: InvoiceCostCenterTotal
    claim: InvoiceCostCenterClaim
    items: list[InvoiceCostCenterItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        job_id = self.job_id

        recurring_invoice_id = self.recurring_invoice_id

        section_id = self.section_id

        cost_center = self.cost_center.to_dict()

        total = self.total.to_dict()

        claim = self.claim.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Name": name,
                "JobID": job_id,
                "RecurringInvoiceID": recurring_invoice_id,
                "SectionID": section_id,
                "CostCenter": cost_center,
                "Total": total,
                "Claim": claim,
                "Items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.invoice_cost_center_claim import InvoiceCostCenterClaim  # noqa: PLC0415
        from ..models.invoice_cost_center_item import InvoiceCostCenterItem  # noqa: PLC0415
        from ..models.invoice_cost_center_total import InvoiceCostCenterTotal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        name = d.pop("Name")

        job_id = d.pop("JobID")

        recurring_invoice_id = d.pop("RecurringInvoiceID")

        section_id = d.pop("SectionID")

        cost_center = CostCenterRef.from_dict(d.pop("CostCenter"))

        total = InvoiceCostCenterTotal.from_dict(d.pop("Total"))

        claim = InvoiceCostCenterClaim.from_dict(d.pop("Claim"))

        items = []
        _items = d.pop("Items")
        for items_item_data in _items:
            items_item = InvoiceCostCenterItem.from_dict(items_item_data)

            items.append(items_item)

        invoice_cost_center = cls(
            id=id,
            name=name,
            job_id=job_id,
            recurring_invoice_id=recurring_invoice_id,
            section_id=section_id,
            cost_center=cost_center,
            total=total,
            claim=claim,
            items=items,
        )

        invoice_cost_center.additional_properties = d
        return invoice_cost_center

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
