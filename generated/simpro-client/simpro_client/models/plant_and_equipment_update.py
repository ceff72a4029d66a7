from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plant_and_equipment_create_billing import PlantAndEquipmentCreateBilling
    from ..models.plant_and_equipment_create_servicing import PlantAndEquipmentCreateServicing


T = TypeVar("T", bound="PlantAndEquipmentUpdate")


@_attrs_define
class PlantAndEquipmentUpdate:
    """
    Attributes:
        name (str | Unset):
        service_fee (int | Unset): ID of a service fee
        checked_out_by (int | Unset): ID of a staff
        enable_servicing (bool | Unset):
        servicing (PlantAndEquipmentCreateServicing | Unset):
        billable (bool | Unset):
        billing (PlantAndEquipmentCreateBilling | Unset):
        archived (bool | Unset):
    """

    name: str | Unset = UNSET
    service_fee: int | Unset = UNSET
    checked_out_by: int | Unset = UNSET
    enable_servicing: bool | Unset = UNSET
    servicing: PlantAndEquipmentCreateServicing | Unset = UNSET
    billable: bool | Unset = UNSET
    billing: PlantAndEquipmentCreateBilling | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        service_fee = self.service_fee
        checked_out_by = self.checked_out_by
        enable_servicing = self.enable_servicing
        servicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.servicing, Unset):
            servicing = self.servicing.to_dict()
        billable = self.billable
        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()
        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plant_and_equipment_create_billing import PlantAndEquipmentCreateBilling  # noqa: PLC0415
        from ..models.plant_and_equipment_create_servicing import PlantAndEquipmentCreateServicing  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        service_fee = d.pop("ServiceFee", UNSET)

        checked_out_by = d.pop("CheckedOutBy", UNSET)

        enable_servicing = d.pop("EnableServicing", UNSET)

        _servicing = d.pop("Servicing", UNSET)
        servicing: PlantAndEquipmentCreateServicing | Unset
        if isinstance(_servicing, Unset):
            servicing = UNSET
        else:
            servicing = PlantAndEquipmentCreateServicing.from_dict(_servicing)

        billable = d.pop("Billable", UNSET)

        _billing = d.pop("Billing", UNSET)
        billing: PlantAndEquipmentCreateBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = PlantAndEquipmentCreateBilling.from_dict(_billing)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            name=name,
            service_fee=service_fee,
            checked_out_by=checked_out_by,
            enable_servicing=enable_servicing,
            servicing=servicing,
            billable=billable,
            billing=billing,
            archived=archived,
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
