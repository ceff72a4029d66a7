from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.block import Block
    from ..models.job_cost_center_work_order_work_order_asset import JobCostCenterWorkOrderWorkOrderAsset
    from ..models.material import Material
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="JobCostCenterWorkOrder")


@_attrs_define
class JobCostCenterWorkOrder:
    """
    Attributes:
        id (int):
        staff (StaffRef):
        work_order_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by
            Field=null or Field=ne(null)
        description_notes (str): This column supports HTML formatting.
        material_notes (str): This column supports HTML formatting.
        approved (bool): set this to true if the work order has been approved.
        materials (list[Material]):
        blocks (list[Block]):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this job cost center
            work order. See the custom fields handler for more information.
        work_order_assets (list[JobCostCenterWorkOrderWorkOrderAsset]):
    """

    id: int
    staff: StaffRef
    work_order_date: datetime.date
    description_notes: str
    material_notes: str
    approved: bool
    materials: list[Material]
    blocks: list[Block]
    date_modified: datetime.datetime
    custom_fields: list[ReceivableContactListItemCustomField]
    work_order_assets: list[JobCostCenterWorkOrderWorkOrderAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()
        work_order_date: str | Unset = UNSET
        if not isinstance(self.work_order_date, Unset):
            work_order_date = self.work_order_date.isoformat()
        description_notes = self.description_notes
        material_notes = self.material_notes
        approved = self.approved
        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        work_order_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_order_assets, Unset):
            work_order_assets = []
            for work_order_assets_item_data in self.work_order_assets:
                work_order_assets_item = work_order_assets_item_data.to_dict()
                work_order_assets.append(work_order_assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(staff, Unset):
            field_dict["Staff"] = staff
        if not isinstance(work_order_date, Unset):
            field_dict["WorkOrderDate"] = work_order_date
        if not isinstance(description_notes, Unset):
            field_dict["DescriptionNotes"] = description_notes
        if not isinstance(material_notes, Unset):
            field_dict["MaterialNotes"] = material_notes
        if not isinstance(approved, Unset):
            field_dict["Approved"] = approved
        if not isinstance(materials, Unset):
            field_dict["Materials"] = materials
        if not isinstance(blocks, Unset):
            field_dict["Blocks"] = blocks
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(work_order_assets, Unset):
            field_dict["WorkOrderAssets"] = work_order_assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block import Block  # noqa: PLC0415
        from ..models.job_cost_center_work_order_work_order_asset import JobCostCenterWorkOrderWorkOrderAsset  # noqa: PLC0415
        from ..models.material import Material  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _staff = d.pop("Staff", UNSET)
        staff: StaffRef | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = StaffRef.from_dict(_staff)

        _work_order_date = d.pop("WorkOrderDate", UNSET)
        work_order_date: datetime.date | Unset
        if isinstance(_work_order_date, Unset):
            work_order_date = UNSET
        else:
            work_order_date = datetime.date.fromisoformat(_work_order_date)

        description_notes = d.pop("DescriptionNotes", UNSET)

        material_notes = d.pop("MaterialNotes", UNSET)

        approved = d.pop("Approved", UNSET)

        _materials = d.pop("Materials", UNSET)
        materials: list[Material] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = Material.from_dict(materials_item_data)

                materials.append(materials_item)

        _blocks = d.pop("Blocks", UNSET)
        blocks: list[Block] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = Block.from_dict(blocks_item_data)

                blocks.append(blocks_item)

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

        _work_order_assets = d.pop("WorkOrderAssets", UNSET)
        work_order_assets: list[JobCostCenterWorkOrderWorkOrderAsset] | Unset = UNSET
        if _work_order_assets is not UNSET:
            work_order_assets = []
            for work_order_assets_item_data in _work_order_assets:
                work_order_assets_item = JobCostCenterWorkOrderWorkOrderAsset.from_dict(work_order_assets_item_data)

                work_order_assets.append(work_order_assets_item)

        _instance = cls(
            id=_unchecked(id),
            staff=_unchecked(staff),
            work_order_date=_unchecked(work_order_date),
            description_notes=_unchecked(description_notes),
            material_notes=_unchecked(material_notes),
            approved=_unchecked(approved),
            materials=_unchecked(materials),
            blocks=_unchecked(blocks),
            date_modified=_unchecked(date_modified),
            custom_fields=_unchecked(custom_fields),
            work_order_assets=_unchecked(work_order_assets),
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
