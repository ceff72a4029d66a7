from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.site_update_veec_zone import SiteUpdateVEECZone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contractor_create_address import ContractorCreateAddress
    from ..models.customer_contract_create_rates import CustomerContractCreateRates
    from ..models.site_create_billing_address import SiteCreateBillingAddress
    from ..models.site_create_primary_contact import SiteCreatePrimaryContact


T = TypeVar("T", bound="SiteUpdate")


@_attrs_define
class SiteUpdate:
    """
    Attributes:
        name (str | Unset):
        address (ContractorCreateAddress | Unset):
        billing_address (SiteCreateBillingAddress | Unset):
        billing_contact (str | Unset):
        primary_contact (SiteCreatePrimaryContact | Unset):
        public_notes (str | Unset): This column supports HTML formatting.
        private_notes (str | Unset): This column supports HTML formatting.
        zone (int | Unset): ID of a zone
        preferred_techs (list[int] | Unset): Deprecated: Please use PreferredTechnicians(includes AssetType and
            ServiceLevel) field. Assign preferred technicians to have them automatically assigned to relevant quotes and
            jobs
        customers (list[int] | Unset):
        archived (bool | Unset):
        stc_zone (int | None | Unset): Zone number for site location.
        veec_zone (None | SiteUpdateVEECZone | Unset): VEEC Zone for site location.
        rates (CustomerContractCreateRates | Unset):
    """

    name: str | Unset = UNSET
    address: ContractorCreateAddress | Unset = UNSET
    billing_address: SiteCreateBillingAddress | Unset = UNSET
    billing_contact: str | Unset = UNSET
    primary_contact: SiteCreatePrimaryContact | Unset = UNSET
    public_notes: str | Unset = UNSET
    private_notes: str | Unset = UNSET
    zone: int | Unset = UNSET
    preferred_techs: list[int] | Unset = UNSET
    customers: list[int] | Unset = UNSET
    archived: bool | Unset = UNSET
    stc_zone: int | None | Unset = UNSET
    veec_zone: None | SiteUpdateVEECZone | Unset = UNSET
    rates: CustomerContractCreateRates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()
        billing_contact = self.billing_contact
        primary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()
        public_notes = self.public_notes
        private_notes = self.private_notes
        zone = self.zone
        preferred_techs: list[int] | Unset = UNSET
        if not isinstance(self.preferred_techs, Unset):
            preferred_techs = self.preferred_techs

        customers: list[int] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = self.customers

        archived = self.archived
        stc_zone: int | None | Unset
        if isinstance(self.stc_zone, Unset):
            stc_zone = UNSET
        else:
            stc_zone = self.stc_zone
        veec_zone: None | str | Unset
        if isinstance(self.veec_zone, Unset):
            veec_zone = UNSET
        elif isinstance(self.veec_zone, SiteUpdateVEECZone):
            veec_zone = self.veec_zone.value
        else:
            veec_zone = self.veec_zone
        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(billing_address, Unset):
            field_dict["BillingAddress"] = billing_address
        if not isinstance(billing_contact, Unset):
            field_dict["BillingContact"] = billing_contact
        if not isinstance(primary_contact, Unset):
            field_dict["PrimaryContact"] = primary_contact
        if not isinstance(public_notes, Unset):
            field_dict["PublicNotes"] = public_notes
        if not isinstance(private_notes, Unset):
            field_dict["PrivateNotes"] = private_notes
        if not isinstance(zone, Unset):
            field_dict["Zone"] = zone
        if not isinstance(preferred_techs, Unset):
            field_dict["PreferredTechs"] = preferred_techs
        if not isinstance(customers, Unset):
            field_dict["Customers"] = customers
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(stc_zone, Unset):
            field_dict["STCZone"] = stc_zone
        if not isinstance(veec_zone, Unset):
            field_dict["VEECZone"] = veec_zone
        if not isinstance(rates, Unset):
            field_dict["Rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_create_address import ContractorCreateAddress  # noqa: PLC0415
        from ..models.customer_contract_create_rates import CustomerContractCreateRates  # noqa: PLC0415
        from ..models.site_create_billing_address import SiteCreateBillingAddress  # noqa: PLC0415
        from ..models.site_create_primary_contact import SiteCreatePrimaryContact  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _address = d.pop("Address", UNSET)
        address: ContractorCreateAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContractorCreateAddress.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: SiteCreateBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = SiteCreateBillingAddress.from_dict(_billing_address)

        billing_contact = d.pop("BillingContact", UNSET)

        _primary_contact = d.pop("PrimaryContact", UNSET)
        primary_contact: SiteCreatePrimaryContact | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = SiteCreatePrimaryContact.from_dict(_primary_contact)

        public_notes = d.pop("PublicNotes", UNSET)

        private_notes = d.pop("PrivateNotes", UNSET)

        zone = d.pop("Zone", UNSET)

        preferred_techs = cast(list[int], d.pop("PreferredTechs", UNSET))

        customers = cast(list[int], d.pop("Customers", UNSET))

        archived = d.pop("Archived", UNSET)

        def _parse_stc_zone(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        stc_zone = _parse_stc_zone(d.pop("STCZone", UNSET))

        def _parse_veec_zone(data: object) -> None | SiteUpdateVEECZone | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | SiteUpdateVEECZone | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                veec_zone_type_1 = SiteUpdateVEECZone.parse(data)

                if is_complete(veec_zone_type_1):
                    return veec_zone_type_1
                partial_fits.append(veec_zone_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | SiteUpdateVEECZone | Unset, data)

        veec_zone = _parse_veec_zone(d.pop("VEECZone", UNSET))

        _rates = d.pop("Rates", UNSET)
        rates: CustomerContractCreateRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CustomerContractCreateRates.from_dict(_rates)

        _instance = cls(
            name=name,
            address=address,
            billing_address=billing_address,
            billing_contact=billing_contact,
            primary_contact=primary_contact,
            public_notes=public_notes,
            private_notes=private_notes,
            zone=zone,
            preferred_techs=preferred_techs,
            customers=customers,
            archived=archived,
            stc_zone=stc_zone,
            veec_zone=veec_zone,
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
