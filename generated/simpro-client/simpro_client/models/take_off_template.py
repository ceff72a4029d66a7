from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.budget import Budget
    from ..models.cost_center_ref import CostCenterRef
    from ..models.take_off_template_items import TakeOffTemplateItems


T = TypeVar("T", bound="TakeOffTemplate")


@_attrs_define
class TakeOffTemplate:
    """
    Attributes:
        id (int):
        name (str): Name of Take Off Template.
        group (CostCenterRef):
        sub_group (CostCenterRef):
        display_order (int):
        items (TakeOffTemplateItems):
        total (Amount):
        budget (Budget):
        archived (bool):
    """

    id: int
    name: str
    group: CostCenterRef
    sub_group: CostCenterRef
    display_order: int
    items: TakeOffTemplateItems
    total: Amount
    budget: Budget
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()
        sub_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_group, Unset):
            sub_group = self.sub_group.to_dict()
        display_order = self.display_order
        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()
        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(group, Unset):
            field_dict["Group"] = group
        if not isinstance(sub_group, Unset):
            field_dict["SubGroup"] = sub_group
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(items, Unset):
            field_dict["Items"] = items
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(budget, Unset):
            field_dict["Budget"] = budget
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.budget import Budget  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.take_off_template_items import TakeOffTemplateItems  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _group = d.pop("Group", UNSET)
        group: CostCenterRef | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = CostCenterRef.from_dict(_group)

        _sub_group = d.pop("SubGroup", UNSET)
        sub_group: CostCenterRef | Unset
        if isinstance(_sub_group, Unset):
            sub_group = UNSET
        else:
            sub_group = CostCenterRef.from_dict(_sub_group)

        display_order = d.pop("DisplayOrder", UNSET)

        _items = d.pop("Items", UNSET)
        items: TakeOffTemplateItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = TakeOffTemplateItems.from_dict(_items)

        _total = d.pop("Total", UNSET)
        total: Amount | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Amount.from_dict(_total)

        _budget = d.pop("Budget", UNSET)
        budget: Budget | Unset
        if isinstance(_budget, Unset):
            budget = UNSET
        else:
            budget = Budget.from_dict(_budget)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            group=_unchecked(group),
            sub_group=_unchecked(sub_group),
            display_order=_unchecked(display_order),
            items=_unchecked(items),
            total=_unchecked(total),
            budget=_unchecked(budget),
            archived=_unchecked(archived),
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
