from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.job_invoice_cost_center_items_catalog import JobInvoiceCostCenterItemsCatalog
    from ..models.job_invoice_cost_center_items_labor import JobInvoiceCostCenterItemsLabor
    from ..models.job_invoice_cost_center_items_one_off import JobInvoiceCostCenterItemsOneOff
    from ..models.job_invoice_cost_center_items_prebuild import JobInvoiceCostCenterItemsPrebuild
    from ..models.job_invoice_cost_center_items_service_fee import JobInvoiceCostCenterItemsServiceFee


T = TypeVar("T", bound="JobInvoiceCostCenterItems")


@_attrs_define
class JobInvoiceCostCenterItems:
    """
    Attributes:
        labors (list[JobInvoiceCostCenterItemsLabor]):
        catalogs (list[JobInvoiceCostCenterItemsCatalog]):
        prebuilds (list[JobInvoiceCostCenterItemsPrebuild]):
        service_fees (list[JobInvoiceCostCenterItemsServiceFee]):
        one_offs (list[JobInvoiceCostCenterItemsOneOff]):
    """

    labors: list[JobInvoiceCostCenterItemsLabor]
    catalogs: list[JobInvoiceCostCenterItemsCatalog]
    prebuilds: list[JobInvoiceCostCenterItemsPrebuild]
    service_fees: list[JobInvoiceCostCenterItemsServiceFee]
    one_offs: list[JobInvoiceCostCenterItemsOneOff]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labors, Unset):
            labors = []
            for labors_item_data in self.labors:
                labors_item = labors_item_data.to_dict()
                labors.append(labors_item)

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

        service_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_fees, Unset):
            service_fees = []
            for service_fees_item_data in self.service_fees:
                service_fees_item = service_fees_item_data.to_dict()
                service_fees.append(service_fees_item)

        one_offs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.one_offs, Unset):
            one_offs = []
            for one_offs_item_data in self.one_offs:
                one_offs_item = one_offs_item_data.to_dict()
                one_offs.append(one_offs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(labors, Unset):
            field_dict["Labors"] = labors
        if not isinstance(catalogs, Unset):
            field_dict["Catalogs"] = catalogs
        if not isinstance(prebuilds, Unset):
            field_dict["Prebuilds"] = prebuilds
        if not isinstance(service_fees, Unset):
            field_dict["ServiceFees"] = service_fees
        if not isinstance(one_offs, Unset):
            field_dict["OneOffs"] = one_offs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_invoice_cost_center_items_catalog import JobInvoiceCostCenterItemsCatalog  # noqa: PLC0415
        from ..models.job_invoice_cost_center_items_labor import JobInvoiceCostCenterItemsLabor  # noqa: PLC0415
        from ..models.job_invoice_cost_center_items_one_off import JobInvoiceCostCenterItemsOneOff  # noqa: PLC0415
        from ..models.job_invoice_cost_center_items_prebuild import JobInvoiceCostCenterItemsPrebuild  # noqa: PLC0415
        from ..models.job_invoice_cost_center_items_service_fee import JobInvoiceCostCenterItemsServiceFee  # noqa: PLC0415

        d = dict(src_dict)
        _labors = d.pop("Labors", UNSET)
        labors: list[JobInvoiceCostCenterItemsLabor] | Unset = UNSET
        if _labors is not UNSET:
            labors = []
            for labors_item_data in _labors:
                labors_item = JobInvoiceCostCenterItemsLabor.from_dict(labors_item_data)

                labors.append(labors_item)

        _catalogs = d.pop("Catalogs", UNSET)
        catalogs: list[JobInvoiceCostCenterItemsCatalog] | Unset = UNSET
        if _catalogs is not UNSET:
            catalogs = []
            for catalogs_item_data in _catalogs:
                catalogs_item = JobInvoiceCostCenterItemsCatalog.from_dict(catalogs_item_data)

                catalogs.append(catalogs_item)

        _prebuilds = d.pop("Prebuilds", UNSET)
        prebuilds: list[JobInvoiceCostCenterItemsPrebuild] | Unset = UNSET
        if _prebuilds is not UNSET:
            prebuilds = []
            for prebuilds_item_data in _prebuilds:
                prebuilds_item = JobInvoiceCostCenterItemsPrebuild.from_dict(prebuilds_item_data)

                prebuilds.append(prebuilds_item)

        _service_fees = d.pop("ServiceFees", UNSET)
        service_fees: list[JobInvoiceCostCenterItemsServiceFee] | Unset = UNSET
        if _service_fees is not UNSET:
            service_fees = []
            for service_fees_item_data in _service_fees:
                service_fees_item = JobInvoiceCostCenterItemsServiceFee.from_dict(service_fees_item_data)

                service_fees.append(service_fees_item)

        _one_offs = d.pop("OneOffs", UNSET)
        one_offs: list[JobInvoiceCostCenterItemsOneOff] | Unset = UNSET
        if _one_offs is not UNSET:
            one_offs = []
            for one_offs_item_data in _one_offs:
                one_offs_item = JobInvoiceCostCenterItemsOneOff.from_dict(one_offs_item_data)

                one_offs.append(one_offs_item)

        _instance = cls(
            labors=_unchecked(labors),
            catalogs=_unchecked(catalogs),
            prebuilds=_unchecked(prebuilds),
            service_fees=_unchecked(service_fees),
            one_offs=_unchecked(one_offs),
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
