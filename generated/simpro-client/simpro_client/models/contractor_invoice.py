from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.contractor_invoice_contractor import ContractorInvoiceContractor
    from ..models.contractor_invoice_cost_center import ContractorInvoiceCostCenter
    from ..models.contractor_invoice_retention import ContractorInvoiceRetention
    from ..models.contractor_invoice_variance import ContractorInvoiceVariance
    from ..models.folder_ref import FolderRef
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField


T = TypeVar("T", bound="ContractorInvoice")


@_attrs_define
class ContractorInvoice:
    """
    Attributes:
        id (int):
        contractor_jobs (list[int]):
        contractor (ContractorInvoiceContractor):
        invoice_no (str):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        due_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        date_paid (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        currency (str):
        exchange_rate (float):
        notes (str): This column supports HTML formatting.
        cost_centers (list[ContractorInvoiceCostCenter]):
        retentions (list[ContractorInvoiceRetention]):
        variances (list[ContractorInvoiceVariance]):
        total (Amount):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this contractor
            invoice. See the custom fields handler for more information.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        cis_deduction (float): This column information is only applicable to UK builds.
        rct_deduction (float): This column information is only applicable to Ireland builds.
        category (FolderRef | None | Unset):
    """

    id: int
    contractor_jobs: list[int]
    contractor: ContractorInvoiceContractor
    invoice_no: str
    date_issued: datetime.date
    due_date: datetime.date
    date_paid: datetime.date
    currency: str
    exchange_rate: float
    notes: str
    cost_centers: list[ContractorInvoiceCostCenter]
    retentions: list[ContractorInvoiceRetention]
    variances: list[ContractorInvoiceVariance]
    total: Amount
    custom_fields: list[ReceivableContactListItemCustomField]
    date_modified: datetime.datetime
    cis_deduction: float
    rct_deduction: float
    category: FolderRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        id = self.id
        contractor_jobs: list[int] | Unset = UNSET
        if not isinstance(self.contractor_jobs, Unset):
            contractor_jobs = self.contractor_jobs

        contractor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contractor, Unset):
            contractor = self.contractor.to_dict()
        invoice_no = self.invoice_no
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        date_paid: str | Unset = UNSET
        if not isinstance(self.date_paid, Unset):
            date_paid = self.date_paid.isoformat()
        currency = self.currency
        exchange_rate = self.exchange_rate
        notes = self.notes
        cost_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = []
            for cost_centers_item_data in self.cost_centers:
                cost_centers_item = cost_centers_item_data.to_dict()
                cost_centers.append(cost_centers_item)

        retentions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retentions, Unset):
            retentions = []
            for retentions_item_data in self.retentions:
                retentions_item = retentions_item_data.to_dict()
                retentions.append(retentions_item)

        variances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variances, Unset):
            variances = []
            for variances_item_data in self.variances:
                variances_item = variances_item_data.to_dict()
                variances.append(variances_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        cis_deduction = self.cis_deduction
        rct_deduction = self.rct_deduction
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
        if not isinstance(contractor_jobs, Unset):
            field_dict["ContractorJobs"] = contractor_jobs
        if not isinstance(contractor, Unset):
            field_dict["Contractor"] = contractor
        if not isinstance(invoice_no, Unset):
            field_dict["InvoiceNo"] = invoice_no
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(date_paid, Unset):
            field_dict["DatePaid"] = date_paid
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(retentions, Unset):
            field_dict["Retentions"] = retentions
        if not isinstance(variances, Unset):
            field_dict["Variances"] = variances
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(cis_deduction, Unset):
            field_dict["CISDeduction"] = cis_deduction
        if not isinstance(rct_deduction, Unset):
            field_dict["RCTDeduction"] = rct_deduction
        if not isinstance(category, Unset):
            field_dict["Category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.contractor_invoice_contractor import ContractorInvoiceContractor  # noqa: PLC0415
        from ..models.contractor_invoice_cost_center import ContractorInvoiceCostCenter  # noqa: PLC0415
        from ..models.contractor_invoice_retention import ContractorInvoiceRetention  # noqa: PLC0415
        from ..models.contractor_invoice_variance import ContractorInvoiceVariance  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        contractor_jobs = cast(list[int], d.pop("ContractorJobs", UNSET))

        _contractor = d.pop("Contractor", UNSET)
        contractor: ContractorInvoiceContractor | Unset
        if isinstance(_contractor, Unset):
            contractor = UNSET
        else:
            contractor = ContractorInvoiceContractor.from_dict(_contractor)

        invoice_no = d.pop("InvoiceNo", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

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

        currency = d.pop("Currency", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        notes = d.pop("Notes", UNSET)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[ContractorInvoiceCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = ContractorInvoiceCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        _retentions = d.pop("Retentions", UNSET)
        retentions: list[ContractorInvoiceRetention] | Unset = UNSET
        if _retentions is not UNSET:
            retentions = []
            for retentions_item_data in _retentions:
                retentions_item = ContractorInvoiceRetention.from_dict(retentions_item_data)

                retentions.append(retentions_item)

        _variances = d.pop("Variances", UNSET)
        variances: list[ContractorInvoiceVariance] | Unset = UNSET
        if _variances is not UNSET:
            variances = []
            for variances_item_data in _variances:
                variances_item = ContractorInvoiceVariance.from_dict(variances_item_data)

                variances.append(variances_item)

        _total = d.pop("Total", UNSET)
        total: Amount | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Amount.from_dict(_total)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        cis_deduction = d.pop("CISDeduction", UNSET)

        rct_deduction = d.pop("RCTDeduction", UNSET)

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
            contractor_jobs=_unchecked(contractor_jobs),
            contractor=_unchecked(contractor),
            invoice_no=_unchecked(invoice_no),
            date_issued=_unchecked(date_issued),
            due_date=_unchecked(due_date),
            date_paid=_unchecked(date_paid),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            notes=_unchecked(notes),
            cost_centers=_unchecked(cost_centers),
            retentions=_unchecked(retentions),
            variances=_unchecked(variances),
            total=_unchecked(total),
            custom_fields=_unchecked(custom_fields),
            date_modified=_unchecked(date_modified),
            cis_deduction=_unchecked(cis_deduction),
            rct_deduction=_unchecked(rct_deduction),
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
