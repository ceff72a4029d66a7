from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_price_prebuild_create_st_cs import SetPricePrebuildCreateSTCs
    from ..models.set_price_prebuild_create_vee_cs import SetPricePrebuildCreateVEECs


T = TypeVar("T", bound="SetPricePrebuildUpdate")


@_attrs_define
class SetPricePrebuildUpdate:
    """
    Attributes:
        group (int | Unset): ID of a prebuild group
        is_favorite (bool | Unset): Set this to true if the item is commonly used and you wish to allocate it to the
            favourites group for quick access.
        part_no (str | Unset):
        name (str | Unset):
        sales_tax_code (int | Unset): ID of a tax code
        description (str | Unset): This column supports HTML formatting.
        notes (str | Unset): This column supports HTML formatting.
        labor_time (float | None | Unset):
        total_ex (float | Unset):
        display_order (int | Unset):
        archived (bool | Unset):
        st_cs_enabled (bool | Unset): Small-scale Technology Certificates, an Australian government rebate used in
            conjunctionwith the renewable energy sector. This also turns on VEECs if that is enabled.
        st_cs (SetPricePrebuildCreateSTCs | Unset):
        vee_cs (SetPricePrebuildCreateVEECs | Unset):
    """

    group: int | Unset = UNSET
    is_favorite: bool | Unset = UNSET
    part_no: str | Unset = UNSET
    name: str | Unset = UNSET
    sales_tax_code: int | Unset = UNSET
    description: str | Unset = UNSET
    notes: str | Unset = UNSET
    labor_time: float | None | Unset = UNSET
    total_ex: float | Unset = UNSET
    display_order: int | Unset = UNSET
    archived: bool | Unset = UNSET
    st_cs_enabled: bool | Unset = UNSET
    st_cs: SetPricePrebuildCreateSTCs | Unset = UNSET
    vee_cs: SetPricePrebuildCreateVEECs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group
        is_favorite = self.is_favorite
        part_no = self.part_no
        name = self.name
        sales_tax_code = self.sales_tax_code
        description = self.description
        notes = self.notes
        labor_time: float | None | Unset
        if isinstance(self.labor_time, Unset):
            labor_time = UNSET
        else:
            labor_time = self.labor_time
        total_ex = self.total_ex
        display_order = self.display_order
        archived = self.archived
        st_cs_enabled = self.st_cs_enabled
        st_cs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_cs, Unset):
            st_cs = self.st_cs.to_dict()
        vee_cs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vee_cs, Unset):
            vee_cs = self.vee_cs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(group, Unset):
            field_dict["Group"] = group
        if not isinstance(is_favorite, Unset):
            field_dict["IsFavorite"] = is_favorite
        if not isinstance(part_no, Unset):
            field_dict["PartNo"] = part_no
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(notes, Unset):
            field_dict["Notes"] = notes
        if not isinstance(labor_time, Unset):
            field_dict["LaborTime"] = labor_time
        if not isinstance(total_ex, Unset):
            field_dict["TotalEx"] = total_ex
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(st_cs_enabled, Unset):
            field_dict["STCsEnabled"] = st_cs_enabled
        if not isinstance(st_cs, Unset):
            field_dict["STCs"] = st_cs
        if not isinstance(vee_cs, Unset):
            field_dict["VEECs"] = vee_cs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_price_prebuild_create_st_cs import SetPricePrebuildCreateSTCs  # noqa: PLC0415
        from ..models.set_price_prebuild_create_vee_cs import SetPricePrebuildCreateVEECs  # noqa: PLC0415

        d = dict(src_dict)
        group = d.pop("Group", UNSET)

        is_favorite = d.pop("IsFavorite", UNSET)

        part_no = d.pop("PartNo", UNSET)

        name = d.pop("Name", UNSET)

        sales_tax_code = d.pop("SalesTaxCode", UNSET)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

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

        total_ex = d.pop("TotalEx", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        archived = d.pop("Archived", UNSET)

        st_cs_enabled = d.pop("STCsEnabled", UNSET)

        _st_cs = d.pop("STCs", UNSET)
        st_cs: SetPricePrebuildCreateSTCs | Unset
        if isinstance(_st_cs, Unset):
            st_cs = UNSET
        else:
            st_cs = SetPricePrebuildCreateSTCs.from_dict(_st_cs)

        _vee_cs = d.pop("VEECs", UNSET)
        vee_cs: SetPricePrebuildCreateVEECs | Unset
        if isinstance(_vee_cs, Unset):
            vee_cs = UNSET
        else:
            vee_cs = SetPricePrebuildCreateVEECs.from_dict(_vee_cs)

        _instance = cls(
            group=group,
            is_favorite=is_favorite,
            part_no=part_no,
            name=name,
            sales_tax_code=sales_tax_code,
            description=description,
            notes=notes,
            labor_time=labor_time,
            total_ex=total_ex,
            display_order=display_order,
            archived=archived,
            st_cs_enabled=st_cs_enabled,
            st_cs=st_cs,
            vee_cs=vee_cs,
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
