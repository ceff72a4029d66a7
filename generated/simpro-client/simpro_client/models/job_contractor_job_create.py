from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.job_contractor_job_create_items import JobContractorJobCreateItems
    from ..models.job_contractor_job_create_retention import JobContractorJobCreateRetention


T = TypeVar("T", bound="JobContractorJobCreate")


@_attrs_define
class JobContractorJobCreate:
    """
    Attributes:
        contractor (int): ID of a contractor
        description (str | Unset): This column supports HTML formatting.
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        due_date (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        contractor_supply_materials (bool | Unset): Set this to true if the contractor will supply the materials
            themselves.
        materials (float | Unset):
        exchange_rate (float | Unset):
        labor (float | None | Unset):
        tax_code (int | Unset): ID of a tax code
        retention (JobContractorJobCreateRetention | Unset):
        items (JobContractorJobCreateItems | Unset):
    """

    contractor: int
    description: str | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    contractor_supply_materials: bool | Unset = UNSET
    materials: float | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    labor: float | None | Unset = UNSET
    tax_code: int | Unset = UNSET
    retention: JobContractorJobCreateRetention | Unset = UNSET
    items: JobContractorJobCreateItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contractor = self.contractor
        description = self.description
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()
        contractor_supply_materials = self.contractor_supply_materials
        materials = self.materials
        exchange_rate = self.exchange_rate
        labor: float | None | Unset
        if isinstance(self.labor, Unset):
            labor = UNSET
        else:
            labor = self.labor
        tax_code = self.tax_code
        retention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.to_dict()
        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(contractor, Unset):
            field_dict["Contractor"] = contractor
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
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(labor, Unset):
            field_dict["Labor"] = labor
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(retention, Unset):
            field_dict["Retention"] = retention
        if not isinstance(items, Unset):
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_contractor_job_create_items import JobContractorJobCreateItems  # noqa: PLC0415
        from ..models.job_contractor_job_create_retention import JobContractorJobCreateRetention  # noqa: PLC0415

        d = dict(src_dict)
        contractor = d.pop("Contractor", UNSET)

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

        exchange_rate = d.pop("ExchangeRate", UNSET)

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

        tax_code = d.pop("TaxCode", UNSET)

        _retention = d.pop("Retention", UNSET)
        retention: JobContractorJobCreateRetention | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = JobContractorJobCreateRetention.from_dict(_retention)

        _items = d.pop("Items", UNSET)
        items: JobContractorJobCreateItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = JobContractorJobCreateItems.from_dict(_items)

        _instance = cls(
            contractor=_unchecked(contractor),
            description=description,
            date_issued=date_issued,
            due_date=due_date,
            contractor_supply_materials=contractor_supply_materials,
            materials=materials,
            exchange_rate=exchange_rate,
            labor=labor,
            tax_code=tax_code,
            retention=retention,
            items=items,
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
