from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="LastTest")


@_attrs_define
class LastTest:
    """
    Attributes:
        result (None | str | Unset): Last test result.
        date (datetime.date | None | Unset): Last test date.
        service_level (FolderRef | None | Unset):
    """

    result: None | str | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    service_level: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date
        service_level: dict[str, Any] | None | Unset
        if isinstance(self.service_level, Unset):
            service_level = UNSET
        elif isinstance(self.service_level, FolderRef):
            service_level = self.service_level.to_dict()
        else:
            service_level = self.service_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(result, Unset):
            field_dict["Result"] = result
        if not isinstance(date, Unset):
            field_dict["Date"] = date
        if not isinstance(service_level, Unset):
            field_dict["ServiceLevel"] = service_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_result(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("Result", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(date_type_0):
                    return date_type_0
                partial_fits.append(date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("Date", UNSET))

        def _parse_service_level(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_level_type_1 = FolderRef.from_dict(data)

                if is_complete(service_level_type_1):
                    return service_level_type_1
                partial_fits.append(service_level_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        service_level = _parse_service_level(d.pop("ServiceLevel", UNSET))

        _instance = cls(
            result=result,
            date=date,
            service_level=service_level,
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
