from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="SecurityGroup")


@_attrs_define
class SecurityGroup:
    """
    Attributes:
        id (int):
        name (str): Security group name
        dashboards (list[CostCenterRef]):
        business_group (FolderRef | None | Unset):
    """

    id: int
    name: str
    dashboards: list[CostCenterRef]
    business_group: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        name = self.name
        dashboards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dashboards, Unset):
            dashboards = []
            for dashboards_item_data in self.dashboards:
                dashboards_item = dashboards_item_data.to_dict()
                dashboards.append(dashboards_item)

        business_group: dict[str, Any] | None | Unset
        if isinstance(self.business_group, Unset):
            business_group = UNSET
        elif isinstance(self.business_group, FolderRef):
            business_group = self.business_group.to_dict()
        else:
            business_group = self.business_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(dashboards, Unset):
            field_dict["Dashboards"] = dashboards
        if not isinstance(business_group, Unset):
            field_dict["BusinessGroup"] = business_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _dashboards = d.pop("Dashboards", UNSET)
        dashboards: list[CostCenterRef] | Unset = UNSET
        if _dashboards is not UNSET:
            dashboards = []
            for dashboards_item_data in _dashboards:
                dashboards_item = CostCenterRef.from_dict(dashboards_item_data)

                dashboards.append(dashboards_item)

        def _parse_business_group(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_group_type_1 = FolderRef.from_dict(data)

                if is_complete(business_group_type_1):
                    return business_group_type_1
                partial_fits.append(business_group_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        business_group = _parse_business_group(d.pop("BusinessGroup", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            dashboards=_unchecked(dashboards),
            business_group=business_group,
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
