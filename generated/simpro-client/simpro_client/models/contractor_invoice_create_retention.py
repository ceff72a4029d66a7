from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_total import LineTotal


T = TypeVar("T", bound="ContractorInvoiceCreateRetention")


@_attrs_define
class ContractorInvoiceCreateRetention:
    """
    Attributes:
        contractor_job (int | Unset): ID of a valid contractor job.
        line_total (LineTotal | Unset):
    """

    contractor_job: int | Unset = UNSET
    line_total: LineTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contractor_job = self.contractor_job
        line_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_total, Unset):
            line_total = self.line_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(contractor_job, Unset):
            field_dict["ContractorJob"] = contractor_job
        if not isinstance(line_total, Unset):
            field_dict["LineTotal"] = line_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_total import LineTotal  # noqa: PLC0415

        d = dict(src_dict)
        contractor_job = d.pop("ContractorJob", UNSET)

        _line_total = d.pop("LineTotal", UNSET)
        line_total: LineTotal | Unset
        if isinstance(_line_total, Unset):
            line_total = UNSET
        else:
            line_total = LineTotal.from_dict(_line_total)

        _instance = cls(
            contractor_job=contractor_job,
            line_total=line_total,
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
