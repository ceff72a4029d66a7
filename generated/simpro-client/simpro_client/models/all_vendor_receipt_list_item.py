from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.job_cost_center_vendor_order import JobCostCenterVendorOrder


T = TypeVar("T", bound="AllVendorReceiptListItem")


@_attrs_define
class AllVendorReceiptListItem:
    """
    Attributes:
        id (int):
        vendor_invoice_no (str):
        date_issued (datetime.date): This date cannot be in the future
        due_date (datetime.date | None): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        vendor (CostCenterRef):
        vendor_order (JobCostCenterVendorOrder):
        field_href (str):
    """

    id: int
    vendor_invoice_no: str
    date_issued: datetime.date
    due_date: datetime.date | None
    vendor: CostCenterRef
    vendor_order: JobCostCenterVendorOrder
    field_href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        vendor_invoice_no = self.vendor_invoice_no
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()
        vendor_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_order, Unset):
            vendor_order = self.vendor_order.to_dict()
        field_href = self.field_href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(vendor_invoice_no, Unset):
            field_dict["VendorInvoiceNo"] = vendor_invoice_no
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(vendor_order, Unset):
            field_dict["VendorOrder"] = vendor_order
        if not isinstance(field_href, Unset):
            field_dict["_href"] = field_href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.job_cost_center_vendor_order import JobCostCenterVendorOrder  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        vendor_invoice_no = d.pop("VendorInvoiceNo", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[datetime.date | None | Unset] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                if is_complete(due_date_type_0):
                    return due_date_type_0
                partial_fits.append(due_date_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("DueDate", UNSET))

        _vendor = d.pop("Vendor", UNSET)
        vendor: CostCenterRef | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = CostCenterRef.from_dict(_vendor)

        _vendor_order = d.pop("VendorOrder", UNSET)
        vendor_order: JobCostCenterVendorOrder | Unset
        if isinstance(_vendor_order, Unset):
            vendor_order = UNSET
        else:
            vendor_order = JobCostCenterVendorOrder.from_dict(_vendor_order)

        field_href = d.pop("_href", UNSET)

        _instance = cls(
            id=_unchecked(id),
            vendor_invoice_no=_unchecked(vendor_invoice_no),
            date_issued=_unchecked(date_issued),
            due_date=_unchecked(due_date),
            vendor=_unchecked(vendor),
            vendor_order=_unchecked(vendor_order),
            field_href=_unchecked(field_href),
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
