from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal
    from ..models.group import Group
    from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.set_price_prebuild_st_cs import SetPricePrebuildSTCs
    from ..models.set_price_prebuild_vee_cs import SetPricePrebuildVEECs


T = TypeVar("T", bound="StandardPricePrebuild")


@_attrs_define
class StandardPricePrebuild:
    """
    Attributes:
        id (int):
        group (Group):
        is_favorite (bool): Set this to true if the item is commonly used and you wish to allocate it to the favourites
            group for quick access.
        part_no (str):
        name (str):
        sales_tax_code (SalesTaxCodeRef):
        description (str): This column supports HTML formatting.
        notes (str): This column supports HTML formatting.
        labor_time_based_on_build (float):
        materials (float):
        labour (float):
        material_markup (float):
        labour_markup (float):
        profit (float):
        margin (float):
        total_ex (float):
        total_inc (float):
        add_on_enabled (bool):
        materials_add_on (float):
        labour_add_on (float):
        material_markup_add_on (float):
        labour_markup_add_on (float):
        profit_add_on (float):
        margin_add_on (float):
        add_on_price (ConvertedFromQuoteTotal):
        display_order (int):
        archived (bool):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        custom_fields (list[ReceivableContactListItemCustomField]): All of the custom fields for this standard-price
            prebuild. See the custom fields handler for more information.
        st_cs_enabled (bool): Small-scale Technology Certificates, an Australian government rebate used in
            conjunctionwith the renewable energy sector. This also turns on VEECs if that is enabled.
        st_cs (SetPricePrebuildSTCs):
        vee_cs (SetPricePrebuildVEECs):
        labor_time (float | None | Unset):
    """

    id: int
    group: Group
    is_favorite: bool
    part_no: str
    name: str
    sales_tax_code: SalesTaxCodeRef
    description: str
    notes: str
    labor_time_based_on_build: float
    materials: float
    labour: float
    material_markup: float
    labour_markup: float
    profit: float
    margin: float
    total_ex: float
    total_inc: float
    add_on_enabled: bool
    materials_add_on: float
    labour_add_on: float
    material_markup_add_on: float
    labour_markup_add_on: float
    profit_add_on: float
    margin_add_on: float
    add_on_price: ConvertedFromQuoteTotal
    display_order: int
    archived: bool
    date_modified: datetime.datetime
    custom_fields: list[ReceivableContactListItemCustomField]
    st_cs_enabled: bool
    st_cs: SetPricePrebuildSTCs
    vee_cs: SetPricePrebuildVEECs
    labor_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()
        is_favorite = self.is_favorite
        part_no = self.part_no
        name = self.name
        sales_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code, Unset):
            sales_tax_code = self.sales_tax_code.to_dict()
        description = self.description
        notes = self.notes
        labor_time_based_on_build = self.labor_time_based_on_build
        materials = self.materials
        labour = self.labour
        material_markup = self.material_markup
        labour_markup = self.labour_markup
        profit = self.profit
        margin = self.margin
        total_ex = self.total_ex
        total_inc = self.total_inc
        add_on_enabled = self.add_on_enabled
        materials_add_on = self.materials_add_on
        labour_add_on = self.labour_add_on
        material_markup_add_on = self.material_markup_add_on
        labour_markup_add_on = self.labour_markup_add_on
        profit_add_on = self.profit_add_on
        margin_add_on = self.margin_add_on
        add_on_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add_on_price, Unset):
            add_on_price = self.add_on_price.to_dict()
        display_order = self.display_order
        archived = self.archived
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        st_cs_enabled = self.st_cs_enabled
        st_cs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_cs, Unset):
            st_cs = self.st_cs.to_dict()
        vee_cs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vee_cs, Unset):
            vee_cs = self.vee_cs.to_dict()
        labor_time: float | None | Unset
        if isinstance(self.labor_time, Unset):
            labor_time = UNSET
        else:
            labor_time = self.labor_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
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
        if not isinstance(labor_time_based_on_build, Unset):
            field_dict["LaborTimeBasedOnBuild"] = labor_time_based_on_build
        if not isinstance(materials, Unset):
            field_dict["Materials"] = materials
        if not isinstance(labour, Unset):
            field_dict["Labour"] = labour
        if not isinstance(material_markup, Unset):
            field_dict["MaterialMarkup"] = material_markup
        if not isinstance(labour_markup, Unset):
            field_dict["LabourMarkup"] = labour_markup
        if not isinstance(profit, Unset):
            field_dict["Profit"] = profit
        if not isinstance(margin, Unset):
            field_dict["Margin"] = margin
        if not isinstance(total_ex, Unset):
            field_dict["TotalEx"] = total_ex
        if not isinstance(total_inc, Unset):
            field_dict["TotalInc"] = total_inc
        if not isinstance(add_on_enabled, Unset):
            field_dict["AddOnEnabled"] = add_on_enabled
        if not isinstance(materials_add_on, Unset):
            field_dict["MaterialsAddOn"] = materials_add_on
        if not isinstance(labour_add_on, Unset):
            field_dict["LabourAddOn"] = labour_add_on
        if not isinstance(material_markup_add_on, Unset):
            field_dict["MaterialMarkupAddOn"] = material_markup_add_on
        if not isinstance(labour_markup_add_on, Unset):
            field_dict["LabourMarkupAddOn"] = labour_markup_add_on
        if not isinstance(profit_add_on, Unset):
            field_dict["ProfitAddOn"] = profit_add_on
        if not isinstance(margin_add_on, Unset):
            field_dict["MarginAddOn"] = margin_add_on
        if not isinstance(add_on_price, Unset):
            field_dict["AddOnPrice"] = add_on_price
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(st_cs_enabled, Unset):
            field_dict["STCsEnabled"] = st_cs_enabled
        if not isinstance(st_cs, Unset):
            field_dict["STCs"] = st_cs
        if not isinstance(vee_cs, Unset):
            field_dict["VEECs"] = vee_cs
        if not isinstance(labor_time, Unset):
            field_dict["LaborTime"] = labor_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415
        from ..models.group import Group  # noqa: PLC0415
        from ..models.receivable_contact_list_item_custom_field import ReceivableContactListItemCustomField  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.set_price_prebuild_st_cs import SetPricePrebuildSTCs  # noqa: PLC0415
        from ..models.set_price_prebuild_vee_cs import SetPricePrebuildVEECs  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _group = d.pop("Group", UNSET)
        group: Group | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = Group.from_dict(_group)

        is_favorite = d.pop("IsFavorite", UNSET)

        part_no = d.pop("PartNo", UNSET)

        name = d.pop("Name", UNSET)

        _sales_tax_code = d.pop("SalesTaxCode", UNSET)
        sales_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code, Unset):
            sales_tax_code = UNSET
        else:
            sales_tax_code = SalesTaxCodeRef.from_dict(_sales_tax_code)

        description = d.pop("Description", UNSET)

        notes = d.pop("Notes", UNSET)

        labor_time_based_on_build = d.pop("LaborTimeBasedOnBuild", UNSET)

        materials = d.pop("Materials", UNSET)

        labour = d.pop("Labour", UNSET)

        material_markup = d.pop("MaterialMarkup", UNSET)

        labour_markup = d.pop("LabourMarkup", UNSET)

        profit = d.pop("Profit", UNSET)

        margin = d.pop("Margin", UNSET)

        total_ex = d.pop("TotalEx", UNSET)

        total_inc = d.pop("TotalInc", UNSET)

        add_on_enabled = d.pop("AddOnEnabled", UNSET)

        materials_add_on = d.pop("MaterialsAddOn", UNSET)

        labour_add_on = d.pop("LabourAddOn", UNSET)

        material_markup_add_on = d.pop("MaterialMarkupAddOn", UNSET)

        labour_markup_add_on = d.pop("LabourMarkupAddOn", UNSET)

        profit_add_on = d.pop("ProfitAddOn", UNSET)

        margin_add_on = d.pop("MarginAddOn", UNSET)

        _add_on_price = d.pop("AddOnPrice", UNSET)
        add_on_price: ConvertedFromQuoteTotal | Unset
        if isinstance(_add_on_price, Unset):
            add_on_price = UNSET
        else:
            add_on_price = ConvertedFromQuoteTotal.from_dict(_add_on_price)

        display_order = d.pop("DisplayOrder", UNSET)

        archived = d.pop("Archived", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[ReceivableContactListItemCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ReceivableContactListItemCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        st_cs_enabled = d.pop("STCsEnabled", UNSET)

        _st_cs = d.pop("STCs", UNSET)
        st_cs: SetPricePrebuildSTCs | Unset
        if isinstance(_st_cs, Unset):
            st_cs = UNSET
        else:
            st_cs = SetPricePrebuildSTCs.from_dict(_st_cs)

        _vee_cs = d.pop("VEECs", UNSET)
        vee_cs: SetPricePrebuildVEECs | Unset
        if isinstance(_vee_cs, Unset):
            vee_cs = UNSET
        else:
            vee_cs = SetPricePrebuildVEECs.from_dict(_vee_cs)

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
            group=_unchecked(group),
            is_favorite=_unchecked(is_favorite),
            part_no=_unchecked(part_no),
            name=_unchecked(name),
            sales_tax_code=_unchecked(sales_tax_code),
            description=_unchecked(description),
            notes=_unchecked(notes),
            labor_time_based_on_build=_unchecked(labor_time_based_on_build),
            materials=_unchecked(materials),
            labour=_unchecked(labour),
            material_markup=_unchecked(material_markup),
            labour_markup=_unchecked(labour_markup),
            profit=_unchecked(profit),
            margin=_unchecked(margin),
            total_ex=_unchecked(total_ex),
            total_inc=_unchecked(total_inc),
            add_on_enabled=_unchecked(add_on_enabled),
            materials_add_on=_unchecked(materials_add_on),
            labour_add_on=_unchecked(labour_add_on),
            material_markup_add_on=_unchecked(material_markup_add_on),
            labour_markup_add_on=_unchecked(labour_markup_add_on),
            profit_add_on=_unchecked(profit_add_on),
            margin_add_on=_unchecked(margin_add_on),
            add_on_price=_unchecked(add_on_price),
            display_order=_unchecked(display_order),
            archived=_unchecked(archived),
            date_modified=_unchecked(date_modified),
            custom_fields=_unchecked(custom_fields),
            st_cs_enabled=_unchecked(st_cs_enabled),
            st_cs=_unchecked(st_cs),
            vee_cs=_unchecked(vee_cs),
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
