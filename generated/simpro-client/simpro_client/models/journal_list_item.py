from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.link_ref import LinkRef


T = TypeVar("T", bound="JournalListItem")


@_attrs_define
class JournalListItem:
    """
    Attributes:
        id (str):
        journal_id (int):
        type_ (str):
        journal_date (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        description (str):
        cost_center_id (int):
        link_ref (LinkRef):
        amount (float):
        debit_account (IncomeAccountRef):
        credit_account (IncomeAccountRef):
        category (str): Accounting category reference.
    """

    id: str
    journal_id: int
    type_: str
    journal_date: datetime.datetime
    description: str
    cost_center_id: int
    link_ref: LinkRef
    amount: float
    debit_account: IncomeAccountRef
    credit_account: IncomeAccountRef
    category: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        journal_id = self.journal_id
        type_ = self.type_
        journal_date: str | Unset = UNSET
        if not isinstance(self.journal_date, Unset):
            journal_date = self.journal_date.isoformat()
        description = self.description
        cost_center_id = self.cost_center_id
        link_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_ref, Unset):
            link_ref = self.link_ref.to_dict()
        amount = self.amount
        debit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_account, Unset):
            debit_account = self.debit_account.to_dict()
        credit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_account, Unset):
            credit_account = self.credit_account.to_dict()
        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(journal_id, Unset):
            field_dict["JournalID"] = journal_id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(journal_date, Unset):
            field_dict["JournalDate"] = journal_date
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(cost_center_id, Unset):
            field_dict["CostCenterID"] = cost_center_id
        if not isinstance(link_ref, Unset):
            field_dict["LinkRef"] = link_ref
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount
        if not isinstance(debit_account, Unset):
            field_dict["DebitAccount"] = debit_account
        if not isinstance(credit_account, Unset):
            field_dict["CreditAccount"] = credit_account
        if not isinstance(category, Unset):
            field_dict["Category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.link_ref import LinkRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        journal_id = d.pop("JournalID", UNSET)

        type_ = d.pop("Type", UNSET)

        _journal_date = d.pop("JournalDate", UNSET)
        journal_date: datetime.datetime | Unset
        if isinstance(_journal_date, Unset):
            journal_date = UNSET
        else:
            journal_date = datetime.datetime.fromisoformat(_journal_date)

        description = d.pop("Description", UNSET)

        cost_center_id = d.pop("CostCenterID", UNSET)

        _link_ref = d.pop("LinkRef", UNSET)
        link_ref: LinkRef | Unset
        if isinstance(_link_ref, Unset):
            link_ref = UNSET
        else:
            link_ref = LinkRef.from_dict(_link_ref)

        amount = d.pop("Amount", UNSET)

        _debit_account = d.pop("DebitAccount", UNSET)
        debit_account: IncomeAccountRef | Unset
        if isinstance(_debit_account, Unset):
            debit_account = UNSET
        else:
            debit_account = IncomeAccountRef.from_dict(_debit_account)

        _credit_account = d.pop("CreditAccount", UNSET)
        credit_account: IncomeAccountRef | Unset
        if isinstance(_credit_account, Unset):
            credit_account = UNSET
        else:
            credit_account = IncomeAccountRef.from_dict(_credit_account)

        category = d.pop("Category", UNSET)

        _instance = cls(
            id=_unchecked(id),
            journal_id=_unchecked(journal_id),
            type_=_unchecked(type_),
            journal_date=_unchecked(journal_date),
            description=_unchecked(description),
            cost_center_id=_unchecked(cost_center_id),
            link_ref=_unchecked(link_ref),
            amount=_unchecked(amount),
            debit_account=_unchecked(debit_account),
            credit_account=_unchecked(credit_account),
            category=_unchecked(category),
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
