from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.availability import Availability
    from ..models.cost_center_ref import CostCenterRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """
    Attributes:
        id (int):
        name (str): Team name
        availability (list[Availability]):
        cost_centers (list[CostCenterRef]):
        members (list[StaffRef]):
        zones (list[CostCenterRef]):
    """

    id: int
    name: str
    availability: list[Availability]
    cost_centers: list[CostCenterRef]
    members: list[StaffRef]
    zones: list[CostCenterRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = []
            for cost_centers_item_data in self.cost_centers:
                cost_centers_item = cost_centers_item_data.to_dict()
                cost_centers.append(cost_centers_item)

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(availability, Unset):
            field_dict["Availability"] = availability
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(members, Unset):
            field_dict["Members"] = members
        if not isinstance(zones, Unset):
            field_dict["Zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability import Availability  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _availability = d.pop("Availability", UNSET)
        availability: list[Availability] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = Availability.from_dict(availability_item_data)

                availability.append(availability_item)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[CostCenterRef] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = CostCenterRef.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        _members = d.pop("Members", UNSET)
        members: list[StaffRef] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = StaffRef.from_dict(members_item_data)

                members.append(members_item)

        _zones = d.pop("Zones", UNSET)
        zones: list[CostCenterRef] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = CostCenterRef.from_dict(zones_item_data)

                zones.append(zones_item)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            availability=_unchecked(availability),
            cost_centers=_unchecked(cost_centers),
            members=_unchecked(members),
            zones=_unchecked(zones),
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
