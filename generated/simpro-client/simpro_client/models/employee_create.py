from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.contractor_create_account_setup import ContractorCreateAccountSetup
    from ..models.contractor_create_address import ContractorCreateAddress
    from ..models.contractor_create_emergency_contact import ContractorCreateEmergencyContact
    from ..models.contractor_create_primary_contact import ContractorCreatePrimaryContact
    from ..models.contractor_create_user_profile import ContractorCreateUserProfile
    from ..models.employee_create_banking import EmployeeCreateBanking
    from ..models.employee_create_pay_rates import EmployeeCreatePayRates


T = TypeVar("T", bound="EmployeeCreate")


@_attrs_define
class EmployeeCreate:
    """
    Attributes:
        name (str):
        position (str | Unset):
        address (ContractorCreateAddress | Unset):
        date_of_hire (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        date_of_birth (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be
            filtered by Field=null or Field=ne(null)
        primary_contact (ContractorCreatePrimaryContact | Unset):
        emergency_contact (ContractorCreateEmergencyContact | Unset):
        account_setup (ContractorCreateAccountSetup | Unset):
        user_profile (ContractorCreateUserProfile | Unset):
        assigned_cost_centers (list[int] | Unset):
        zones (list[int] | Unset): A zone is a geographical area used to schedule efficiently and minimise travel time
            for technicians.
        default_zone (int | Unset): ID of a zone
        default_company (int | Unset): ID of a company
        ssn (str | Unset):
        banking (EmployeeCreateBanking | Unset):
        pay_rates (EmployeeCreatePayRates | Unset):
    """

    name: str
    position: str | Unset = UNSET
    address: ContractorCreateAddress | Unset = UNSET
    date_of_hire: datetime.date | None | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    primary_contact: ContractorCreatePrimaryContact | Unset = UNSET
    emergency_contact: ContractorCreateEmergencyContact | Unset = UNSET
    account_setup: ContractorCreateAccountSetup | Unset = UNSET
    user_profile: ContractorCreateUserProfile | Unset = UNSET
    assigned_cost_centers: list[int] | Unset = UNSET
    zones: list[int] | Unset = UNSET
    default_zone: int | Unset = UNSET
    default_company: int | Unset = UNSET
    ssn: str | Unset = UNSET
    banking: EmployeeCreateBanking | Unset = UNSET
    pay_rates: EmployeeCreatePayRates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        position = self.position
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
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
        assigned_cost_centers: list[int] | Unset = UNSET
        if not isinstance(self.assigned_cost_centers, Unset):
            assigned_cost_centers = self.assigned_cost_centers

        zones: list[int] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = self.zones

        default_zone = self.default_zone
        default_company = self.default_company
        ssn = self.ssn
        banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banking, Unset):
            banking = self.banking.to_dict()
        pay_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_rates, Unset):
            pay_rates = self.pay_rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(position, Unset):
            field_dict["Position"] = position
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(date_of_hire, Unset):
            field_dict["DateOfHire"] = date_of_hire
        if not isinstance(date_of_birth, Unset):
            field_dict["DateOfBirth"] = date_of_birth
        if not isinstance(primary_contact, Unset):
            field_dict["PrimaryContact"] = primary_contact
        if not isinstance(emergency_contact, Unset):
            field_dict["EmergencyContact"] = emergency_contact
        if not isinstance(account_setup, Unset):
            field_dict["AccountSetup"] = account_setup
        if not isinstance(user_profile, Unset):
            field_dict["UserProfile"] = user_profile
        if not isinstance(assigned_cost_centers, Unset):
            field_dict["AssignedCostCenters"] = assigned_cost_centers
        if not isinstance(zones, Unset):
            field_dict["Zones"] = zones
        if not isinstance(default_zone, Unset):
            field_dict["DefaultZone"] = default_zone
        if not isinstance(default_company, Unset):
            field_dict["DefaultCompany"] = default_company
        if not isinstance(ssn, Unset):
            field_dict["SSN"] = ssn
        if not isinstance(banking, Unset):
            field_dict["Banking"] = banking
        if not isinstance(pay_rates, Unset):
            field_dict["PayRates"] = pay_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_create_account_setup import ContractorCreateAccountSetup  # noqa: PLC0415
        from ..models.contractor_create_address import ContractorCreateAddress  # noqa: PLC0415
        from ..models.contractor_create_emergency_contact import ContractorCreateEmergencyContact  # noqa: PLC0415
        from ..models.contractor_create_primary_contact import ContractorCreatePrimaryContact  # noqa: PLC0415
        from ..models.contractor_create_user_profile import ContractorCreateUserProfile  # noqa: PLC0415
        from ..models.employee_create_banking import EmployeeCreateBanking  # noqa: PLC0415
        from ..models.employee_create_pay_rates import EmployeeCreatePayRates  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        position = d.pop("Position", UNSET)

        _address = d.pop("Address", UNSET)
        address: ContractorCreateAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContractorCreateAddress.from_dict(_address)

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

        _primary_contact = d.pop("PrimaryContact", UNSET)
        primary_contact: ContractorCreatePrimaryContact | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = ContractorCreatePrimaryContact.from_dict(_primary_contact)

        _emergency_contact = d.pop("EmergencyContact", UNSET)
        emergency_contact: ContractorCreateEmergencyContact | Unset
        if isinstance(_emergency_contact, Unset):
            emergency_contact = UNSET
        else:
            emergency_contact = ContractorCreateEmergencyContact.from_dict(_emergency_contact)

        _account_setup = d.pop("AccountSetup", UNSET)
        account_setup: ContractorCreateAccountSetup | Unset
        if isinstance(_account_setup, Unset):
            account_setup = UNSET
        else:
            account_setup = ContractorCreateAccountSetup.from_dict(_account_setup)

        _user_profile = d.pop("UserProfile", UNSET)
        user_profile: ContractorCreateUserProfile | Unset
        if isinstance(_user_profile, Unset):
            user_profile = UNSET
        else:
            user_profile = ContractorCreateUserProfile.from_dict(_user_profile)

        assigned_cost_centers = cast(list[int], d.pop("AssignedCostCenters", UNSET))

        zones = cast(list[int], d.pop("Zones", UNSET))

        default_zone = d.pop("DefaultZone", UNSET)

        default_company = d.pop("DefaultCompany", UNSET)

        ssn = d.pop("SSN", UNSET)

        _banking = d.pop("Banking", UNSET)
        banking: EmployeeCreateBanking | Unset
        if isinstance(_banking, Unset):
            banking = UNSET
        else:
            banking = EmployeeCreateBanking.from_dict(_banking)

        _pay_rates = d.pop("PayRates", UNSET)
        pay_rates: EmployeeCreatePayRates | Unset
        if isinstance(_pay_rates, Unset):
            pay_rates = UNSET
        else:
            pay_rates = EmployeeCreatePayRates.from_dict(_pay_rates)

        _instance = cls(
            name=_unchecked(name),
            position=position,
            address=address,
            date_of_hire=date_of_hire,
            date_of_birth=date_of_birth,
            primary_contact=primary_contact,
            emergency_contact=emergency_contact,
            account_setup=account_setup,
            user_profile=user_profile,
            assigned_cost_centers=assigned_cost_centers,
            zones=zones,
            default_zone=default_zone,
            default_company=default_company,
            ssn=ssn,
            banking=banking,
            pay_rates=pay_rates,
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
