from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="LaborRate")


@_attrs_define
class LaborRate:
    """
    Attributes:
        id (int):
        name (str):
        cost_rate (float): This includes, per hour, the total of three rates: the amount you pay your employee, their
            employment costs such as superannuation and annual leave, and your company overheads.
        markup (float):
        multiplier (float): Use multipliers to account for technicians who take additional time to complete work. For
            example, a labor rate with a 1.5x multiplier means that an estimated time of 1 hour will be increased to 1.5
            hours.
        tax_code (SalesTaxCodeRef):
        is_default (bool):
        add_to_all_customers (bool): If YES, all new and existing customers that don't have labour type will be given
            this labour type. Any customers already with that labour type will not be affected.
        inc_overhead (bool):
        plant (CostCenterRef):
        archived (bool):
    """

    id: int
    name: str
    cost_rate: float
    markup: float
    multiplier: float
    tax_code: SalesTaxCodeRef
    is_default: bool
    add_to_all_customers: bool
    inc_overhead: bool
    plant: CostCenterRef
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        cost_rate = self.cost_rate
        markup = self.markup
        multiplier = self.multiplier
        tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_code, Unset):
            tax_code = self.tax_code.to_dict()
        is_default = self.is_default
        add_to_all_customers = self.add_to_all_customers
        inc_overhead = self.inc_overhead
        plant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plant, Unset):
            plant = self.plant.to_dict()
        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(cost_rate, Unset):
            field_dict["CostRate"] = cost_rate
        if not isinstance(markup, Unset):
            field_dict["Markup"] = markup
        if not isinstance(multiplier, Unset):
            field_dict["Multiplier"] = multiplier
        if not isinstance(tax_code, Unset):
            field_dict["TaxCode"] = tax_code
        if not isinstance(is_default, Unset):
            field_dict["IsDefault"] = is_default
        if not isinstance(add_to_all_customers, Unset):
            field_dict["AddToAllCustomers"] = add_to_all_customers
        if not isinstance(inc_overhead, Unset):
            field_dict["IncOverhead"] = inc_overhead
        if not isinstance(plant, Unset):
            field_dict["Plant"] = plant
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        cost_rate = d.pop("CostRate", UNSET)

        markup = d.pop("Markup", UNSET)

        multiplier = d.pop("Multiplier", UNSET)

        _tax_code = d.pop("TaxCode", UNSET)
        tax_code: SalesTaxCodeRef | Unset
        if isinstance(_tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = SalesTaxCodeRef.from_dict(_tax_code)

        is_default = d.pop("IsDefault", UNSET)

        add_to_all_customers = d.pop("AddToAllCustomers", UNSET)

        inc_overhead = d.pop("IncOverhead", UNSET)

        _plant = d.pop("Plant", UNSET)
        plant: CostCenterRef | Unset
        if isinstance(_plant, Unset):
            plant = UNSET
        else:
            plant = CostCenterRef.from_dict(_plant)

        archived = d.pop("Archived", UNSET)

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            cost_rate=_unchecked(cost_rate),
            markup=_unchecked(markup),
            multiplier=_unchecked(multiplier),
            tax_code=_unchecked(tax_code),
            is_default=_unchecked(is_default),
            add_to_all_customers=_unchecked(add_to_all_customers),
            inc_overhead=_unchecked(inc_overhead),
            plant=_unchecked(plant),
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
