from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_ref_type import WorkOrderRefType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="VendorQuoteAssignedTo")


@_attrs_define
class VendorQuoteAssignedTo:
    """
    Attributes:
        cost_center (CostCenterRef):
        type_ (WorkOrderRefType):
        project_id (int):
        section_id (int):
    """

    cost_center: CostCenterRef
    type_: WorkOrderRefType
    project_id: int
    section_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        project_id = self.project_id
        section_id = self.section_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(cost_center, Unset):
            field_dict["CostCenter"] = cost_center
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(project_id, Unset):
            field_dict["ProjectID"] = project_id
        if not isinstance(section_id, Unset):
            field_dict["SectionID"] = section_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        _cost_center = d.pop("CostCenter", UNSET)
        cost_center: CostCenterRef | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterRef.from_dict(_cost_center)

        _type_ = d.pop("Type", UNSET)
        type_: WorkOrderRefType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WorkOrderRefType.parse(_type_)

        project_id = d.pop("ProjectID", UNSET)

        section_id = d.pop("SectionID", UNSET)

        _instance = cls(
            cost_center=_unchecked(cost_center),
            type_=_unchecked(type_),
            project_id=_unchecked(project_id),
            section_id=_unchecked(section_id),
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
