from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_vendor_order_stage import JobCostCenterVendorOrderStage
from ..models.vendor_order_log_type import VendorOrderLogType
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.line_total import LineTotal


T = TypeVar("T", bound="VendorOrderCreate")


@_attrs_define
class VendorOrderCreate:
    """
    Attributes:
        vendor (int): ID of a vendor
        type_ (VendorOrderLogType | Unset):
        description (str | Unset): Description of a Vendor Order and this will be applied only when the order type is
            "Description".
        is_inventory_item (bool | Unset): This will be applied only when the order type is "Description".
        amount (float | Unset): Amount is "exTax" only and will be applied only when the order type is "Description".
        storage_device (int | Unset): ID of a storage device
        assigned_to (int | Unset): ID of a job cost center
        stage (JobCostCenterVendorOrderStage | Unset):
        status (int | Unset): ID of a vendor order status code
        status_auto_adjust (bool | Unset): Set this to false if you would like to set status manually.
        date_issued (datetime.date | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        quote_no (str | Unset):
        reference (str | Unset):
        due_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        show_item_due_date (bool | Unset):
        vendor_notes (str | Unset): This column supports HTML formatting.
        private_notes (str | Unset): This column supports HTML formatting.
        archived (bool | Unset): Whether or not this vendor order is archived. If a vendor order is archived, receipts
            cannot be created against it. A vendor order is archived if its stage is Archived or Voided. If you are
            specifying Stage, there is no need to specify Archived as well.
        exchange_rate (float | Unset):
        freight (LineTotal | Unset):
    """

    vendor: int
    type_: VendorOrderLogType | Unset = UNSET
    description: str | Unset = UNSET
    is_inventory_item: bool | Unset = UNSET
    amount: float | Unset = UNSET
    storage_device: int | Unset = UNSET
    assigned_to: int | Unset = UNSET
    stage: JobCostCenterVendorOrderStage | Unset = UNSET
    status: int | Unset = UNSET
    status_auto_adjust: bool | Unset = UNSET
    date_issued: datetime.date | Unset = UNSET
    quote_no: str | Unset = UNSET
    reference: str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    show_item_due_date: bool | Unset = UNSET
    vendor_notes: str | Unset = UNSET
    private_notes: str | Unset = UNSET
    archived: bool | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    freight: LineTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description
        is_inventory_item = self.is_inventory_item
        amount = self.amount
        storage_device = self.storage_device
        assigned_to = self.assigned_to
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        status = self.status
        status_auto_adjust = self.status_auto_adjust
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        quote_no = self.quote_no
        reference = self.reference
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        show_item_due_date = self.show_item_due_date
        vendor_notes = self.vendor_notes
        private_notes = self.private_notes
        archived = self.archived
        exchange_rate = self.exchange_rate
        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(is_inventory_item, Unset):
            field_dict["IsInventoryItem"] = is_inventory_item
        if not isinstance(amount, Unset):
            field_dict["Amount"] = amount
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(status_auto_adjust, Unset):
            field_dict["StatusAutoAdjust"] = status_auto_adjust
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(quote_no, Unset):
            field_dict["QuoteNo"] = quote_no
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(show_item_due_date, Unset):
            field_dict["ShowItemDueDate"] = show_item_due_date
        if not isinstance(vendor_notes, Unset):
            field_dict["VendorNotes"] = vendor_notes
        if not isinstance(private_notes, Unset):
            field_dict["PrivateNotes"] = private_notes
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(freight, Unset):
            field_dict["Freight"] = freight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_total import LineTotal  # noqa: PLC0415

        d = dict(src_dict)
        vendor = d.pop("Vendor", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: VendorOrderLogType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VendorOrderLogType.parse(_type_)

        description = d.pop("Description", UNSET)

        is_inventory_item = d.pop("IsInventoryItem", UNSET)

        amount = d.pop("Amount", UNSET)

        storage_device = d.pop("StorageDevice", UNSET)

        assigned_to = d.pop("AssignedTo", UNSET)

        _stage = d.pop("Stage", UNSET)
        stage: JobCostCenterVendorOrderStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobCostCenterVendorOrderStage.parse(_stage)

        status = d.pop("Status", UNSET)

        status_auto_adjust = d.pop("StatusAutoAdjust", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        quote_no = d.pop("QuoteNo", UNSET)

        reference = d.pop("Reference", UNSET)

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

        show_item_due_date = d.pop("ShowItemDueDate", UNSET)

        vendor_notes = d.pop("VendorNotes", UNSET)

        private_notes = d.pop("PrivateNotes", UNSET)

        archived = d.pop("Archived", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        _freight = d.pop("Freight", UNSET)
        freight: LineTotal | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = LineTotal.from_dict(_freight)

        _instance = cls(
            vendor=_unchecked(vendor),
            type_=type_,
            description=description,
            is_inventory_item=is_inventory_item,
            amount=amount,
            storage_device=storage_device,
            assigned_to=assigned_to,
            stage=stage,
            status=status,
            status_auto_adjust=status_auto_adjust,
            date_issued=date_issued,
            quote_no=quote_no,
            reference=reference,
            due_date=due_date,
            show_item_due_date=show_item_due_date,
            vendor_notes=vendor_notes,
            private_notes=private_notes,
            archived=archived,
            exchange_rate=exchange_rate,
            freight=freight,
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
