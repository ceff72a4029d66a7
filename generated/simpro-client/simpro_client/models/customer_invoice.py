from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.currency_ref import CurrencyRef
    from ..models.customer_invoice_list_item_job import CustomerInvoiceListItemJob
    from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal
    from ..models.customer_ref import CustomerRef
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="CustomerInvoice")


@_attrs_define
class CustomerInvoice:
    """
    Attributes:
        id (int):
        recurring_invoice (bool):
        customer (CustomerRef):
        jobs (list[CustomerInvoiceListItemJob]):
        stage (CreditNoteStage):
        status (StatusRef):
        total (CustomerInvoiceListItemTotal):
        currency (CurrencyRef | str): The currency for this invoice. See Setup -> Currencies.
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        is_credit (bool):
        is_paid (bool):
        is_retainage (bool):
        due_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        date_paid (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
    """

    id: int
    recurring_invoice: bool
    customer: CustomerRef
    jobs: list[CustomerInvoiceListItemJob]
    stage: CreditNoteStage
    status: StatusRef
    total: CustomerInvoiceListItemTotal
    currency: CurrencyRef | str
    date_issued: datetime.date
    is_credit: bool
    is_paid: bool
    is_retainage: bool
    due_date: datetime.date
    date_paid: datetime.date
    date_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415

        id = self.id
        recurring_invoice = self.recurring_invoice
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CurrencyRef):
            currency = self.currency.to_dict()
        else:
            currency = self.currency
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        is_credit = self.is_credit
        is_paid = self.is_paid
        is_retainage = self.is_retainage
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        date_paid: str | Unset = UNSET
        if not isinstance(self.date_paid, Unset):
            date_paid = self.date_paid.isoformat()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(recurring_invoice, Unset):
            field_dict["RecurringInvoice"] = recurring_invoice
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(is_credit, Unset):
            field_dict["IsCredit"] = is_credit
        if not isinstance(is_paid, Unset):
            field_dict["IsPaid"] = is_paid
        if not isinstance(is_retainage, Unset):
            field_dict["IsRetainage"] = is_retainage
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(date_paid, Unset):
            field_dict["DatePaid"] = date_paid
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.customer_invoice_list_item_job import CustomerInvoiceListItemJob  # noqa: PLC0415
        from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        recurring_invoice = d.pop("RecurringInvoice", UNSET)

        _customer = d.pop("Customer", UNSET)
        customer: CustomerRef | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRef.from_dict(_customer)

        _jobs = d.pop("Jobs", UNSET)
        jobs: list[CustomerInvoiceListItemJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = CustomerInvoiceListItemJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        _status = d.pop("Status", UNSET)
        status: StatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusRef.from_dict(_status)

        _total = d.pop("Total", UNSET)
        total: CustomerInvoiceListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = CustomerInvoiceListItemTotal.from_dict(_total)

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

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        is_credit = d.pop("IsCredit", UNSET)

        is_paid = d.pop("IsPaid", UNSET)

        is_retainage = d.pop("IsRetainage", UNSET)

        _due_date = d.pop("DueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _date_paid = d.pop("DatePaid", UNSET)
        date_paid: datetime.date | Unset
        if isinstance(_date_paid, Unset):
            date_paid = UNSET
        else:
            date_paid = datetime.date.fromisoformat(_date_paid)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _instance = cls(
            id=_unchecked(id),
            recurring_invoice=_unchecked(recurring_invoice),
            customer=_unchecked(customer),
            jobs=_unchecked(jobs),
            stage=_unchecked(stage),
            status=_unchecked(status),
            total=_unchecked(total),
            currency=_unchecked(currency),
            date_issued=_unchecked(date_issued),
            is_credit=_unchecked(is_credit),
            is_paid=_unchecked(is_paid),
            is_retainage=_unchecked(is_retainage),
            due_date=_unchecked(due_date),
            date_paid=_unchecked(date_paid),
            date_modified=_unchecked(date_modified),
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
