from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="ServiceFee")


@_attrs_define
class ServiceFee:
    """
    Attributes:
        id (int):
        name (str):
        sales_tax_code (SalesTaxCodeRef):
        price (float):
        display_order (int):
        archived (bool):
        labor_time (float | None | Unset):
    """

    id: int
    name: str
    sales_tax_code: SalesTaxCodeRef
    price: float
    display_order: int
    archived: bool
    labor_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        sales_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code, Unset):
            sales_tax_code = self.sales_tax_code.to_dict()
        price = self.price
        display_order = self.display_order
        archived = self.archived
        labor_time: float | None | Unset
        if isinstance(self.labor_time, Unset):
            labor_time = UNSET
        else:
            labor_time = self.labor_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(price, Unset):
            field_dict["Price"] = price
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(labor_time, Unset):
            field_dict["LaborTime"] = labor_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        _sales_tax_code = d.pop("SalesTaxCode", UNSET)
        sales_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code, Unset):
            sales_tax_code = UNSET
        else:
            sales_tax_code = SalesTaxCodeRef.from_dict(_sales_tax_code)

        price = d.pop("Price", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        archived = d.pop("Archived", UNSET)

        def _parse_labor_time(data: object) -> float | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[float | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(float | None | Unset, data)

        labor_time = _parse_labor_time(d.pop("LaborTime", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            sales_tax_code=_unchecked(sales_tax_code),
            price=_unchecked(price),
            display_order=_unchecked(display_order),
            archived=_unchecked(archived),
            labor_time=labor_time,
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
