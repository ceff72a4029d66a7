from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="InfoDetails")


@_attrs_define
class InfoDetails:
    """
    Attributes:
        version (str): Current version.
        country (str): Current build's default country.
        maintenance_planner (bool): True when Maintenance Planner feature is enabled.
        multi_company (bool): True if a build is a multi-company build.
        shared_catalog (bool): True if Shared Catalog option is enabled.<br />See
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm for more information.
        shared_stock (bool): True if Shared Stock option is enabled.<br />See
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm for more information.
        shared_clients (bool): True if Shared Clients option is enabled.<br />See
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm for more information.
        shared_setup (bool): True if Shared Setup option is enabled.<br />See
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm for more information.
        shared_defaults (bool): True if Shared Defaults option is enabled.<br />See
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm for more information.
        shared_accounts_integration (bool): True if Shared Accounts Integration option is enabled.<br />See
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm for more information.
        shared_voip (bool): True if Shared Voip option is enabled.<br />See
            https://helpguide.simprogroup.com/Content/Service-and-Enterprise/Multi-company.htm for more information.
    """

    version: str
    country: str
    maintenance_planner: bool
    multi_company: bool
    shared_catalog: bool
    shared_stock: bool
    shared_clients: bool
    shared_setup: bool
    shared_defaults: bool
    shared_accounts_integration: bool
    shared_voip: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version
        country = self.country
        maintenance_planner = self.maintenance_planner
        multi_company = self.multi_company
        shared_catalog = self.shared_catalog
        shared_stock = self.shared_stock
        shared_clients = self.shared_clients
        shared_setup = self.shared_setup
        shared_defaults = self.shared_defaults
        shared_accounts_integration = self.shared_accounts_integration
        shared_voip = self.shared_voip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(version, Unset):
            field_dict["Version"] = version
        if not isinstance(country, Unset):
            field_dict["Country"] = country
        if not isinstance(maintenance_planner, Unset):
            field_dict["MaintenancePlanner"] = maintenance_planner
        if not isinstance(multi_company, Unset):
            field_dict["MultiCompany"] = multi_company
        if not isinstance(shared_catalog, Unset):
            field_dict["SharedCatalog"] = shared_catalog
        if not isinstance(shared_stock, Unset):
            field_dict["SharedStock"] = shared_stock
        if not isinstance(shared_clients, Unset):
            field_dict["SharedClients"] = shared_clients
        if not isinstance(shared_setup, Unset):
            field_dict["SharedSetup"] = shared_setup
        if not isinstance(shared_defaults, Unset):
            field_dict["SharedDefaults"] = shared_defaults
        if not isinstance(shared_accounts_integration, Unset):
            field_dict["SharedAccountsIntegration"] = shared_accounts_integration
        if not isinstance(shared_voip, Unset):
            field_dict["SharedVoip"] = shared_voip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("Version", UNSET)

        country = d.pop("Country", UNSET)

        maintenance_planner = d.pop("MaintenancePlanner", UNSET)

        multi_company = d.pop("MultiCompany", UNSET)

        shared_catalog = d.pop("SharedCatalog", UNSET)

        shared_stock = d.pop("SharedStock", UNSET)

        shared_clients = d.pop("SharedClients", UNSET)

        shared_setup = d.pop("SharedSetup", UNSET)

        shared_defaults = d.pop("SharedDefaults", UNSET)

        shared_accounts_integration = d.pop("SharedAccountsIntegration", UNSET)

        shared_voip = d.pop("SharedVoip", UNSET)

        _instance = cls(
            version=_unchecked(version),
            country=_unchecked(country),
            maintenance_planner=_unchecked(maintenance_planner),
            multi_company=_unchecked(multi_company),
            shared_catalog=_unchecked(shared_catalog),
            shared_stock=_unchecked(shared_stock),
            shared_clients=_unchecked(shared_clients),
            shared_setup=_unchecked(shared_setup),
            shared_defaults=_unchecked(shared_defaults),
            shared_accounts_integration=_unchecked(shared_accounts_integration),
            shared_voip=_unchecked(shared_voip),
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
