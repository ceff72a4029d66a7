from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_invoice_create_cost_center_items import JobInvoiceCreateCostCenterItems


T = TypeVar("T", bound="JobInvoiceCreateCostCenter")


@_attrs_define
class JobInvoiceCreateCostCenter:
    """
    Attributes:
        id (int | Unset):
        percent (float | Unset):
        items (JobInvoiceCreateCostCenterItems | Unset):
    """

    id: int | Unset = UNSET
    percent: float | Unset = UNSET
    items: JobInvoiceCreateCostCenterItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        percent = self.percent
        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(percent, Unset):
            field_dict["Percent"] = percent
        if not isinstance(items, Unset):
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_invoice_create_cost_center_items import JobInvoiceCreateCostCenterItems  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        percent = d.pop("Percent", UNSET)

        _items = d.pop("Items", UNSET)
        items: JobInvoiceCreateCostCenterItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = JobInvoiceCreateCostCenterItems.from_dict(_items)

        _instance = cls(
            id=id,
            percent=percent,
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
