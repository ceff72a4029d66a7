from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contractor_account_setup import ContractorAccountSetup
    from ..models.contractor_emergency_contact import ContractorEmergencyContact
    from ..models.contractor_user_profile import ContractorUserProfile
    from ..models.cost_center_ref import CostCenterRef
    from ..models.employee_banking import EmployeeBanking
    from ..models.employee_pay_rates import EmployeePayRates
    from ..models.primary_contact import PrimaryContact
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField


T = TypeVar("T", bound="Employee")


@_attrs_define
class Employee:
    """
    Attributes:
        id (int): ID of an employee
        name (str):
        position (str):
        availability (list[str]): An employee's available hours for individual days, weekends, or all weekdays
        address (Address):
        primary_contact (PrimaryContact):
        emergency_contact (ContractorEmergencyContact):
        account_setup (ContractorAccountSetup):
        user_profile (ContractorUserProfile):
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        archived (bool):
        assigned_cost_centers (list[CostCenterRef]):
        zones (list[CostCenterRef]): A zone is a geographical area used to schedule efficiently and minimise travel time
            for technicians.
        default_zone (CostCenterRef):
        default_company (CostCenterRef):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this employee. See the
            custom fields handler for more information.
        banking (EmployeeBanking):
        pay_rates (EmployeePayRates):
        date_of_hire (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        date_of_birth (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        masked_ssn (None | str | Unset): This column has been masked for privacy reasons. To update this column, please
            patch/post SSN instead.
    """

    id: int
    name: str
    position: str
    availability: list[str]
    address: Address
    primary_contact: PrimaryContact
    emergency_contact: ContractorEmergencyContact
    account_setup: ContractorAccountSetup
    user_profile: ContractorUserProfile
    date_created: datetime.datetime
    date_modified: datetime.datetime
    archived: bool
    assigned_cost_centers: list[CostCenterRef]
    zones: list[CostCenterRef]
    default_zone: CostCenterRef
    default_company: CostCenterRef
    custom_fields: list[ReceivableContactListItemCustomField]
    banking: EmployeeBanking
    pay_rates: EmployeePayRates
    date_of_hire: datetime.date | None | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    masked_ssn: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        position = self.position
        availability: list[str] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        primary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()
        emergency_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emergency_contact, Unset):
            emergency_contact = self.emergency_contact.to_dict()
        account_setup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_setup, Unset):
            account_setup = self.account_setup.to_dict()
        user_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_profile, Unset):
            user_profile = self.user_profile.to_dict()
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        archived = self.archived
        assigned_cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_cost_centers, Unset):
            assigned_cost_centers = []
            for assigned_cost_centers_item_data in self.assigned_cost_centers:
                assigned_cost_centers_item = assigned_cost_centers_item_data.to_dict()
                assigned_cost_centers.append(assigned_cost_centers_item)

        zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        default_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_zone, Unset):
            default_zone = self.default_zone.to_dict()
        default_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_company, Unset):
            default_company = self.default_company.to_dict()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()
        pay_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_rates, Unset):
            pay_rates = self.pay_rates.to_dict()
        date_of_hire: None | str | Unset
        if isinstance(self.date_of_hire, Unset):
            date_of_hire = UNSET
        elif isinstance(self.date_of_hire, datetime.date):
            date_of_hire = self.date_of_hire.isoformat()
        else:
            date_of_hire = self.date_of_hire
        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth
        masked_ssn: None | str | Unset
        if isinstance(self.masked_ssn, Unset):
            masked_ssn = UNSET
        else:
            masked_ssn = self.masked_ssn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(position, Unset):
            field_dict["Position"] = position
        if not isinstance(availability, Unset):
            field_dict["Availability"] = availability
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(primary_contact, Unset):
            field_dict["PrimaryContact"] = primary_contact
        if not isinstance(emergency_contact, Unset):
            field_dict["EmergencyContact"] = emergency_contact
        if not isinstance(account_setup, Unset):
            field_dict["AccountSetup"] = account_setup
        if not isinstance(user_profile, Unset):
            field_dict["UserProfile"] = user_profile
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(assigned_cost_centers, Unset):
            field_dict["AssignedCostCenters"] = assigned_cost_centers
        if not isinstance(zones, Unset):
            field_dict["Zones"] = zones
        if not isinstance(default_zone, Unset):
            field_dict["DefaultZone"] = default_zone
        if not isinstance(default_company, Unset):
            field_dict["DefaultCompany"] = default_company
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking
        if not isinstance(pay_rates, Unset):
            field_dict["PayRates"] = pay_rates
        if not isinstance(date_of_hire, Unset):
            field_dict["DateOfHire"] = date_of_hire
        if not isinstance(date_of_birth, Unset):
            field_dict["DateOfBirth"] = date_of_birth
        if not isinstance(masked_ssn, Unset):
            field_dict["MaskedSSN"] = masked_ssn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contractor_account_setup import ContractorAccountSetup  # noqa: PLC0415
        from ..models.contractor_emergency_contact import ContractorEmergencyContact  # noqa: PLC0415
        from ..models.contractor_user_profile import ContractorUserProfile  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.employee_banking import EmployeeBanking  # noqa: PLC0415
        from ..models.employee_pay_rates import EmployeePayRates  # noqa: PLC0415
        from ..models.primary_contact import PrimaryContact  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        position = d.pop("Position", UNSET)

        availability = cast(list[str], d.pop("Availability", UNSET))

        _address = d.pop("Address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _primary_contact = d.pop("PrimaryContact", UNSET)
        primary_contact: PrimaryContact | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = PrimaryContact.from_dict(_primary_contact)

        _emergency_contact = d.pop("EmergencyContact", UNSET)
        emergency_contact: ContractorEmergencyContact | Unset
        if isinstance(_emergency_contact, Unset):
            emergency_contact = UNSET
        else:
            emergency_contact = ContractorEmergencyContact.from_dict(_emergency_contact)

        _account_setup = d.pop("AccountSetup", UNSET)
        account_setup: ContractorAccountSetup | Unset
        if isinstance(_account_setup, Unset):
            account_setup = UNSET
        else:
            account_setup = ContractorAccountSetup.from_dict(_account_setup)

        _user_profile = d.pop("UserProfile", UNSET)
        user_profile: ContractorUserProfile | Unset
        if isinstance(_user_profile, Unset):
            user_profile = UNSET
        else:
            user_profile = ContractorUserProfile.from_dict(_user_profile)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        archived = d.pop("Archived", UNSET)

        _assigned_cost_centers = d.pop("AssignedCostCenters", UNSET)
        assigned_cost_centers: list[CostCenterRef] | Unset = UNSET
        if _assigned_cost_centers is not UNSET:
            assigned_cost_centers = []
            for assigned_cost_centers_item_data in _assigned_cost_centers:
                assigned_cost_centers_item = CostCenterRef.from_dict(assigned_cost_centers_item_data)

                assigned_cost_centers.append(assigned_cost_centers_item)

        _zones = d.pop("Zones", UNSET)
        zones: list[CostCenterRef] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = CostCenterRef.from_dict(zones_item_data)

                zones.append(zones_item)

        _default_zone = d.pop("DefaultZone", UNSET)
        default_zone: CostCenterRef | Unset
        if isinstance(_default_zone, Unset):
            default_zone = UNSET
        else:
            default_zone = CostCenterRef.from_dict(_default_zone)

        _default_company = d.pop("DefaultCompany", UNSET)
        default_company: CostCenterRef | Unset
        if isinstance(_default_company, Unset):
            default_company = UNSET
        else:
            default_company = CostCenterRef.from_dict(_default_company)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _banking = d.pop("Banking", UNSET)
        banking: EmployeeBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = EmployeeBanking.from_dict(_banking)

        _pay_rates = d.pop("PayRates", UNSET)
        pay_rates: EmployeePayRates | Unset
        if isinstance(_pay_rates, Unset):
            pay_rates = UNSET
        else:
            pay_rates = EmployeePayRates.from_dict(_pay_rates)

        def _parse_date_of_hire(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_hire_type_0 = datetime.date.fromisoformat(data)

                if is_complete(date_of_hire_type_0):
                    return date_of_hire_type_0
                partial_fits.append(date_of_hire_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        date_of_hire = _parse_date_of_hire(d.pop("DateOfHire", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                if is_complete(date_of_birth_type_0):
                    return date_of_birth_type_0
                partial_fits.append(date_of_birth_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("DateOfBirth", UNSET))

        def _parse_masked_ssn(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        masked_ssn = _parse_masked_ssn(d.pop("MaskedSSN", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            position=_unchecked(position),
            availability=_unchecked(availability),
            address=_unchecked(address),
            primary_contact=_unchecked(primary_contact),
            emergency_contact=_unchecked(emergency_contact),
            account_setup=_unchecked(account_setup),
            user_profile=_unchecked(user_profile),
            date_created=_unchecked(date_created),
            date_modified=_unchecked(date_modified),
            archived=_unchecked(archived),
            assigned_cost_centers=_unchecked(assigned_cost_centers),
            zones=_unchecked(zones),
            default_zone=_unchecked(default_zone),
            default_company=_unchecked(default_company),
            custom_fields=_unchecked(custom_fields),
            banking=_unchecked(banking),
            pay_rates=_unchecked(pay_rates),
            date_of_hire=date_of_hire,
            date_of_birth=date_of_birth,
            masked_ssn=masked_ssn,
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
