from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoicing_retainage_hold import InvoicingRetainageHold
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.folder_ref import FolderRef
    from ..models.payment_terms import PaymentTerms


T = TypeVar("T", bound="CompanyCustomerBanking")


@_attrs_define
class CompanyCustomerBanking:
    """
    Attributes:
        account_name (str): Account name
        routing_no (str): BSB / Routing number
        account_no (str): Account number
        payment_term_id (int): ID of a Payment Term<br />This param is recommended for setting up the customer payment
            term
        payment_terms (PaymentTerms):
        credit_limit (float): Credit limit
        on_stop (bool): Whether the credit in on stop
        retention (InvoicingRetainageHold):
        vendor_order_no_required (bool): Whether a purchase order number is required
        payment_method (FolderRef | None | Unset):
    """

    account_name: str
    routing_no: str
    account_no: str
    payment_term_id: int
    payment_terms: PaymentTerms
    credit_limit: float
    on_stop: bool
    retention: InvoicingRetainageHold
    vendor_order_no_required: bool
    payment_method: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        account_name = self.account_name
        routing_no = self.routing_no
        account_no = self.account_no
        payment_term_id = self.payment_term_id
        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()
        credit_limit = self.credit_limit
        on_stop = self.on_stop
        retention: str | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.value

        vendor_order_no_required = self.vendor_order_no_required
        payment_method: dict[str, Any] | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, FolderRef):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(account_name, Unset):
            field_dict["AccountName"] = account_name
        if not isinstance(routing_no, Unset):
            field_dict["RoutingNo"] = routing_no
        if not isinstance(account_no, Unset):
            field_dict["AccountNo"] = account_no
        if not isinstance(payment_term_id, Unset):
            field_dict["PaymentTermID"] = payment_term_id
        if not isinstance(payment_terms, Unset):
            field_dict["PaymentTerms"] = payment_terms
        if not isinstance(credit_limit, Unset):
            field_dict["CreditLimit"] = credit_limit
        if not isinstance(on_stop, Unset):
            field_dict["OnStop"] = on_stop
        if not isinstance(retention, Unset):
            field_dict["Retention"] = retention
        if not isinstance(vendor_order_no_required, Unset):
            field_dict["VendorOrderNoRequired"] = vendor_order_no_required
        if not isinstance(payment_method, Unset):
            field_dict["PaymentMethod"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.payment_terms import PaymentTerms  # noqa: PLC0415

        d = dict(src_dict)
        account_name = d.pop("AccountName", UNSET)

        routing_no = d.pop("RoutingNo", UNSET)

        account_no = d.pop("AccountNo", UNSET)

        payment_term_id = d.pop("PaymentTermID", UNSET)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: PaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = PaymentTerms.from_dict(_payment_terms)

        credit_limit = d.pop("CreditLimit", UNSET)

        on_stop = d.pop("OnStop", UNSET)

        _retention = d.pop("Retention", UNSET)
        retention: InvoicingRetainageHold | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = InvoicingRetainageHold.parse(_retention)

        vendor_order_no_required = d.pop("VendorOrderNoRequired", UNSET)

        def _parse_payment_method(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_type_1 = FolderRef.from_dict(data)

                if is_complete(payment_method_type_1):
                    return payment_method_type_1
                partial_fits.append(payment_method_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        payment_method = _parse_payment_method(d.pop("PaymentMethod", UNSET))

        _instance = cls(
            account_name=_unchecked(account_name),
            routing_no=_unchecked(routing_no),
            account_no=_unchecked(account_no),
            payment_term_id=_unchecked(payment_term_id),
            payment_terms=_unchecked(payment_terms),
            credit_limit=_unchecked(credit_limit),
            on_stop=_unchecked(on_stop),
            retention=_unchecked(retention),
            vendor_order_no_required=_unchecked(vendor_order_no_required),
            payment_method=payment_method,
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
