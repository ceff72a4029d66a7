from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.security_group_ref import SecurityGroupRef


T = TypeVar("T", bound="ContractorAccountSetup")


@_attrs_define
class ContractorAccountSetup:
    """
    Attributes:
        username (str):
        is_mobility (bool):
        security_group (None | SecurityGroupRef | Unset):
    """

    username: str
    is_mobility: bool
    security_group: None | SecurityGroupRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.security_group_ref import SecurityGroupRef  # noqa: PLC0415

        username = self.username
        is_mobility = self.is_mobility
        security_group: dict[str, Any] | None | Unset
        if isinstance(self.security_group, Unset):
            security_group = UNSET
        elif isinstance(self.security_group, SecurityGroupRef):
            security_group = self.security_group.to_dict()
        else:
            security_group = self.security_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(username, Unset):
            field_dict["Username"] = username
        if not isinstance(is_mobility, Unset):
            field_dict["IsMobility"] = is_mobility
        if not isinstance(security_group, Unset):
            field_dict["SecurityGroup"] = security_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.security_group_ref import SecurityGroupRef  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("Username", UNSET)

        is_mobility = d.pop("IsMobility", UNSET)

        def _parse_security_group(data: object) -> None | SecurityGroupRef | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | SecurityGroupRef | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                security_group_type_1 = SecurityGroupRef.from_dict(data)

                if is_complete(security_group_type_1):
                    return security_group_type_1
                partial_fits.append(security_group_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | SecurityGroupRef | Unset, data)

        security_group = _parse_security_group(d.pop("SecurityGroup", UNSET))

        _instance = cls(
            username=_unchecked(username),
            is_mobility=_unchecked(is_mobility),
            security_group=security_group,
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
