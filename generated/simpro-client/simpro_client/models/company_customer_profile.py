from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.account_manager_ref import AccountManagerRef
    from ..models.currency_ref import CurrencyRef
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="CompanyCustomerProfile")


@_attrs_define
class CompanyCustomerProfile:
    """
    Attributes:
        notes (str): Private notes about the customer. This column supports HTML formatting.
        currency (CurrencyRef | str): The default currency for this customer. See Setup -> Currencies. Specify null or
            leave unspecified for the default currency.
        customer_profile (FolderRef | None | Unset): The quality or maturity of your relationship with this customer.
            See Setup -> Customer Profiles
        customer_group (FolderRef | None | Unset): Categorise customers to assist with reporting. See Setup -> Customer
            Groups
        account_manager (AccountManagerRef | None | Unset): Account manager of the customer
        service_job_cost_center (FolderRef | None | Unset):
    """

    notes: str
    currency: CurrencyRef | str
    customer_profile: FolderRef | None | Unset = UNSET
    customer_group: FolderRef | None | Unset = UNSET
    account_manager: AccountManagerRef | None | Unset = UNSET
    service_job_cost_center: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_manager_ref import AccountManagerRef  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        notes = self.notes
        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CurrencyRef):
            currency = self.currency.to_dict()
        else:
            currency = self.currency
        customer_profile: dict[str, Any] | None | Unset
        if isinstance(self.customer_profile, Unset):
            customer_profile = UNSET
        elif isinstance(self.customer_profile, FolderRef):
            customer_profile = self.customer_profile.to_dict()
        else:
            customer_profile = self.customer_profile
        customer_group: dict[str, Any] | None | Unset
        if isinstance(self.customer_group, Unset):
            customer_group = UNSET
        elif isinstance(self.customer_group, FolderRef):
            customer_group = self.customer_group.to_dict()
        else:
            customer_group = self.customer_group
        account_manager: dict[str, Any] | None | Unset
        if isinstance(self.account_manager, Unset):
            account_manager = UNSET
        elif isinstance(self.account_manager, AccountManagerRef):
            account_manager = self.account_manager.to_dict()
        else:
            account_manager = self.account_manager
        service_job_cost_center: dict[str, Any] | None | Unset
        if isinstance(self.service_job_cost_center, Unset):
            service_job_cost_center = UNSET
        elif isinstance(self.service_job_cost_center, FolderRef):
            service_job_cost_center = self.service_job_cost_center.to_dict()
        else:
            service_job_cost_center = self.service_job_cost_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(customer_profile, Unset):
            field_dict["CustomerProfile"] = customer_profile
        if not isinstance(customer_group, Unset):
            field_dict["CustomerGroup"] = customer_group
        if not isinstance(account_manager, Unset):
            field_dict["AccountManager"] = account_manager
        if not isinstance(service_job_cost_center, Unset):
            field_dict["ServiceJobCostCenter"] = service_job_cost_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_manager_ref import AccountManagerRef  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        notes = d.pop("Notes", UNSET)

        def _parse_currency(data: object) -> CurrencyRef | str | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if isinstance(data, Unset):
                return data
            partial_fits: list[CurrencyRef | str | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = CurrencyRef.from_dict(data)

                if is_complete(currency_type_1):
                    return currency_type_1
                partial_fits.append(currency_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CurrencyRef | str | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        def _parse_customer_profile(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_profile_type_1 = FolderRef.from_dict(data)

                if is_complete(customer_profile_type_1):
                    return customer_profile_type_1
                partial_fits.append(customer_profile_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        customer_profile = _parse_customer_profile(d.pop("CustomerProfile", UNSET))

        def _parse_customer_group(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_group_type_1 = FolderRef.from_dict(data)

                if is_complete(customer_group_type_1):
                    return customer_group_type_1
                partial_fits.append(customer_group_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        customer_group = _parse_customer_group(d.pop("CustomerGroup", UNSET))

        def _parse_account_manager(data: object) -> AccountManagerRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AccountManagerRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_manager_type_1 = AccountManagerRef.from_dict(data)

                if is_complete(account_manager_type_1):
                    return account_manager_type_1
                partial_fits.append(account_manager_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AccountManagerRef | None | Unset, data)

        account_manager = _parse_account_manager(d.pop("AccountManager", UNSET))

        def _parse_service_job_cost_center(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_job_cost_center_type_1 = FolderRef.from_dict(data)

                if is_complete(service_job_cost_center_type_1):
                    return service_job_cost_center_type_1
                partial_fits.append(service_job_cost_center_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        service_job_cost_center = _parse_service_job_cost_center(d.pop("ServiceJobCostCenter", UNSET))

        _instance = cls(
            notes=_unchecked(notes),
            currency=_unchecked(currency),
            customer_profile=customer_profile,
            customer_group=customer_group,
            account_manager=account_manager,
            service_job_cost_center=service_job_cost_center,
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
