from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_type import PurchaseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier_reference import SupplierReference


T = TypeVar("T", bound="PurchaseRequest")


@_attrs_define
class PurchaseRequest:
    """Purchase.

    Attributes:
        type_ (PurchaseType | Unset):
        title (str | Unset): Title of the purchase.
        owner_id (int | Unset): ID of the user who is the owner of the purchase.
        nature_id (int | Unset): ID of the nature to which the purchase belongs.
        cost_center_id (int | Unset): ID of the cost-center to which the purchase belongs.
        establishment_id (int | Unset): ID of the establishment to which the purchase belongs.
        department_id (int | Unset): ID of the department to which the purchase belongs.
        supplier (SupplierReference | Unset):
        axis_section_ids (list[int] | Unset): Write-only. IDs of the axis-sections to which the purchase belongs.
    """

    type_: PurchaseType | Unset = UNSET
    title: str | Unset = UNSET
    owner_id: int | Unset = UNSET
    nature_id: int | Unset = UNSET
    cost_center_id: int | Unset = UNSET
    establishment_id: int | Unset = UNSET
    department_id: int | Unset = UNSET
    supplier: SupplierReference | Unset = UNSET
    axis_section_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        title = self.title
        owner_id = self.owner_id
        nature_id = self.nature_id
        cost_center_id = self.cost_center_id
        establishment_id = self.establishment_id
        department_id = self.department_id
        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()
        axis_section_ids: list[int] | Unset = UNSET
        if not isinstance(self.axis_section_ids, Unset):
            axis_section_ids = self.axis_section_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        if not isinstance(title, Unset):
            field_dict["title"] = title
        if not isinstance(owner_id, Unset):
            field_dict["ownerId"] = owner_id
        if not isinstance(nature_id, Unset):
            field_dict["natureId"] = nature_id
        if not isinstance(cost_center_id, Unset):
            field_dict["costCenterId"] = cost_center_id
        if not isinstance(establishment_id, Unset):
            field_dict["establishmentId"] = establishment_id
        if not isinstance(department_id, Unset):
            field_dict["departmentId"] = department_id
        if not isinstance(supplier, Unset):
            field_dict["supplier"] = supplier
        if not isinstance(axis_section_ids, Unset):
            field_dict["axisSectionIds"] = axis_section_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier_reference import SupplierReference  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PurchaseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PurchaseType.parse(_type_)

        title = d.pop("title", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        nature_id = d.pop("natureId", UNSET)

        cost_center_id = d.pop("costCenterId", UNSET)

        establishment_id = d.pop("establishmentId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: SupplierReference | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SupplierReference.from_dict(_supplier)

        axis_section_ids = cast(list[int], d.pop("axisSectionIds", UNSET))

        _instance = cls(
            type_=type_,
            title=title,
            owner_id=owner_id,
            nature_id=nature_id,
            cost_center_id=cost_center_id,
            establishment_id=establishment_id,
            department_id=department_id,
            supplier=supplier,
            axis_section_ids=axis_section_ids,
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
