from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.credit_note_list_item_job import CreditNoteListItemJob
    from ..models.credit_note_list_item_total import CreditNoteListItemTotal
    from ..models.customer import Customer


T = TypeVar("T", bound="CreditNoteListItem")


@_attrs_define
class CreditNoteListItem:
    """
    Attributes:
        id (int): Credit note ID
        customer (Customer):
        invoice_no (int):
        jobs (list[CreditNoteListItemJob]): List of jobs invoiced. Empty for invoice generated from recurring invoice.
        stage (CreditNoteStage):
        total (CreditNoteListItemTotal):
    """

    id: int
    customer: Customer
    invoice_no: int
    jobs: list[CreditNoteListItemJob]
    stage: CreditNoteStage
    total: CreditNoteListItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        invoice_no = self.invoice_no
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(invoice_no, Unset):
            field_dict["InvoiceNo"] = invoice_no
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_note_list_item_job import CreditNoteListItemJob  # noqa: PLC0415
        from ..models.credit_note_list_item_total import CreditNoteListItemTotal  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _customer = d.pop("Customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        invoice_no = d.pop("InvoiceNo", UNSET)

        _jobs = d.pop("Jobs", UNSET)
        jobs: list[CreditNoteListItemJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = CreditNoteListItemJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        _total = d.pop("Total", UNSET)
        total: CreditNoteListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = CreditNoteListItemTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            customer=_unchecked(customer),
            invoice_no=_unchecked(invoice_no),
            jobs=_unchecked(jobs),
            stage=_unchecked(stage),
            total=_unchecked(total),
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
