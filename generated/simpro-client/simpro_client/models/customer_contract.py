from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_contract_rates import CustomerContractRates
    from ..models.customer_contract_service_level import CustomerContractServiceLevel
    from ..models.pricing_tier_ref import PricingTierRef
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField


T = TypeVar("T", bound="CustomerContract")


@_attrs_define
class CustomerContract:
    """
    Attributes:
        id (int):
        name (str):
        contract_no (str):
        value (float):
        notes (str):
        email (str): Standard email address format eg. address@example.com
        archived (bool):
        expired (bool):
        pricing_tier (PricingTierRef):
        markup (float): Markup for material rates, pricing tier default will be used when empty.
        rates (CustomerContractRates):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this customer contract.
            See the custom fields handler for more information.
        service_levels (list[CustomerContractServiceLevel]):
        start_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered
            by Field=null or Field=ne(null)
        end_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
    """

    id: int
    name: str
    contract_no: str
    value: float
    notes: str
    email: str
    archived: bool
    expired: bool
    pricing_tier: PricingTierRef
    markup: float
    rates: CustomerContractRates
    custom_fields: list[ReceivableContactListItemCustomField]
    service_levels: list[CustomerContractServiceLevel]
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        contract_no = self.contract_no
        value = self.value
        notes = self.notes
        email = self.email
        archived = self.archived
        expired = self.expired
        pricing_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_tier, Unset):
            pricing_tier = self.pricing_tier.to_dict()
        markup = self.markup
        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        service_levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_levels, Unset):
            service_levels = []
            for service_levels_item_data in self.service_levels:
                service_levels_item = service_levels_item_data.to_dict()
                service_levels.append(service_levels_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(contract_no, Unset):
            field_dict["ContractNo"] = contract_no
        if not isinstance(value, Unset):
            field_dict["Value"] = value
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(expired, Unset):
            field_dict["Expired"] = expired
        if not isinstance(pricing_tier, Unset):
            field_dict["PricingTier"] = pricing_tier
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(rates, Unset):
            field_dict["Rates"] = rates
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(service_levels, Unset):
            field_dict["ServiceLevels"] = service_levels
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(end_date, Unset):
            field_dict["EndDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_contract_rates import CustomerContractRates  # noqa: PLC0415
        from ..models.customer_contract_service_level import CustomerContractServiceLevel  # noqa: PLC0415
        from ..models.pricing_tier_ref import PricingTierRef  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        contract_no = d.pop("ContractNo", UNSET)

        value = d.pop("Value", UNSET)

        notes = d.pop("Notes", UNSET)

        email = d.pop("Email", UNSET)

        archived = d.pop("Archived", UNSET)

        expired = d.pop("Expired", UNSET)

        _pricing_tier = d.pop("PricingTier", UNSET)
        pricing_tier: PricingTierRef | Unset
        if isinstance(_pricing_tier, Unset):
            pricing_tier = UNSET
        else:
            pricing_tier = PricingTierRef.from_dict(_pricing_tier)

        markup = d.pop("Markup", UNSET)

        _rates = d.pop("Rates", UNSET)
        rates: CustomerContractRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CustomerContractRates.from_dict(_rates)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _service_levels = d.pop("ServiceLevels", UNSET)
        service_levels: list[CustomerContractServiceLevel] | Unset = UNSET
        if _service_levels is not UNSET:
            service_levels = []
            for service_levels_item_data in _service_levels:
                service_levels_item = CustomerContractServiceLevel.from_dict(service_levels_item_data)

                service_levels.append(service_levels_item)

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

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            contract_no=_unchecked(contract_no),
            value=_unchecked(value),
            notes=_unchecked(notes),
            email=_unchecked(email),
            archived=_unchecked(archived),
            expired=_unchecked(expired),
            pricing_tier=_unchecked(pricing_tier),
            markup=_unchecked(markup),
            rates=_unchecked(rates),
            custom_fields=_unchecked(custom_fields),
            service_levels=_unchecked(service_levels),
            start_date=start_date,
            end_date=end_date,
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
