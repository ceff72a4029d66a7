from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_invoice_stage import CustomerInvoiceStage

if TYPE_CHECKING:
    from ..models.currency_ref import CurrencyRef
    from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal
    from ..models.customer_ref import CustomerRef
    from ..models.job import Job
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="CustomerInvoice")


@_attrs_define
class CustomerInvoice:
    """
    Attributes:
        id (int):
        recurring_invoice (bool):
        customer (CustomerRef):
        jobs (list[Job]):
        stage (CustomerInvoiceStage):
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
    jobs: list[Job]
    stage: CustomerInvoiceStage
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

        customer = self.customer.to_dict()

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        stage = self.stage.value

        status = self.status.to_dict()

        total = self.total.to_dict()

        currency: dict[str, Any] | str
        if isinstance(self.currency, CurrencyRef):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        date_issued = self.date_issued.isoformat()

        is_credit = self.is_credit

        is_paid = self.is_paid

        is_retainage = self.is_retainage

        due_date = self.due_date.isoformat()

        date_paid = self.date_paid.isoformat()

        date_modified = self.date_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "RecurringInvoice": recurring_invoice,
                "Customer": customer,
                "Jobs": jobs,
                "Stage": stage,
                "Status": status,
                "Total": total,
                "Currency": currency,
                "DateIssued": date_issued,
                "IsCredit": is_credit,
                "IsPaid": is_paid,
                "IsRetainage": is_retainage,
                "DueDate": due_date,
                "DatePaid": date_paid,
                "DateModified": date_modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.job import Job  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        recurring_invoice = d.pop("RecurringInvoice")

        customer = CustomerRef.from_dict(d.pop("Customer"))

        jobs = []
        _jobs = d.pop("Jobs")
        for jobs_item_data in _jobs:
            jobs_item = Job.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        stage = CustomerInvoiceStage(d.pop("Stage"))

        status = StatusRef.from_dict(d.pop("Status"))

        total = CustomerInvoiceListItemTotal.from_dict(d.pop("Total"))

        def _parse_currency(data: object) -> CurrencyRef | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = CurrencyRef.from_dict(data)

                return currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurrencyRef | str, data)

        currency = _parse_currency(d.pop("Currency"))

        date_issued = datetime.date.fromisoformat(d.pop("DateIssued"))

        is_credit = d.pop("IsCredit")

        is_paid = d.pop("IsPaid")

        is_retainage = d.pop("IsRetainage")

        due_date = datetime.date.fromisoformat(d.pop("DueDate"))

        date_paid = datetime.date.fromisoformat(d.pop("DatePaid"))

        date_modified = datetime.datetime.fromisoformat(d.pop("DateModified"))

        customer_invoice = cls(
            id=id,
            recurring_invoice=recurring_invoice,
            customer=customer,
            jobs=jobs,
            stage=stage,
            status=status,
            total=total,
            currency=currency,
            date_issued=date_issued,
            is_credit=is_credit,
            is_paid=is_paid,
            is_retainage=is_retainage,
            due_date=due_date,
            date_paid=date_paid,
            date_modified=date_modified,
        )

        customer_invoice.additional_properties = d
        return customer_invoice

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
