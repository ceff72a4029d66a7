from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="JobInvoiceListItem")


@_attrs_define
class JobInvoiceListItem:
    """
    Attributes:
        id (int):
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        status (StatusRef):
        total (CustomerInvoiceListItemTotal):
    """

    id: int
    date_issued: datetime.date
    status: StatusRef
    total: CustomerInvoiceListItemTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_invoice_list_item_total import CustomerInvoiceListItemTotal  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

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

        _instance = cls(
            id=_unchecked(id),
            date_issued=_unchecked(date_issued),
            status=_unchecked(status),
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
