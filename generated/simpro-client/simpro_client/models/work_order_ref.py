from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_ref_type import WorkOrderRefType
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="WorkOrderRef")


@_attrs_define
class WorkOrderRef:
    """
    Attributes:
        id (int): Work order ID
        type_ (WorkOrderRefType):
        project_id (int): Job or Quote ID
        cost_center_id (int): Cost Center ID
        field_href (str): Link to a work order resource created withing job/quote cost center.
    """

    id: int
    type_: WorkOrderRefType
    project_id: int
    cost_center_id: int
    field_href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        project_id = self.project_id
        cost_center_id = self.cost_center_id
        field_href = self.field_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(project_id, Unset):
            field_dict["ProjectID"] = project_id
        if not isinstance(cost_center_id, Unset):
            field_dict["CostCenterID"] = cost_center_id
        if not isinstance(field_href, Unset):
            field_dict["_href"] = field_href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: WorkOrderRefType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WorkOrderRefType.parse(_type_)

        project_id = d.pop("ProjectID", UNSET)

        cost_center_id = d.pop("CostCenterID", UNSET)

        field_href = d.pop("_href", UNSET)

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            project_id=_unchecked(project_id),
            cost_center_id=_unchecked(cost_center_id),
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
