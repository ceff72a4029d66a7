from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="CustomerContractRates")


@_attrs_define
class CustomerContractRates:
    """
    Attributes:
        service_fee (FolderRef | None | Unset): An additional fee you charge on a job or quote, such as a call-out fee
            with or without labour included.
    """

    service_fee: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        service_fee: dict[str, Any] | None | Unset
        if isinstance(self.service_fee, Unset):
            service_fee = UNSET
        elif isinstance(self.service_fee, FolderRef):
            service_fee = self.service_fee.to_dict()
        else:
            service_fee = self.service_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(service_fee, Unset):
            field_dict["ServiceFee"] = service_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_service_fee(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_fee_type_1 = FolderRef.from_dict(data)

                if is_complete(service_fee_type_1):
                    return service_fee_type_1
                partial_fits.append(service_fee_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        service_fee = _parse_service_fee(d.pop("ServiceFee", UNSET))

        _instance = cls(
            service_fee=service_fee,
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
