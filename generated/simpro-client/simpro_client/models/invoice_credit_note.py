from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_stage import CreditNoteStage
from ..models.credit_note_type import CreditNoteType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.credit_note_cost_center import CreditNoteCostCenter
    from ..models.credit_note_list_item_job import CreditNoteListItemJob
    from ..models.credit_note_list_item_total import CreditNoteListItemTotal
    from ..models.customer import Customer
    from ..models.folder_ref import FolderRef
    from ..models.period import Period
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="InvoiceCreditNote")


@_attrs_define
class InvoiceCreditNote:
    """
    Attributes:
        id (int): Credit note ID
        type_ (CreditNoteType):
        customer (Customer):
        jobs (list[CreditNoteListItemJob]): List of jobs invoiced. Empty for invoice generated from recurring invoice.
        cost_centers (list[CreditNoteCostCenter]):
        date_issued (datetime.date): Issue date of an credit note, defaults to the current date. Date in YYYY-MM-DD
            format eg. 2019-09-18
        period (Period):
        stage (CreditNoteStage):
        per_item (bool): Indicates that billable items are credited per item.
        order_no (str):
        income_account (CostCenterRef):
        status (StatusRef):
        auto_adjust_status (bool): Set this to false if you would like to set status manually.
        description (str): Comment of a credit note. This column supports HTML formatting.
        notes (str): Footnote of a credit note. This column supports HTML formatting.
        total (CreditNoteListItemTotal):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        date_created (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this invoice credit
            note. See the custom fields handler for more information.
        category (FolderRef | None | Unset):
    """

    id: int
    type_: CreditNoteType
    customer: Customer
    jobs: list[CreditNoteListItemJob]
    cost_centers: list[CreditNoteCostCenter]
    date_issued: datetime.date
    period: Period
    stage: CreditNoteStage
    per_item: bool
    order_no: str
    income_account: CostCenterRef
    status: StatusRef
    auto_adjust_status: bool
    description: str
    notes: str
    total: CreditNoteListItemTotal
    date_modified: datetime.datetime
    date_created: datetime.datetime
    custom_fields: list[ReceivableContactListItemCustomField]
    category: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = []
            for cost_centers_item_data in self.cost_centers:
                cost_centers_item = cost_centers_item_data.to_dict()
                cost_centers.append(cost_centers_item)

        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        per_item = self.per_item
        order_no = self.order_no
        income_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account, Unset):
            income_account = self.income_account.to_dict()
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        auto_adjust_status = self.auto_adjust_status
        description = self.description
        notes = self.notes
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, FolderRef):
            category = self.category.to_dict()
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(customer, Unset):
            field_dict["Customer"] = customer
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(period, Unset):
            field_dict["Period"] = period
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(per_item, Unset):
            field_dict["PerItem"] = per_item
        if not isinstance(order_no, Unset):
            field_dict["OrderNo"] = order_no
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(auto_adjust_status, Unset):
            field_dict["AutoAdjustStatus"] = auto_adjust_status
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(category, Unset):
            field_dict["Category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.credit_note_cost_center import CreditNoteCostCenter  # noqa: PLC0415
        from ..models.credit_note_list_item_job import CreditNoteListItemJob  # noqa: PLC0415
        from ..models.credit_note_list_item_total import CreditNoteListItemTotal  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: CreditNoteType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreditNoteType.parse(_type_)

        _customer = d.pop("Customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _jobs = d.pop("Jobs", UNSET)
        jobs: list[CreditNoteListItemJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = CreditNoteListItemJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[CreditNoteCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = CreditNoteCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _period = d.pop("Period", UNSET)
        period: Period | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = Period.from_dict(_period)

        _stage = d.pop("Stage", UNSET)
        stage: CreditNoteStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = CreditNoteStage.parse(_stage)

        per_item = d.pop("PerItem", UNSET)

        order_no = d.pop("OrderNo", UNSET)

        _income_account = d.pop("IncomeAccount", UNSET)
        income_account: CostCenterRef | Unset
        if isinstance(_income_account, Unset):
            income_account = UNSET
        else:
            income_account = CostCenterRef.from_dict(_income_account)

        _status = d.pop("Status", UNSET)
        status: StatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusRef.from_dict(_status)

        auto_adjust_status = d.pop("AutoAdjustStatus", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        _total = d.pop("Total", UNSET)
        total: CreditNoteListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = CreditNoteListItemTotal.from_dict(_total)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        def _parse_category(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_1 = FolderRef.from_dict(data)

                if is_complete(category_type_1):
                    return category_type_1
                partial_fits.append(category_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        category = _parse_category(d.pop("Category", UNSET))

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            customer=_unchecked(customer),
            jobs=_unchecked(jobs),
            cost_centers=_unchecked(cost_centers),
            date_issued=_unchecked(date_issued),
            period=_unchecked(period),
            stage=_unchecked(stage),
            per_item=_unchecked(per_item),
            order_no=_unchecked(order_no),
            income_account=_unchecked(income_account),
            status=_unchecked(status),
            auto_adjust_status=_unchecked(auto_adjust_status),
            description=_unchecked(description),
            notes=_unchecked(notes),
            total=_unchecked(total),
            date_modified=_unchecked(date_modified),
            date_created=_unchecked(date_created),
            custom_fields=_unchecked(custom_fields),
            category=category,
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
