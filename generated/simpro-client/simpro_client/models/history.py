from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="History")


@_attrs_define
class History:
    """
    Attributes:
        employee (str):
        check_out (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        check_in (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    employee: str
    check_out: datetime.datetime
    check_in: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee = self.employee
        check_out: str | Unset = UNSET
        if not isinstance(self.check_out, Unset):
            check_out = self.check_out.isoformat()
        check_in: str | Unset = UNSET
        if not isinstance(self.check_in, Unset):
            check_in = self.check_in.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(employee, Unset):
            field_dict["Employee"] = employee
        if not isinstance(check_out, Unset):
            field_dict["CheckOut"] = check_out
        if not isinstance(check_in, Unset):
            field_dict["CheckIn"] = check_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee = d.pop("Employee", UNSET)

        _check_out = d.pop("CheckOut", UNSET)
        check_out: datetime.datetime | Unset
        if isinstance(_check_out, Unset):
            check_out = UNSET
        else:
            check_out = datetime.datetime.fromisoformat(_check_out)

        _check_in = d.pop("CheckIn", UNSET)
        check_in: datetime.datetime | Unset
        if isinstance(_check_in, Unset):
            check_in = UNSET
        else:
            check_in = datetime.datetime.fromisoformat(_check_in)

        _instance = cls(
            employee=_unchecked(employee),
            check_out=_unchecked(check_out),
            check_in=_unchecked(check_in),
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
