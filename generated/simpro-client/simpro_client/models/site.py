from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.site_veec_zone import SiteVEECZone
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer_contract_rates import CustomerContractRates
    from ..models.customer_ref import CustomerRef
    from ..models.folder_ref import FolderRef
    from ..models.preferred_technician import PreferredTechnician
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.site_billing_address import SiteBillingAddress
    from ..models.site_primary_contact import SitePrimaryContact
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="Site")


@_attrs_define
class Site:
    """
    Attributes:
        id (int): ID of the site
        name (str):
        address (Address):
        billing_address (SiteBillingAddress):
        billing_contact (str):
        primary_contact (SitePrimaryContact):
        public_notes (str): This column supports HTML formatting.
        private_notes (str): This column supports HTML formatting.
        preferred_techs (list[StaffRef]): Deprecated: Please use PreferredTechnicians(includes AssetType and
            ServiceLevel) field. Assign preferred technicians to have them automatically assigned to relevant quotes and
            jobs
        preferred_technicians (list[PreferredTechnician]): Preferred technicians of a site. For modifications please use
            /preferredTechnicians endpoints
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        customers (list[CustomerRef]):
        archived (bool):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this site. See the
            custom fields handler for more information.
        rates (CustomerContractRates):
        zone (FolderRef | None | Unset):
        stc_zone (int | None | Unset): Zone number for site location.
        veec_zone (None | SiteVEECZone | Unset): VEEC Zone for site location.
    """

    id: int
    name: str
    address: Address
    billing_address: SiteBillingAddress
    billing_contact: str
    primary_contact: SitePrimaryContact
    public_notes: str
    private_notes: str
    preferred_techs: list[StaffRef]
    preferred_technicians: list[PreferredTechnician]
    date_modified: datetime.datetime
    customers: list[CustomerRef]
    archived: bool
    custom_fields: list[ReceivableContactListItemCustomField]
    rates: CustomerContractRates
    zone: FolderRef | None | Unset = UNSET
    stc_zone: int | None | Unset = UNSET
    veec_zone: None | SiteVEECZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
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
        preferred_techs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_techs, Unset):
            preferred_techs = []
            for preferred_techs_item_data in self.preferred_techs:
                preferred_techs_item = preferred_techs_item_data.to_dict()
                preferred_techs.append(preferred_techs_item)

        preferred_technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_technicians, Unset):
            preferred_technicians = []
            for preferred_technicians_item_data in self.preferred_technicians:
                preferred_technicians_item = preferred_technicians_item_data.to_dict()
                preferred_technicians.append(preferred_technicians_item)

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        archived = self.archived
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()
        zone: dict[str, Any] | None | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        elif isinstance(self.zone, FolderRef):
            zone = self.zone.to_dict()
        else:
            zone = self.zone
        stc_zone: int | None | Unset
        if isinstance(self.stc_zone, Unset):
            stc_zone = UNSET
        else:
            stc_zone = self.stc_zone
        veec_zone: None | str | Unset
        if isinstance(self.veec_zone, Unset):
            veec_zone = UNSET
        elif isinstance(self.veec_zone, SiteVEECZone):
            veec_zone = self.veec_zone.value
        else:
            veec_zone = self.veec_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
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
        if not isinstance(preferred_techs, Unset):
            field_dict["PreferredTechs"] = preferred_techs
        if not isinstance(preferred_technicians, Unset):
            field_dict["PreferredTechnicians"] = preferred_technicians
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(customers, Unset):
            field_dict["Customers"] = customers
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(rates, Unset):
            field_dict["Rates"] = rates
        if not isinstance(zone, Unset):
            field_dict["Zone"] = zone
        if not isinstance(stc_zone, Unset):
            field_dict["STCZone"] = stc_zone
        if not isinstance(veec_zone, Unset):
            field_dict["VEECZone"] = veec_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer_contract_rates import CustomerContractRates  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.preferred_technician import PreferredTechnician  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.site_billing_address import SiteBillingAddress  # noqa: PLC0415
        from ..models.site_primary_contact import SitePrimaryContact  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _address = d.pop("Address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: SiteBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = SiteBillingAddress.from_dict(_billing_address)

        billing_contact = d.pop("BillingContact", UNSET)

        _primary_contact = d.pop("PrimaryContact", UNSET)
        primary_contact: SitePrimaryContact | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = SitePrimaryContact.from_dict(_primary_contact)

        public_notes = d.pop("PublicNotes", UNSET)

        private_notes = d.pop("PrivateNotes", UNSET)

        _preferred_techs = d.pop("PreferredTechs", UNSET)
        preferred_techs: list[StaffRef] | Unset = UNSET
        if _preferred_techs is not UNSET:
            preferred_techs = []
            for preferred_techs_item_data in _preferred_techs:
                preferred_techs_item = StaffRef.from_dict(preferred_techs_item_data)

                preferred_techs.append(preferred_techs_item)

        _preferred_technicians = d.pop("PreferredTechnicians", UNSET)
        preferred_technicians: list[PreferredTechnician] | Unset = UNSET
        if _preferred_technicians is not UNSET:
            preferred_technicians = []
            for preferred_technicians_item_data in _preferred_technicians:
                preferred_technicians_item = PreferredTechnician.from_dict(preferred_technicians_item_data)

                preferred_technicians.append(preferred_technicians_item)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _customers = d.pop("Customers", UNSET)
        customers: list[CustomerRef] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = CustomerRef.from_dict(customers_item_data)

                customers.append(customers_item)

        archived = d.pop("Archived", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _rates = d.pop("Rates", UNSET)
        rates: CustomerContractRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CustomerContractRates.from_dict(_rates)

        def _parse_zone(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zone_type_1 = FolderRef.from_dict(data)

                if is_complete(zone_type_1):
                    return zone_type_1
                partial_fits.append(zone_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        zone = _parse_zone(d.pop("Zone", UNSET))

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

        def _parse_veec_zone(data: object) -> None | SiteVEECZone | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | SiteVEECZone | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                veec_zone_type_1 = SiteVEECZone.parse(data)

                if is_complete(veec_zone_type_1):
                    return veec_zone_type_1
                partial_fits.append(veec_zone_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | SiteVEECZone | Unset, data)

        veec_zone = _parse_veec_zone(d.pop("VEECZone", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            address=_unchecked(address),
            billing_address=_unchecked(billing_address),
            billing_contact=_unchecked(billing_contact),
            primary_contact=_unchecked(primary_contact),
            public_notes=_unchecked(public_notes),
            private_notes=_unchecked(private_notes),
            preferred_techs=_unchecked(preferred_techs),
            preferred_technicians=_unchecked(preferred_technicians),
            date_modified=_unchecked(date_modified),
            customers=_unchecked(customers),
            archived=_unchecked(archived),
            custom_fields=_unchecked(custom_fields),
            rates=_unchecked(rates),
            zone=zone,
            stc_zone=stc_zone,
            veec_zone=veec_zone,
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
