from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.system_quotes_mandatory_due_date_on_creation import SystemQuotesMandatoryDueDateOnCreation


T = TypeVar("T", bound="SystemQuotes")


@_attrs_define
class SystemQuotes:
    """
    Attributes:
        mandatory_due_date_on_creation (SystemQuotesMandatoryDueDateOnCreation):
    """

    mandatory_due_date_on_creation: SystemQuotesMandatoryDueDateOnCreation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandatory_due_date_on_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandatory_due_date_on_creation, Unset):
            mandatory_due_date_on_creation = self.mandatory_due_date_on_creation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(mandatory_due_date_on_creation, Unset):
            field_dict["MandatoryDueDateOnCreation"] = mandatory_due_date_on_creation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.system_quotes_mandatory_due_date_on_creation import SystemQuotesMandatoryDueDateOnCreation  # noqa: PLC0415

        d = dict(src_dict)
        _mandatory_due_date_on_creation = d.pop("MandatoryDueDateOnCreation", UNSET)
        mandatory_due_date_on_creation: SystemQuotesMandatoryDueDateOnCreation | Unset
        if isinstance(_mandatory_due_date_on_creation, Unset):
            mandatory_due_date_on_creation = UNSET
        else:
            mandatory_due_date_on_creation = SystemQuotesMandatoryDueDateOnCreation.from_dict(
                _mandatory_due_date_on_creation
            )

        _instance = cls(
            mandatory_due_date_on_creation=_unchecked(mandatory_due_date_on_creation),
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
