from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """
    Attributes:
        type_ (None | str | Unset):
        title (None | str | Unset):
        status (int | None | Unset):
        detail (None | str | Unset):
        instance (None | str | Unset):
    """

    type_: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title
        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status
        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail
        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        if not isinstance(title, Unset):
            field_dict["title"] = title
        if not isinstance(status, Unset):
            field_dict["status"] = status
        if not isinstance(detail, Unset):
            field_dict["detail"] = detail
        if not isinstance(instance, Unset):
            field_dict["instance"] = instance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_title(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_status(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_detail(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_instance(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        _instance = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
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
