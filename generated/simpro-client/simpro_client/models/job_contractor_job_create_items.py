from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_invoice_create_cost_center_items_catalog_ref import JobInvoiceCreateCostCenterItemsCatalogRef


T = TypeVar("T", bound="JobContractorJobCreateItems")


@_attrs_define
class JobContractorJobCreateItems:
    """
    Attributes:
        catalogs (list[JobInvoiceCreateCostCenterItemsCatalogRef] | Unset):
        prebuilds (list[JobInvoiceCreateCostCenterItemsCatalogRef] | Unset):
    """

    catalogs: list[JobInvoiceCreateCostCenterItemsCatalogRef] | Unset = UNSET
    prebuilds: list[JobInvoiceCreateCostCenterItemsCatalogRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalogs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalogs, Unset):
            catalogs = []
            for catalogs_item_data in self.catalogs:
                catalogs_item = catalogs_item_data.to_dict()
                catalogs.append(catalogs_item)

        prebuilds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prebuilds, Unset):
            prebuilds = []
            for prebuilds_item_data in self.prebuilds:
                prebuilds_item = prebuilds_item_data.to_dict()
                prebuilds.append(prebuilds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalogs, Unset):
            field_dict["Catalogs"] = catalogs
        if not isinstance(prebuilds, Unset):
            field_dict["Prebuilds"] = prebuilds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_invoice_create_cost_center_items_catalog_ref import JobInvoiceCreateCostCenterItemsCatalogRef  # noqa: PLC0415

        d = dict(src_dict)
        _catalogs = d.pop("Catalogs", UNSET)
        catalogs: list[JobInvoiceCreateCostCenterItemsCatalogRef] | Unset = UNSET
        if _catalogs is not UNSET:
            catalogs = []
            for catalogs_item_data in _catalogs:
                catalogs_item = JobInvoiceCreateCostCenterItemsCatalogRef.from_dict(catalogs_item_data)

                catalogs.append(catalogs_item)

        _prebuilds = d.pop("Prebuilds", UNSET)
        prebuilds: list[JobInvoiceCreateCostCenterItemsCatalogRef] | Unset = UNSET
        if _prebuilds is not UNSET:
            prebuilds = []
            for prebuilds_item_data in _prebuilds:
                prebuilds_item = JobInvoiceCreateCostCenterItemsCatalogRef.from_dict(prebuilds_item_data)

                prebuilds.append(prebuilds_item)

        _instance = cls(
            catalogs=catalogs,
            prebuilds=prebuilds,
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
