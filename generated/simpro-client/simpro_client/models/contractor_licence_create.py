from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.expiry_alert import ExpiryAlert


T = TypeVar("T", bound="ContractorLicenceCreate")


@_attrs_define
class ContractorLicenceCreate:
    """
    Attributes:
        name (str):
        ref (str):
        expiry_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        expiry_alert (ExpiryAlert | None | Unset):
        critical (bool | Unset): Marking a licence as Critical prevents the employee or contractor from being scheduled
            when the licence has expired.
        description (None | str | Unset):
    """

    name: str
    ref: str
    expiry_date: datetime.date | None | Unset = UNSET
    expiry_alert: ExpiryAlert | None | Unset = UNSET
    critical: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.expiry_alert import ExpiryAlert  # noqa: PLC0415

        name = self.name
        ref = self.ref
        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.date):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date
        expiry_alert: dict[str, Any] | None | Unset
        if isinstance(self.expiry_alert, Unset):
            expiry_alert = UNSET
        elif isinstance(self.expiry_alert, ExpiryAlert):
            expiry_alert = self.expiry_alert.to_dict()
        else:
            expiry_alert = self.expiry_alert
        critical = self.critical
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(ref, Unset):
            field_dict["Ref"] = ref
        if not isinstance(expiry_date, Unset):
            field_dict["ExpiryDate"] = expiry_date
        if not isinstance(expiry_alert, Unset):
            field_dict["ExpiryAlert"] = expiry_alert
        if not isinstance(critical, Unset):
            field_dict["Critical"] = critical
        if not isinstance(description, Unset):
            field_dict["Description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expiry_alert import ExpiryAlert  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        ref = d.pop("Ref", UNSET)

        def _parse_expiry_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(expiry_date_type_0):
                    return expiry_date_type_0
                partial_fits.append(expiry_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("ExpiryDate", UNSET))

        def _parse_expiry_alert(data: object) -> ExpiryAlert | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[ExpiryAlert | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expiry_alert_type_1 = ExpiryAlert.from_dict(data)

                if is_complete(expiry_alert_type_1):
                    return expiry_alert_type_1
                partial_fits.append(expiry_alert_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(ExpiryAlert | None | Unset, data)

        expiry_alert = _parse_expiry_alert(d.pop("ExpiryAlert", UNSET))

        critical = d.pop("Critical", UNSET)

        def _parse_description(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        _instance = cls(
            name=_unchecked(name),
            ref=_unchecked(ref),
            expiry_date=expiry_date,
            expiry_alert=expiry_alert,
            critical=critical,
            description=description,
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
