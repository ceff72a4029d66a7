from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_note_create_cost_center import CreditNoteCreateCostCenter


T = TypeVar("T", bound="CreditNoteUpdate")


@_attrs_define
class CreditNoteUpdate:
    """
    Attributes:
        cost_centers (list[CreditNoteCreateCostCenter] | Unset):
        date_issued (datetime.date | Unset): Issue date of an credit note, defaults to the current date. Date in YYYY-
            MM-DD format eg. 2019-09-18
        stage (CreditNoteStage | Unset):
        per_item (bool | Unset): Indicates that billable items are credited per item.
        order_no (str | Unset):
        income_account (int | Unset): ID of a chart of account
        category (int | Unset): ID of a accounting category
        status (int | Unset): ID of a customer invoice status code
        auto_adjust_status (bool | Unset): Set this to false if you would like to set status manually.
        description (str | Unset): Comment of a credit note. This column supports HTML formatting.
        notes (str | Unset): Footnote of a credit note. This column supports HTML formatting.
    """

    cost_centers: list[CreditNoteCreateCostCenter] | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    stage: CreditNoteStage | Unset = UNSET
    per_item: bool | Unset = UNSET
    order_no: str | Unset = UNSET
    income_account: int | Unset = UNSET
    category: int | Unset = UNSET
    status: int | Unset = UNSET
    auto_adjust_status: bool | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = []
            for cost_centers_item_data in self.cost_centers:
                cost_centers_item = cost_centers_item_data.to_dict()
                cost_centers.append(cost_centers_item)

        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        per_item = self.per_item
        order_no = self.order_no
        income_account = self.income_account
        category = self.category
        status = self.status
        auto_adjust_status = self.auto_adjust_status
        description = self.description
        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(per_item, Unset):
            field_dict["PerItem"] = per_item
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_note_create_cost_center import CreditNoteCreateCostCenter  # noqa: PLC0415

        d = dict(src_dict)
        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[CreditNoteCreateCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = CreditNoteCreateCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        per_item = d.pop("PerItem", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        income_account = d.pop("IncomeAccount", UNSET)

        category = d.pop("Category", UNSET)

        status = d.pop("Status", UNSET)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _instance = cls(
            cost_centers=cost_centers,
            date_issued=date_issued,
            stage=stage,
            per_item=per_item,
            order_no=order_no,
            income_account=income_account,
            category=category,
            status=status,
            auto_adjust_status=auto_adjust_status,
            description=description,
            notes=notes,
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
