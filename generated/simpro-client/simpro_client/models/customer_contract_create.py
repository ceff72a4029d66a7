from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_contract_create_rates import CustomerContractCreateRates


T = TypeVar("T", bound="CustomerContractCreate")


@_attrs_define
class CustomerContractCreate:
    """
    Attributes:
        name (str | Unset):
        start_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        end_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        contract_no (str | Unset):
        value (float | Unset):
        notes (str | Unset):
        email (str | Unset): Standard email address format eg. address@example.com
        expired (bool | Unset):
        pricing_tier (int | Unset): ID of a pricing tier
        markup (float | Unset): Markup for material rates, pricing tier default will be used when empty.
        rates (CustomerContractCreateRates | Unset):
    """

    name: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    contract_no: str | Unset = UNSET
    value: float | Unset = UNSET
    notes: str | Unset = UNSET
    email: str | Unset = UNSET
    expired: bool | Unset = UNSET
    pricing_tier: int | Unset = UNSET
    markup: float | Unset = UNSET
    rates: CustomerContractCreateRates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date
        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date
        contract_no = self.contract_no
        value = self.value
        notes = self.notes
        email = self.email
        expired = self.expired
        pricing_tier = self.pricing_tier
        markup = self.markup
        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(end_date, Unset):
            field_dict["EndDate"] = end_date
        if not isinstance(contract_no, Unset):
            field_dict["ContractNo"] = contract_no
        if not isinstance(value, Unset):
            field_dict["Value"] = value
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(expired, Unset):
            field_dict["Expired"] = expired
        if not isinstance(pricing_tier, Unset):
            field_dict["PricingTier"] = pricing_tier
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(rates, Unset):
            field_dict["Rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_contract_create_rates import CustomerContractCreateRates  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(start_date_type_0):
                    return start_date_type_0
                partial_fits.append(start_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("StartDate", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(end_date_type_0):
                    return end_date_type_0
                partial_fits.append(end_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("EndDate", UNSET))

        contract_no = d.pop("ContractNo", UNSET)

        value = d.pop("Value", UNSET)

        notes = d.pop("Notes", UNSET)

        email = d.pop("Email", UNSET)

        expired = d.pop("Expired", UNSET)

        pricing_tier = d.pop("PricingTier", UNSET)

        markup = d.pop("Markup", UNSET)

        _rates = d.pop("Rates", UNSET)
        rates: CustomerContractCreateRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CustomerContractCreateRates.from_dict(_rates)

        _instance = cls(
            name=name,
            start_date=start_date,
            end_date=end_date,
            contract_no=contract_no,
            value=value,
            notes=notes,
            email=email,
            expired=expired,
            pricing_tier=pricing_tier,
            markup=markup,
            rates=rates,
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
