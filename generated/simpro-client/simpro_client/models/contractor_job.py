from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contractor_job_status import ContractorJobStatus
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.contractor_job_list_item_total import ContractorJobListItemTotal
    from ..models.contractor_ref import ContractorRef
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.retention import Retention
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="ContractorJob")


@_attrs_define
class ContractorJob:
    """
    Attributes:
        id (int):
        project_type (str):
        contractor (ContractorRef):
        created_by (StaffRef):
        status (ContractorJobStatus):
        description (str): This column supports HTML formatting.
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        due_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null or
            Field=ne(null)
        contractor_supply_materials (bool): Set this to true if the contractor will supply the materials themselves.
        materials (float):
        currency (str):
        exchange_rate (float):
        tax_code (SalesTaxCodeRef):
        retention (Retention):
        total (ContractorJobListItemTotal):
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this contractor job.
            See the custom fields handler for more information.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        field_href (str): Link to the contractor job resource created withing job/quote cost center.
        labor (float | None | Unset):
    """

    id: int
    project_type: str
    contractor: ContractorRef
    created_by: StaffRef
    status: ContractorJobStatus
    description: str
    date_issued: datetime.date
    due_date: datetime.date
    contractor_supply_materials: bool
    materials: float
    currency: str
    exchange_rate: float
    tax_code: SalesTaxCodeRef
    retention: Retention
    total: ContractorJobListItemTotal
    custom_fields: list[ReceivableContactListItemCustomField]
    date_modified: datetime.datetime
    field_href: str
    labor: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        project_type = self.project_type
        contractor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contractor, Unset):
            contractor = self.contractor.to_dict()
        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        description = self.description
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        contractor_supply_materials = self.contractor_supply_materials
        materials = self.materials
        currency = self.currency
        exchange_rate = self.exchange_rate
        tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_code, Unset):
            tax_code = self.tax_code.to_dict()
        retention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.to_dict()
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
        field_href = self.field_href
        labor: float | None | Unset
        if isinstance(self.labor, Unset):
            labor = UNSET
        else:
            labor = self.labor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(project_type, Unset):
            field_dict["ProjectType"] = project_type
        if not isinstance(contractor, Unset):
            field_dict["Contractor"] = contractor
        if not isinstance(created_by, Unset):
            field_dict["CreatedBy"] = created_by
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(contractor_supply_materials, Unset):
            field_dict["ContractorSupplyMaterials"] = contractor_supply_materials
        if not isinstance(materials, Unset):
            field_dict["Materials"] = materials
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(retention, Unset):
            field_dict["Retention"] = retention
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(field_href, Unset):
            field_dict["_href"] = field_href
        if not isinstance(labor, Unset):
            field_dict["Labor"] = labor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contractor_job_list_item_total import ContractorJobListItemTotal  # noqa: PLC0415
        from ..models.contractor_ref import ContractorRef  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.retention import Retention  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        project_type = d.pop("ProjectType", UNSET)

        _contractor = d.pop("Contractor", UNSET)
        contractor: ContractorRef | Unset
        if isinstance(_contractor, Unset):
            contractor = UNSET
        else:
            contractor = ContractorRef.from_dict(_contractor)

        _created_by = d.pop("CreatedBy", UNSET)
        created_by: StaffRef | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = StaffRef.from_dict(_created_by)

        _status = d.pop("Status", UNSET)
        status: ContractorJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContractorJobStatus.parse(_status)

        description = d.pop("Description", UNSET)

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

        contractor_supply_materials = d.pop("ContractorSupplyMaterials", UNSET)

        materials = d.pop("Materials", UNSET)

        currency = d.pop("Currency", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        _tax_code = d.pop("TaxCode", UNSET)
        tax_code: SalesTaxCodeRef | Unset
        if isinstance(_tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = SalesTaxCodeRef.from_dict(_tax_code)

        _retention = d.pop("Retention", UNSET)
        retention: Retention | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = Retention.from_dict(_retention)

        _total = d.pop("Total", UNSET)
        total: ContractorJobListItemTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ContractorJobListItemTotal.from_dict(_total)

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

        field_href = d.pop("_href", UNSET)

        def _parse_labor(data: object) -> float | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[float | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | None | Unset, data)

        labor = _parse_labor(d.pop("Labor", UNSET))

        _instance = cls(
            id=_unchecked(id),
            project_type=_unchecked(project_type),
            contractor=_unchecked(contractor),
            created_by=_unchecked(created_by),
            status=_unchecked(status),
            description=_unchecked(description),
            date_issued=_unchecked(date_issued),
            due_date=_unchecked(due_date),
            contractor_supply_materials=_unchecked(contractor_supply_materials),
            materials=_unchecked(materials),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            tax_code=_unchecked(tax_code),
            retention=_unchecked(retention),
            total=_unchecked(total),
            custom_fields=_unchecked(custom_fields),
            date_modified=_unchecked(date_modified),
            field_href=_unchecked(field_href),
            labor=labor,
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
