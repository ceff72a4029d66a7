from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cost_center_state import CostCenterState
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ImportCostCentersRequestItem")


@_attrs_define
class ImportCostCentersRequestItem:
    """
    Attributes:
        name (str): Name of the cost-center.
        code (str): Code of the cost-center.
        owner_id (int | Unset): ID of the user who will be the owner of the cost-center.
        state (CostCenterState | Unset): Disabled: the cost-center is disabled. Enabled: the cost-center is enabled.
        establishment_ids (list[int] | Unset): IDs of the establishments to which the cost-center belongs.
    """

    name: str
    code: str
    owner_id: int | Unset = UNSET
    state: CostCenterState | Unset = UNSET
    establishment_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        code = self.code
        owner_id = self.owner_id
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        establishment_ids: list[int] | Unset = UNSET
        if not isinstance(self.establishment_ids, Unset):
            establishment_ids = self.establishment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["name"] = name
        if not isinstance(code, Unset):
            field_dict["code"] = code
        if not isinstance(owner_id, Unset):
            field_dict["ownerId"] = owner_id
        if not isinstance(state, Unset):
            field_dict["state"] = state
        if not isinstance(establishment_ids, Unset):
            field_dict["establishmentIds"] = establishment_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        _state = d.pop("state", UNSET)
        state: CostCenterState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CostCenterState.parse(_state)

        establishment_ids = cast(list[int], d.pop("establishmentIds", UNSET))

        _instance = cls(
            name=_unchecked(name),
            code=_unchecked(code),
            owner_id=owner_id,
            state=state,
            establishment_ids=establishment_ids,
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
