from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.all_job_cost_center_list_item_job_ref import AllJobCostCenterListItemJobRef
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="AllQuoteCostCenterListItem")


@_attrs_define
class AllQuoteCostCenterListItem:
    """
    Attributes:
        id (int):
        cost_center (CostCenterRef):
        name (str):
        quote (AllJobCostCenterListItemJobRef):
        section (CostCenterRef):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        field_href (str):
    """

    id: int
    cost_center: CostCenterRef
    name: str
    quote: AllJobCostCenterListItemJobRef
    section: CostCenterRef
    date_modified: datetime.datetime
    field_href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        name = self.name
        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()
        section: dict[str, Any] | Unset = UNSET
        if not isinstance(self.section, Unset):
            section = self.section.to_dict()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        field_href = self.field_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(quote, Unset):
            field_dict["Quote"] = quote
        if not isinstance(section, Unset):
            field_dict["Section"] = section
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(field_href, Unset):
            field_dict["_href"] = field_href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.all_job_cost_center_list_item_job_ref import AllJobCostCenterListItemJobRef  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: CostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterRef.from_dict(_cost_center)

        name = d.pop("Name", UNSET)

        _quote = d.pop("Quote", UNSET)
        quote: AllJobCostCenterListItemJobRef | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = AllJobCostCenterListItemJobRef.from_dict(_quote)

        _section = d.pop("Section", UNSET)
        section: CostCenterRef | Unset
        if isinstance(_section, Unset):
            section = UNSET
        else:
            section = CostCenterRef.from_dict(_section)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        field_href = d.pop("_href", UNSET)

        _instance = cls(
            id=_unchecked(id),
            cost_center=_unchecked(cost_center),
            name=_unchecked(name),
            quote=_unchecked(quote),
            section=_unchecked(section),
            date_modified=_unchecked(date_modified),
            field_href=_unchecked(field_href),
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
