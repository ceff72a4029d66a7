from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.contractor_invoice_create_cost_center import ContractorInvoiceCreateCostCenter
    from ..models.contractor_invoice_create_retention import ContractorInvoiceCreateRetention
    from ..models.contractor_invoice_create_variance import ContractorInvoiceCreateVariance


T = TypeVar("T", bound="ContractorInvoiceCreate")


@_attrs_define
class ContractorInvoiceCreate:
    """
    Attributes:
        contractor_jobs (list[int]): Contractor job ids to create contractor invoice.
        invoice_no (str | Unset):
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        date_paid (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        category (int | Unset): ID of a accounting category
        notes (str | Unset): This column supports HTML formatting.
        cost_centers (list[ContractorInvoiceCreateCostCenter] | Unset):
        retentions (list[ContractorInvoiceCreateRetention] | Unset):
        variances (list[ContractorInvoiceCreateVariance] | Unset):
        cis_deduction (float | Unset): This column information is only applicable to UK builds.
        rct_deduction (float | Unset): This column information is only applicable to Ireland builds.
    """

    contractor_jobs: list[int]
    invoice_no: str | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    date_paid: datetime.date | Unset = UNSET
    category: int | Unset = UNSET
    notes: str | Unset = UNSET
    cost_centers: list[ContractorInvoiceCreateCostCenter] | Unset = UNSET
    retentions: list[ContractorInvoiceCreateRetention] | Unset = UNSET
    variances: list[ContractorInvoiceCreateVariance] | Unset = UNSET
    cis_deduction: float | Unset = UNSET
    rct_deduction: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contractor_jobs: list[int] | Unset = UNSET
        if not isinstance(self.contractor_jobs, Unset):
            contractor_jobs = self.contractor_jobs

        invoice_no = self.invoice_no
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        date_paid: str | Unset = UNSET
        if not isinstance(self.date_paid, Unset):
            date_paid = self.date_paid.isoformat()
        category = self.category
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

        cis_deduction = self.cis_deduction
        rct_deduction = self.rct_deduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(contractor_jobs, Unset):
            field_dict["ContractorJobs"] = contractor_jobs
        if not isinstance(invoice_no, Unset):
            field_dict["InvoiceNo"] = invoice_no
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(date_paid, Unset):
            field_dict["DatePaid"] = date_paid
        if not isinstance(category, Unset):
            field_dict["Category"] = category
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(cost_centers, Unset):
            field_dict["CostCenters"] = cost_centers
        if not isinstance(retentions, Unset):
            field_dict["Retentions"] = retentions
        if not isinstance(variances, Unset):
            field_dict["Variances"] = variances
        if not isinstance(cis_deduction, Unset):
            field_dict["CISDeduction"] = cis_deduction
        if not isinstance(rct_deduction, Unset):
            field_dict["RCTDeduction"] = rct_deduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_invoice_create_cost_center import ContractorInvoiceCreateCostCenter  # noqa: PLC0415
        from ..models.contractor_invoice_create_retention import ContractorInvoiceCreateRetention  # noqa: PLC0415
        from ..models.contractor_invoice_create_variance import ContractorInvoiceCreateVariance  # noqa: PLC0415

        d = dict(src_dict)
        contractor_jobs = cast(list[int], d.pop("ContractorJobs", UNSET))

        invoice_no = d.pop("InvoiceNo", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _date_paid = d.pop("DatePaid", UNSET)
        date_paid: datetime.date | Unset
        if isinstance(_date_paid, Unset):
            date_paid = UNSET
        else:
            date_paid = datetime.date.fromisoformat(_date_paid)

        category = d.pop("Category", UNSET)

        notes = d.pop("Notes", UNSET)

        _cost_centers = d.pop("CostCenters", UNSET)
        cost_centers: list[ContractorInvoiceCreateCostCenter] | Unset = UNSET
        if _cost_centers is not UNSET:
            cost_centers = []
            for cost_centers_item_data in _cost_centers:
                cost_centers_item = ContractorInvoiceCreateCostCenter.from_dict(cost_centers_item_data)

                cost_centers.append(cost_centers_item)

        _retentions = d.pop("Retentions", UNSET)
        retentions: list[ContractorInvoiceCreateRetention] | Unset = UNSET
        if _retentions is not UNSET:
            retentions = []
            for retentions_item_data in _retentions:
                retentions_item = ContractorInvoiceCreateRetention.from_dict(retentions_item_data)

                retentions.append(retentions_item)

        _variances = d.pop("Variances", UNSET)
        variances: list[ContractorInvoiceCreateVariance] | Unset = UNSET
        if _variances is not UNSET:
            variances = []
            for variances_item_data in _variances:
                variances_item = ContractorInvoiceCreateVariance.from_dict(variances_item_data)

                variances.append(variances_item)

        cis_deduction = d.pop("CISDeduction", UNSET)

        rct_deduction = d.pop("RCTDeduction", UNSET)

        _instance = cls(
            contractor_jobs=_unchecked(contractor_jobs),
            invoice_no=invoice_no,
            date_issued=date_issued,
            date_paid=date_paid,
            category=category,
            notes=notes,
            cost_centers=cost_centers,
            retentions=retentions,
            variances=variances,
            cis_deduction=cis_deduction,
            rct_deduction=rct_deduction,
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
