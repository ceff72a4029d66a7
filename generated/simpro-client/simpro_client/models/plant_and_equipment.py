from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.history import History
    from ..models.plant_and_equipment_billing import PlantAndEquipmentBilling
    from ..models.plant_and_equipment_custom_field_value import PlantAndEquipmentCustomFieldValue
    from ..models.plant_and_equipment_job import PlantAndEquipmentJob
    from ..models.plant_and_equipment_servicing import PlantAndEquipmentServicing
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="PlantAndEquipment")


@_attrs_define
class PlantAndEquipment:
    """
    Attributes:
        id (int):
        name (str):
        service_fee (CostCenterRef):
        checked_out_by (StaffRef):
        enable_servicing (bool):
        servicing (PlantAndEquipmentServicing):
        billable (bool):
        billing (PlantAndEquipmentBilling):
        custom_fields (list[PlantAndEquipmentCustomFieldValue]):
        history (list[History]):
        jobs (list[PlantAndEquipmentJob]):
        archived (bool):
    """

    id: int
    name: str
    service_fee: CostCenterRef
    checked_out_by: StaffRef
    enable_servicing: bool
    servicing: PlantAndEquipmentServicing
    billable: bool
    billing: PlantAndEquipmentBilling
    custom_fields: list[PlantAndEquipmentCustomFieldValue]
    history: list[History]
    jobs: list[PlantAndEquipmentJob]
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        service_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_fee, Unset):
            service_fee = self.service_fee.to_dict()
        checked_out_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checked_out_by, Unset):
            checked_out_by = self.checked_out_by.to_dict()
        enable_servicing = self.enable_servicing
        servicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.servicing, Unset):
            servicing = self.servicing.to_dict()
        billable = self.billable
        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(service_fee, Unset):
            field_dict["ServiceFee"] = service_fee
        if not isinstance(checked_out_by, Unset):
            field_dict["CheckedOutBy"] = checked_out_by
        if not isinstance(enable_servicing, Unset):
            field_dict["EnableServicing"] = enable_servicing
        if not isinstance(servicing, Unset):
            field_dict["Servicing"] = servicing
        if not isinstance(billable, Unset):
            field_dict["Billable"] = billable
        if not isinstance(billing, Unset):
            field_dict["Billing"] = billing
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(history, Unset):
            field_dict["History"] = history
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.history import History  # noqa: PLC0415
        from ..models.plant_and_equipment_billing import PlantAndEquipmentBilling  # noqa: PLC0415
        from ..models.plant_and_equipment_custom_field_value import PlantAndEquipmentCustomFieldValue  # noqa: PLC0415
        from ..models.plant_and_equipment_job import PlantAndEquipmentJob  # noqa: PLC0415
        from ..models.plant_and_equipment_servicing import PlantAndEquipmentServicing  # noqa: PLC0415
        from ..models.staff_ref import StaffRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _service_fee = d.pop("ServiceFee", UNSET)
        service_fee: CostCenterRef | Unset
        if isinstance(_service_fee, Unset):
            service_fee = UNSET
        else:
            service_fee = CostCenterRef.from_dict(_service_fee)

        _checked_out_by = d.pop("CheckedOutBy", UNSET)
        checked_out_by: StaffRef | Unset
        if isinstance(_checked_out_by, Unset):
            checked_out_by = UNSET
        else:
            checked_out_by = StaffRef.from_dict(_checked_out_by)

        enable_servicing = d.pop("EnableServicing", UNSET)

        _servicing = d.pop("Servicing", UNSET)
        servicing: PlantAndEquipmentServicing | Unset
        if isinstance(_servicing, Unset):
            servicing = UNSET
        else:
            servicing = PlantAndEquipmentServicing.from_dict(_servicing)

        billable = d.pop("Billable", UNSET)

        _billing = d.pop("Billing", UNSET)
        billing: PlantAndEquipmentBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = PlantAndEquipmentBilling.from_dict(_billing)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[PlantAndEquipmentCustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = PlantAndEquipmentCustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _history = d.pop("History", UNSET)
        history: list[History] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = History.from_dict(history_item_data)

                history.append(history_item)

        _jobs = d.pop("Jobs", UNSET)
        jobs: list[PlantAndEquipmentJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = PlantAndEquipmentJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            service_fee=_unchecked(service_fee),
            checked_out_by=_unchecked(checked_out_by),
            enable_servicing=_unchecked(enable_servicing),
            servicing=_unchecked(servicing),
            billable=_unchecked(billable),
            billing=_unchecked(billing),
            custom_fields=_unchecked(custom_fields),
            history=_unchecked(history),
            jobs=_unchecked(jobs),
            archived=_unchecked(archived),
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
