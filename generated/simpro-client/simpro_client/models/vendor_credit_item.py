from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.catalog_ref import CatalogRef


T = TypeVar("T", bound="VendorCreditItem")


@_attrs_define
class VendorCreditItem:
    """
    Attributes:
        catalog (CatalogRef):
        vendor_part_no (str):
        vendor_stock_name (str):
        received (float):
        unit_price (float):
        total (float):
        credit_amount (float | None | Unset):
    """

    catalog: CatalogRef
    vendor_part_no: str
    vendor_stock_name: str
    received: float
    unit_price: float
    total: float
    credit_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        vendor_part_no = self.vendor_part_no
        vendor_stock_name = self.vendor_stock_name
        received = self.received
        unit_price = self.unit_price
        total = self.total
        credit_amount: float | None | Unset
        if isinstance(self.credit_amount, Unset):
            credit_amount = UNSET
        else:
            credit_amount = self.credit_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(vendor_part_no, Unset):
            field_dict["VendorPartNo"] = vendor_part_no
        if not isinstance(vendor_stock_name, Unset):
            field_dict["VendorStockName"] = vendor_stock_name
        if not isinstance(received, Unset):
            field_dict["Received"] = received
        if not isinstance(unit_price, Unset):
            field_dict["UnitPrice"] = unit_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(credit_amount, Unset):
            field_dict["CreditAmount"] = credit_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_ref import CatalogRef  # noqa: PLC0415

        d = dict(src_dict)
        _catalog = d.pop("Catalog", UNSET)
        catalog: CatalogRef | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = CatalogRef.from_dict(_catalog)

        vendor_part_no = d.pop("VendorPartNo", UNSET)

        vendor_stock_name = d.pop("VendorStockName", UNSET)

        received = d.pop("Received", UNSET)

        unit_price = d.pop("UnitPrice", UNSET)

        total = d.pop("Total", UNSET)

        def _parse_credit_amount(data: object) -> float | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[float | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | None | Unset, data)

        credit_amount = _parse_credit_amount(d.pop("CreditAmount", UNSET))

        _instance = cls(
            catalog=_unchecked(catalog),
            vendor_part_no=_unchecked(vendor_part_no),
            vendor_stock_name=_unchecked(vendor_stock_name),
            received=_unchecked(received),
            unit_price=_unchecked(unit_price),
            total=_unchecked(total),
            credit_amount=credit_amount,
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
