from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cost_center_state import CostCenterState
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.establishment_reference_response import EstablishmentReferenceResponse
    from ..models.user_reference_response import UserReferenceResponse


T = TypeVar("T", bound="CostCenterResponse")


@_attrs_define
class CostCenterResponse:
    """Cost-center.

    Attributes:
        name (str):
        code (str):
        id (int | Unset):
        owner (UserReferenceResponse | Unset): Reference to a user.
        state (CostCenterState | Unset): Disabled: the cost-center is disabled. Enabled: the cost-center is enabled.
        establishments (list[EstablishmentReferenceResponse] | Unset): **Read-only.** Establishments to which the cost-
            center belongs.
    """

    name: str
    code: str
    id: int | Unset = UNSET
    owner: UserReferenceResponse | Unset = UNSET
    state: CostCenterState | Unset = UNSET
    establishments: list[EstablishmentReferenceResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        code = self.code
        id = self.id
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        establishments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.establishments, Unset):
            establishments = []
            for establishments_item_data in self.establishments:
                establishments_item = establishments_item_data.to_dict()
                establishments.append(establishments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["name"] = name
        if not isinstance(code, Unset):
            field_dict["code"] = code
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(owner, Unset):
            field_dict["owner"] = owner
        if not isinstance(state, Unset):
            field_dict["state"] = state
        if not isinstance(establishments, Unset):
            field_dict["establishments"] = establishments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.establishment_reference_response import EstablishmentReferenceResponse  # noqa: PLC0415
        from ..models.user_reference_response import UserReferenceResponse  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        id = d.pop("id", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: UserReferenceResponse | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = UserReferenceResponse.from_dict(_owner)

        _state = d.pop("state", UNSET)
        state: CostCenterState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CostCenterState.parse(_state)

        _establishments = d.pop("establishments", UNSET)
        establishments: list[EstablishmentReferenceResponse] | Unset = UNSET
        if _establishments is not UNSET:
            establishments = []
            for establishments_item_data in _establishments:
                establishments_item = EstablishmentReferenceResponse.from_dict(establishments_item_data)

                establishments.append(establishments_item)

        _instance = cls(
            name=_unchecked(name),
            code=_unchecked(code),
            id=id,
            owner=owner,
            state=state,
            establishments=establishments,
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
