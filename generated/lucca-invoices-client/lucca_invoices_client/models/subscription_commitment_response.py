from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_commitment_type import SubscriptionCommitmentType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.multi_currency_amount_with_taxes import MultiCurrencyAmountWithTaxes
    from ..models.purchase_reference import PurchaseReference
    from ..models.subscription_commitment_response_attachment import SubscriptionCommitmentResponseAttachment
    from ..models.subscription_commitment_response_invoicing_frequency import (
        SubscriptionCommitmentResponseInvoicingFrequency,
    )
    from ..models.subscription_commitment_response_subscription_duration import (
        SubscriptionCommitmentResponseSubscriptionDuration,
    )
    from ..models.user_reference_response import UserReferenceResponse


T = TypeVar("T", bound="SubscriptionCommitmentResponse")


@_attrs_define
class SubscriptionCommitmentResponse:
    """Commitment for a subscription.

    Attributes:
        type_ (SubscriptionCommitmentType):
        id (int | Unset):
        owner (UserReferenceResponse | Unset): Reference to a user.
        purchase (PurchaseReference | Unset):
        attachments (list[SubscriptionCommitmentResponseAttachment] | Unset):
        comment (str | Unset):
        payment_method (str | Unset):
        state (str | Unset):
        start_date (datetime.date | Unset):
        first_invoice_date (datetime.date | Unset):
        invoicing_frequency (SubscriptionCommitmentResponseInvoicingFrequency | Unset):
        subscription_duration (SubscriptionCommitmentResponseSubscriptionDuration | Unset):
        subscription_end_date (datetime.date | Unset):
        contractual_end_date (datetime.date | None | Unset):
        periods_count (int | Unset):
        amount_including_taxes_per_period (MultiCurrencyAmountWithTaxes | Unset):
        amount_including_taxes (MultiCurrencyAmountWithTaxes | Unset):
        created_at (datetime.datetime | Unset):
        author (UserReferenceResponse | Unset): Reference to a user.
        modified_at (datetime.datetime | Unset):
        modifier (UserReferenceResponse | Unset): Reference to a user.
    """

    type_: SubscriptionCommitmentType
    id: int | Unset = UNSET
    owner: UserReferenceResponse | Unset = UNSET
    purchase: PurchaseReference | Unset = UNSET
    attachments: list[SubscriptionCommitmentResponseAttachment] | Unset = UNSET
    comment: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    state: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    first_invoice_date: datetime.date | Unset = UNSET
    invoicing_frequency: SubscriptionCommitmentResponseInvoicingFrequency | Unset = UNSET
    subscription_duration: SubscriptionCommitmentResponseSubscriptionDuration | Unset = UNSET
    subscription_end_date: datetime.date | Unset = UNSET
    contractual_end_date: datetime.date | None | Unset = UNSET
    periods_count: int | Unset = UNSET
    amount_including_taxes_per_period: MultiCurrencyAmountWithTaxes | Unset = UNSET
    amount_including_taxes: MultiCurrencyAmountWithTaxes | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    author: UserReferenceResponse | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    modifier: UserReferenceResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        id = self.id
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()
        purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase, Unset):
            purchase = self.purchase.to_dict()
        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        comment = self.comment
        payment_method = self.payment_method
        state = self.state
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        first_invoice_date: str | Unset = UNSET
        if not isinstance(self.first_invoice_date, Unset):
            first_invoice_date = self.first_invoice_date.isoformat()
        invoicing_frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing_frequency, Unset):
            invoicing_frequency = self.invoicing_frequency.to_dict()
        subscription_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_duration, Unset):
            subscription_duration = self.subscription_duration.to_dict()
        subscription_end_date: str | Unset = UNSET
        if not isinstance(self.subscription_end_date, Unset):
            subscription_end_date = self.subscription_end_date.isoformat()
        contractual_end_date: None | str | Unset
        if isinstance(self.contractual_end_date, Unset):
            contractual_end_date = UNSET
        elif isinstance(self.contractual_end_date, datetime.date):
            contractual_end_date = self.contractual_end_date.isoformat()
        else:
            contractual_end_date = self.contractual_end_date
        periods_count = self.periods_count
        amount_including_taxes_per_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_including_taxes_per_period, Unset):
            amount_including_taxes_per_period = self.amount_including_taxes_per_period.to_dict()
        amount_including_taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_including_taxes, Unset):
            amount_including_taxes = self.amount_including_taxes.to_dict()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()
        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()
        modifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modifier, Unset):
            modifier = self.modifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(owner, Unset):
            field_dict["owner"] = owner
        if not isinstance(purchase, Unset):
            field_dict["purchase"] = purchase
        if not isinstance(attachments, Unset):
            field_dict["attachments"] = attachments
        if not isinstance(comment, Unset):
            field_dict["comment"] = comment
        if not isinstance(payment_method, Unset):
            field_dict["paymentMethod"] = payment_method
        if not isinstance(state, Unset):
            field_dict["state"] = state
        if not isinstance(start_date, Unset):
            field_dict["startDate"] = start_date
        if not isinstance(first_invoice_date, Unset):
            field_dict["firstInvoiceDate"] = first_invoice_date
        if not isinstance(invoicing_frequency, Unset):
            field_dict["invoicingFrequency"] = invoicing_frequency
        if not isinstance(subscription_duration, Unset):
            field_dict["subscriptionDuration"] = subscription_duration
        if not isinstance(subscription_end_date, Unset):
            field_dict["subscriptionEndDate"] = subscription_end_date
        if not isinstance(contractual_end_date, Unset):
            field_dict["contractualEndDate"] = contractual_end_date
        if not isinstance(periods_count, Unset):
            field_dict["periodsCount"] = periods_count
        if not isinstance(amount_including_taxes_per_period, Unset):
            field_dict["amountIncludingTaxesPerPeriod"] = amount_including_taxes_per_period
        if not isinstance(amount_including_taxes, Unset):
            field_dict["amountIncludingTaxes"] = amount_including_taxes
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = created_at
        if not isinstance(author, Unset):
            field_dict["author"] = author
        if not isinstance(modified_at, Unset):
            field_dict["modifiedAt"] = modified_at
        if not isinstance(modifier, Unset):
            field_dict["modifier"] = modifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_currency_amount_with_taxes import MultiCurrencyAmountWithTaxes  # noqa: PLC0415
        from ..models.purchase_reference import PurchaseReference  # noqa: PLC0415
        from ..models.subscription_commitment_response_attachment import SubscriptionCommitmentResponseAttachment  # noqa: PLC0415
        from ..models.subscription_commitment_response_invoicing_frequency import (
            SubscriptionCommitmentResponseInvoicingFrequency,  # noqa: PLC0415
        )
        from ..models.subscription_commitment_response_subscription_duration import (
            SubscriptionCommitmentResponseSubscriptionDuration,  # noqa: PLC0415
        )
        from ..models.user_reference_response import UserReferenceResponse  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SubscriptionCommitmentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SubscriptionCommitmentType.parse(_type_)

        id = d.pop("id", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: UserReferenceResponse | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = UserReferenceResponse.from_dict(_owner)

        _purchase = d.pop("purchase", UNSET)
        purchase: PurchaseReference | Unset
        if isinstance(_purchase, Unset):
            purchase = UNSET
        else:
            purchase = PurchaseReference.from_dict(_purchase)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[SubscriptionCommitmentResponseAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = SubscriptionCommitmentResponseAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        comment = d.pop("comment", UNSET)

        payment_method = d.pop("paymentMethod", UNSET)

        state = d.pop("state", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _first_invoice_date = d.pop("firstInvoiceDate", UNSET)
        first_invoice_date: datetime.date | Unset
        if isinstance(_first_invoice_date, Unset):
            first_invoice_date = UNSET
        else:
            first_invoice_date = datetime.date.fromisoformat(_first_invoice_date)

        _invoicing_frequency = d.pop("invoicingFrequency", UNSET)
        invoicing_frequency: SubscriptionCommitmentResponseInvoicingFrequency | Unset
        if isinstance(_invoicing_frequency, Unset):
            invoicing_frequency = UNSET
        else:
            invoicing_frequency = SubscriptionCommitmentResponseInvoicingFrequency.from_dict(_invoicing_frequency)

        _subscription_duration = d.pop("subscriptionDuration", UNSET)
        subscription_duration: SubscriptionCommitmentResponseSubscriptionDuration | Unset
        if isinstance(_subscription_duration, Unset):
            subscription_duration = UNSET
        else:
            subscription_duration = SubscriptionCommitmentResponseSubscriptionDuration.from_dict(_subscription_duration)

        _subscription_end_date = d.pop("subscriptionEndDate", UNSET)
        subscription_end_date: datetime.date | Unset
        if isinstance(_subscription_end_date, Unset):
            subscription_end_date = UNSET
        else:
            subscription_end_date = datetime.date.fromisoformat(_subscription_end_date)

        def _parse_contractual_end_date(data: object) -> datetime.date | None | Unset:
            from lucca_invoices_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contractual_end_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(contractual_end_date_type_0):
                    return contractual_end_date_type_0
                partial_fits.append(contractual_end_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        contractual_end_date = _parse_contractual_end_date(d.pop("contractualEndDate", UNSET))

        periods_count = d.pop("periodsCount", UNSET)

        _amount_including_taxes_per_period = d.pop("amountIncludingTaxesPerPeriod", UNSET)
        amount_including_taxes_per_period: MultiCurrencyAmountWithTaxes | Unset
        if isinstance(_amount_including_taxes_per_period, Unset):
            amount_including_taxes_per_period = UNSET
        else:
            amount_including_taxes_per_period = MultiCurrencyAmountWithTaxes.from_dict(
                _amount_including_taxes_per_period
            )

        _amount_including_taxes = d.pop("amountIncludingTaxes", UNSET)
        amount_including_taxes: MultiCurrencyAmountWithTaxes | Unset
        if isinstance(_amount_including_taxes, Unset):
            amount_including_taxes = UNSET
        else:
            amount_including_taxes = MultiCurrencyAmountWithTaxes.from_dict(_amount_including_taxes)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _author = d.pop("author", UNSET)
        author: UserReferenceResponse | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserReferenceResponse.from_dict(_author)

        _modified_at = d.pop("modifiedAt", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        _modifier = d.pop("modifier", UNSET)
        modifier: UserReferenceResponse | Unset
        if isinstance(_modifier, Unset):
            modifier = UNSET
        else:
            modifier = UserReferenceResponse.from_dict(_modifier)

        _instance = cls(
            type_=_unchecked(type_),
            id=id,
            owner=owner,
            purchase=purchase,
            attachments=attachments,
            comment=comment,
            payment_method=payment_method,
            state=state,
            start_date=start_date,
            first_invoice_date=first_invoice_date,
            invoicing_frequency=invoicing_frequency,
            subscription_duration=subscription_duration,
            subscription_end_date=subscription_end_date,
            contractual_end_date=contractual_end_date,
            periods_count=periods_count,
            amount_including_taxes_per_period=amount_including_taxes_per_period,
            amount_including_taxes=amount_including_taxes,
            created_at=created_at,
            author=author,
            modified_at=modified_at,
            modifier=modifier,
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
