from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="InventoryJournal")


@_attrs_define
class InventoryJournal:
    """
    Attributes:
        id (int):
        journal_date (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        amount (float):
        cost_center (CostCenterRef):
        memo (str):
        export_date (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        secondary_account (str):
    """

    id: int
    journal_date: datetime.datetime
    amount: float
    cost_center: CostCenterRef
    memo: str
    export_date: datetime.datetime
    secondary_account: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        journal_date: str | Unset = UNSET
        if not isinstance(self.journal_date, Unset):
            journal_date = self.journal_date.isoformat()
        amount = self.amount
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        memo = self.memo
        export_date: str | Unset = UNSET
        if not isinstance(self.export_date, Unset):
            export_date = self.export_date.isoformat()
        secondary_account = self.secondary_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(journal_date, Unset):
            field_dict["JournalDate"] = journal_date
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(memo, Unset):
            field_dict["Memo"] = memo
        if not isinstance(export_date, Unset):
            field_dict["ExportDate"] = export_date
        if not isinstance(secondary_account, Unset):
            field_dict["SecondaryAccount"] = secondary_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _journal_date = d.pop("JournalDate", UNSET)
        journal_date: datetime.datetime | Unset
        if isinstance(_journal_date, Unset):
            journal_date = UNSET
        else:
            journal_date = datetime.datetime.fromisoformat(_journal_date)

        amount = d.pop("Amount", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: CostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterRef.from_dict(_cost_center)

        memo = d.pop("Memo", UNSET)

        _export_date = d.pop("ExportDate", UNSET)
        export_date: datetime.datetime | Unset
        if isinstance(_export_date, Unset):
            export_date = UNSET
        else:
            export_date = datetime.datetime.fromisoformat(_export_date)

        secondary_account = d.pop("SecondaryAccount", UNSET)

        _instance = cls(
            id=_unchecked(id),
            journal_date=_unchecked(journal_date),
            amount=_unchecked(amount),
            cost_center=_unchecked(cost_center),
            memo=_unchecked(memo),
            export_date=_unchecked(export_date),
            secondary_account=_unchecked(secondary_account),
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
