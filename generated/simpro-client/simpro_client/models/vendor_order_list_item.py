from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_vendor_order_stage import JobCostCenterVendorOrderStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="VendorOrderListItem")


@_attrs_define
class VendorOrderListItem:
    """
    Attributes:
        id (int):
        stage (JobCostCenterVendorOrderStage):
        reference (str):
        show_item_due_date (bool):
        totals (Amount):
    """

    id: int
    stage: JobCostCenterVendorOrderStage
    reference: str
    show_item_due_date: bool
    totals: Amount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        reference = self.reference
        show_item_due_date = self.show_item_due_date
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(show_item_due_date, Unset):
            field_dict["ShowItemDueDate"] = show_item_due_date
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: JobCostCenterVendorOrderStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobCostCenterVendorOrderStage.parse(_stage)

        reference = d.pop("Reference", UNSET)

        show_item_due_date = d.pop("ShowItemDueDate", UNSET)

        _totals = d.pop("Totals", UNSET)
        totals: Amount | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = Amount.from_dict(_totals)

        _instance = cls(
            id=_unchecked(id),
            stage=_unchecked(stage),
            reference=_unchecked(reference),
            show_item_due_date=_unchecked(show_item_due_date),
            totals=_unchecked(totals),
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
