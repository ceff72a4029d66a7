from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.credit_note_cost_center_total import CreditNoteCostCenterTotal
    from ..models.invoice_cost_center_claim import InvoiceCostCenterClaim
    from ..models.item import Item


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
        total (CreditNoteCostCenterTotal):
        claim (InvoiceCostCenterClaim):
        items (list[Item]): List of billable catalog, prebuild, one-offs and labour items in a cost center.
    """

    id: int
    name: str
    job_id: int
    recurring_invoice_id: int
    section_id: int
    cost_center: CostCenterRef
    total: CreditNoteCostCenterTotal
    claim: InvoiceCostCenterClaim
    items: list[Item]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        job_id = self.job_id
        recurring_invoice_id = self.recurring_invoice_id
        section_id = self.section_id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        claim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claim, Unset):
            claim = self.claim.to_dict()
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(job_id, Unset):
            field_dict["JobID"] = job_id
        if not isinstance(recurring_invoice_id, Unset):
            field_dict["RecurringInvoiceID"] = recurring_invoice_id
        if not isinstance(section_id, Unset):
            field_dict["SectionID"] = section_id
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(claim, Unset):
            field_dict["Claim"] = claim
        if not isinstance(items, Unset):
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.credit_note_cost_center_total import CreditNoteCostCenterTotal  # noqa: PLC0415
        from ..models.invoice_cost_center_claim import InvoiceCostCenterClaim  # noqa: PLC0415
        from ..models.item import Item  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        job_id = d.pop("JobID", UNSET)

        recurring_invoice_id = d.pop("RecurringInvoiceID", UNSET)

        section_id = d.pop("SectionID", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: CostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterRef.from_dict(_cost_center)

        _total = d.pop("Total", UNSET)
        total: CreditNoteCostCenterTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = CreditNoteCostCenterTotal.from_dict(_total)

        _claim = d.pop("Claim", UNSET)
        claim: InvoiceCostCenterClaim | Unset
        if isinstance(_claim, Unset):
            claim = UNSET
        else:
            claim = InvoiceCostCenterClaim.from_dict(_claim)

        _items = d.pop("Items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            job_id=_unchecked(job_id),
            recurring_invoice_id=_unchecked(recurring_invoice_id),
            section_id=_unchecked(section_id),
            cost_center=_unchecked(cost_center),
            total=_unchecked(total),
            claim=_unchecked(claim),
            items=_unchecked(items),
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
