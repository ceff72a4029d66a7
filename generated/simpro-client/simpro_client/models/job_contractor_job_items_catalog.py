from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.prebuild_ref import PrebuildRef
    from ..models.price import Price
    from ..models.qty import Qty


T = TypeVar("T", bound="JobContractorJobItemsCatalog")


@_attrs_define
class JobContractorJobItemsCatalog:
    """
    Attributes:
        id (int):
        catalog (PrebuildRef):
        price (Price):
        qty (Qty):
    """

    id: int
    catalog: PrebuildRef
    price: Price
    qty: Qty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()
        qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = self.qty.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(price, Unset):
            field_dict["Price"] = price
        if not isinstance(qty, Unset):
            field_dict["Qty"] = qty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prebuild_ref import PrebuildRef  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.qty import Qty  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _catalog = d.pop("Catalog", UNSET)
        catalog: PrebuildRef | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = PrebuildRef.from_dict(_catalog)

        _price = d.pop("Price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        _qty = d.pop("Qty", UNSET)
        qty: Qty | Unset
        if isinstance(_qty, Unset):
            qty = UNSET
        else:
            qty = Qty.from_dict(_qty)

        _instance = cls(
            id=_unchecked(id),
            catalog=_unchecked(catalog),
            price=_unchecked(price),
            qty=_unchecked(qty),
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
