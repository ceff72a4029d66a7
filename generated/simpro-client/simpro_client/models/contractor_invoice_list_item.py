from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="ContractorInvoiceListItem")


@_attrs_define
class ContractorInvoiceListItem:
    """
    Attributes:
        id (int):
        contractor_jobs (list[int]):
        invoice_no (str):
    """

    id: int
    contractor_jobs: list[int]
    invoice_no: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        contractor_jobs: list[int] | Unset = UNSET
        if not isinstance(self.contractor_jobs, Unset):
            contractor_jobs = self.contractor_jobs

        invoice_no = self.invoice_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(contractor_jobs, Unset):
            field_dict["ContractorJobs"] = contractor_jobs
        if not isinstance(invoice_no, Unset):
            field_dict["InvoiceNo"] = invoice_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        contractor_jobs = cast(list[int], d.pop("ContractorJobs", UNSET))

        invoice_no = d.pop("InvoiceNo", UNSET)

        _instance = cls(
            id=_unchecked(id),
            contractor_jobs=_unchecked(contractor_jobs),
            invoice_no=_unchecked(invoice_no),
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
