from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.contractor_job_list_item_total import ContractorJobListItemTotal
    from ..models.contractor_ref import ContractorRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="JobContractorJobListItem")


@_attrs_define
class JobContractorJobListItem:
    """
    Attributes:
        id (int):
        project_type (str):
        contractor (ContractorRef):
        created_by (StaffRef):
        total (ContractorJobListItemTotal):
    """

    id: int
    project_type: str
    contractor: ContractorRef
    created_by: StaffRef
    total: ContractorJobListItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        project_type = self.project_type
        contractor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contractor, Unset):
            contractor = self.contractor.to_dict()
        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(project_type, Unset):
            field_dict["ProjectType"] = project_type
        if not isinstance(contractor, Unset):
            field_dict["Contractor"] = contractor
        if not isinstance(created_by, Unset):
            field_dict["CreatedBy"] = created_by
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_job_list_item_total import ContractorJobListItemTotal  # noqa: PLC0415
        from ..models.contractor_ref import ContractorRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        project_type = d.pop("ProjectType", UNSET)

        _contractor = d.pop("Contractor", UNSET)
        contractor: ContractorRef | Unset
        if isinstance(_contractor, Unset):
            contractor = UNSET
        else:
            contractor = ContractorRef.from_dict(_contractor)

        _created_by = d.pop("CreatedBy", UNSET)
        created_by: StaffRef | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = StaffRef.from_dict(_created_by)

        _total = d.pop("Total", UNSET)
        total: ContractorJobListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ContractorJobListItemTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            project_type=_unchecked(project_type),
            contractor=_unchecked(contractor),
            created_by=_unchecked(created_by),
            total=_unchecked(total),
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
