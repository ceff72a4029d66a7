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
    from ..models.added_by_ref import AddedByRef
    from ..models.amount import Amount
    from ..models.assigned_to import AssignedTo
    from ..models.cost_center_ref import CostCenterRef
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.status_ref import StatusRef


T = TypeVar("T", bound="VendorOrder")


@_attrs_define
class VendorOrder:
    """
    Attributes:
        id (int):
        type_ (VendorOrderLogType):
        description (str): Description of a Vendor Order and this will be applied only when the order type is
            "Description".
        is_inventory_item (bool): This will be applied only when the order type is "Description".
        storage_device (CostCenterRef):
        stage (JobCostCenterVendorOrderStage):
        status (StatusRef):
        status_auto_adjust (bool): Set this to false if you would like to set status manually.
        date_issued (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        vendor (CostCenterRef):
        quote_no (str):
        reference (str):
        show_item_due_date (bool):
        vendor_notes (str): This column supports HTML formatting.
        private_notes (str): This column supports HTML formatting.
        archived (bool): Whether or not this vendor order is archived. If a vendor order is archived, receipts cannot be
            created against it. A vendor order is archived if its stage is Archived or Voided. If you are specifying Stage,
            there is no need to specify Archived as well.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this vendor order. See
            the custom fields handler for more information.
        currency (str):
        exchange_rate (float):
        totals (Amount):
        freight (Amount):
        assigned_to (AssignedTo | None | Unset):
        due_date (datetime.date | None | Unset): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        vendor_quote (int | None | Unset):
        created_by (AddedByRef | None | Unset):
    """

    id: int
    type_: VendorOrderLogType
    description: str
    is_inventory_item: bool
    storage_device: CostCenterRef
    stage: JobCostCenterVendorOrderStage
    status: StatusRef
    status_auto_adjust: bool
    date_issued: datetime.date
    vendor: CostCenterRef
    quote_no: str
    reference: str
    show_item_due_date: bool
    vendor_notes: str
    private_notes: str
    archived: bool
    date_modified: datetime.datetime
    custom_fields: list[ReceivableContactListItemCustomField]
    currency: str
    exchange_rate: float
    totals: Amount
    freight: Amount
    assigned_to: AssignedTo | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    vendor_quote: int | None | Unset = UNSET
    created_by: AddedByRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.assigned_to import AssignedTo  # noqa: PLC0415

        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description
        is_inventory_item = self.is_inventory_item
        storage_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_device, Unset):
            storage_device = self.storage_device.to_dict()
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()
        status_auto_adjust = self.status_auto_adjust
        date_issued: str | Unset = UNSET
        if not isinstance(self.date_issued, Unset):
            date_issued = self.date_issued.isoformat()
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()
        quote_no = self.quote_no
        reference = self.reference
        show_item_due_date = self.show_item_due_date
        vendor_notes = self.vendor_notes
        private_notes = self.private_notes
        archived = self.archived
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        currency = self.currency
        exchange_rate = self.exchange_rate
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()
        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, AssignedTo):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date
        vendor_quote: int | None | Unset
        if isinstance(self.vendor_quote, Unset):
            vendor_quote = UNSET
        else:
            vendor_quote = self.vendor_quote
        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, AddedByRef):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(type_, Unset):
            field_dict["Type"] = type_
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(is_inventory_item, Unset):
            field_dict["IsInventoryItem"] = is_inventory_item
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(stage, Unset):
            field_dict["Stage"] = stage
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(status_auto_adjust, Unset):
            field_dict["StatusAutoAdjust"] = status_auto_adjust
        if not isinstance(date_issued, Unset):
            field_dict["DateIssued"] = date_issued
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(quote_no, Unset):
            field_dict["QuoteNo"] = quote_no
        if not isinstance(reference, Unset):
            field_dict["Reference"] = reference
        if not isinstance(show_item_due_date, Unset):
            field_dict["ShowItemDueDate"] = show_item_due_date
        if not isinstance(vendor_notes, Unset):
            field_dict["VendorNotes"] = vendor_notes
        if not isinstance(private_notes, Unset):
            field_dict["PrivateNotes"] = private_notes
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(currency, Unset):
            field_dict["Currency"] = currency
        if not isinstance(exchange_rate, Unset):
            field_dict["ExchangeRate"] = exchange_rate
        if not isinstance(totals, Unset):
            field_dict["Totals"] = totals
        if not isinstance(freight, Unset):
            field_dict["Freight"] = freight
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(due_date, Unset):
            field_dict["DueDate"] = due_date
        if not isinstance(vendor_quote, Unset):
            field_dict["VendorQuote"] = vendor_quote
        if not isinstance(created_by, Unset):
            field_dict["CreatedBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.assigned_to import AssignedTo  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.status_ref import StatusRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: VendorOrderLogType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VendorOrderLogType.parse(_type_)

        description = d.pop("Description", UNSET)

        is_inventory_item = d.pop("IsInventoryItem", UNSET)

        _storage_device = d.pop("StorageDevice", UNSET)
        storage_device: CostCenterRef | Unset
        if isinstance(_storage_device, Unset):
            storage_device = UNSET
        else:
            storage_device = CostCenterRef.from_dict(_storage_device)

        _stage = d.pop("Stage", UNSET)
        stage: JobCostCenterVendorOrderStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = JobCostCenterVendorOrderStage.parse(_stage)

        _status = d.pop("Status", UNSET)
        status: StatusRef | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusRef.from_dict(_status)

        status_auto_adjust = d.pop("StatusAutoAdjust", UNSET)

        _date_issued = d.pop("DateIssued", UNSET)
        date_issued: datetime.date | Unset
        if isinstance(_date_issued, Unset):
            date_issued = UNSET
        else:
            date_issued = datetime.date.fromisoformat(_date_issued)

        _vendor = d.pop("Vendor", UNSET)
        vendor: CostCenterRef | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = CostCenterRef.from_dict(_vendor)

        quote_no = d.pop("QuoteNo", UNSET)

        reference = d.pop("Reference", UNSET)

        show_item_due_date = d.pop("ShowItemDueDate", UNSET)

        vendor_notes = d.pop("VendorNotes", UNSET)

        private_notes = d.pop("PrivateNotes", UNSET)

        archived = d.pop("Archived", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        currency = d.pop("Currency", UNSET)

        exchange_rate = d.pop("ExchangeRate", UNSET)

        _totals = d.pop("Totals", UNSET)
        totals: Amount | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = Amount.from_dict(_totals)

        _freight = d.pop("Freight", UNSET)
        freight: Amount | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = Amount.from_dict(_freight)

        def _parse_assigned_to(data: object) -> AssignedTo | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AssignedTo | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_1 = AssignedTo.from_dict(data)

                if is_complete(assigned_to_type_1):
                    return assigned_to_type_1
                partial_fits.append(assigned_to_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AssignedTo | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("AssignedTo", UNSET))

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

        def _parse_vendor_quote(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        vendor_quote = _parse_vendor_quote(d.pop("VendorQuote", UNSET))

        def _parse_created_by(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_1 = AddedByRef.from_dict(data)

                if is_complete(created_by_type_1):
                    return created_by_type_1
                partial_fits.append(created_by_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        created_by = _parse_created_by(d.pop("CreatedBy", UNSET))

        _instance = cls(
            id=_unchecked(id),
            type_=_unchecked(type_),
            description=_unchecked(description),
            is_inventory_item=_unchecked(is_inventory_item),
            storage_device=_unchecked(storage_device),
            stage=_unchecked(stage),
            status=_unchecked(status),
            status_auto_adjust=_unchecked(status_auto_adjust),
            date_issued=_unchecked(date_issued),
            vendor=_unchecked(vendor),
            quote_no=_unchecked(quote_no),
            reference=_unchecked(reference),
            show_item_due_date=_unchecked(show_item_due_date),
            vendor_notes=_unchecked(vendor_notes),
            private_notes=_unchecked(private_notes),
            archived=_unchecked(archived),
            date_modified=_unchecked(date_modified),
            custom_fields=_unchecked(custom_fields),
            currency=_unchecked(currency),
            exchange_rate=_unchecked(exchange_rate),
            totals=_unchecked(totals),
            freight=_unchecked(freight),
            assigned_to=assigned_to,
            due_date=due_date,
            vendor_quote=vendor_quote,
            created_by=created_by,
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
