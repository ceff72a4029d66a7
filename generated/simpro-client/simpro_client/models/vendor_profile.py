from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.currency_ref import CurrencyRef
    from ..models.recurring_invoice_labour_tax_code_ref import RecurringInvoiceLabourTaxCodeRef


T = TypeVar("T", bound="VendorProfile")


@_attrs_define
class VendorProfile:
    """
    Attributes:
        account (str):
        currency (CurrencyRef | str): The default currency for this vendor. See Setup -> Currencies. Specify null or
            leave unspecified for the default currency.
        preferred_notification_method (str):
        tax_code (None | RecurringInvoiceLabourTaxCodeRef | Unset):
    """

    account: str
    currency: CurrencyRef | str
    preferred_notification_method: str
    tax_code: None | RecurringInvoiceLabourTaxCodeRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.recurring_invoice_labour_tax_code_ref import RecurringInvoiceLabourTaxCodeRef  # noqa: PLC0415

        account = self.account
        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CurrencyRef):
            currency = self.currency.to_dict()
        else:
            currency = self.currency
        preferred_notification_method = self.preferred_notification_method
        tax_code: dict[str, Any] | None | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        elif isinstance(self.tax_code, RecurringInvoiceLabourTaxCodeRef):
            tax_code = self.tax_code.to_dict()
        else:
            tax_code = self.tax_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(account, Unset):
            field_dict["Account"] = account
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(preferred_notification_method, Unset):
            field_dict["PreferredNotificationMethod"] = preferred_notification_method
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.recurring_invoice_labour_tax_code_ref import RecurringInvoiceLabourTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        account = d.pop("Account", UNSET)

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

        preferred_notification_method = d.pop("PreferredNotificationMethod", UNSET)

        def _parse_tax_code(data: object) -> None | RecurringInvoiceLabourTaxCodeRef | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | RecurringInvoiceLabourTaxCodeRef | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_code_type_1 = RecurringInvoiceLabourTaxCodeRef.from_dict(data)

                if is_complete(tax_code_type_1):
                    return tax_code_type_1
                partial_fits.append(tax_code_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(None | RecurringInvoiceLabourTaxCodeRef | Unset, data)

        tax_code = _parse_tax_code(d.pop("TaxCode", UNSET))

        _instance = cls(
            account=_unchecked(account),
            currency=_unchecked(currency),
            preferred_notification_method=_unchecked(preferred_notification_method),
            tax_code=tax_code,
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
