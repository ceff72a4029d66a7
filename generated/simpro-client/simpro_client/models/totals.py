from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.materials_cost import MaterialsCost
    from ..models.materials_markup import MaterialsMarkup
    from ..models.resources_cost import ResourcesCost
    from ..models.resources_markup import ResourcesMarkup


T = TypeVar("T", bound="Totals")


@_attrs_define
class Totals:
    """
    Attributes:
        materials_cost (MaterialsCost):
        resources_cost (ResourcesCost):
        materials_markup (MaterialsMarkup):
        resources_markup (ResourcesMarkup):
        adjusted (MaterialsMarkup):
        membership_discount (float):
        discount (float):
        st_cs (float):
        vee_cs (float):
        gross_profit_loss (MaterialsMarkup):
        gross_margin (MaterialsMarkup):
        nett_profit_loss (MaterialsMarkup):
        nett_margin (MaterialsMarkup):
        invoiced_value (float):
        invoice_percentage (float):
    """

    materials_cost: MaterialsCost
    resources_cost: ResourcesCost
    materials_markup: MaterialsMarkup
    resources_markup: ResourcesMarkup
    adjusted: MaterialsMarkup
    membership_discount: float
    discount: float
    st_cs: float
    vee_cs: float
    gross_profit_loss: MaterialsMarkup
    gross_margin: MaterialsMarkup
    nett_profit_loss: MaterialsMarkup
    nett_margin: MaterialsMarkup
    invoiced_value: float
    invoice_percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        materials_cost = self.materials_cost.to_dict()

        resources_cost = self.resources_cost.to_dict()

        materials_markup = self.materials_markup.to_dict()

        resources_markup = self.resources_markup.to_dict()

        adjusted = self.adjusted.to_dict()

        membership_discount = self.membership_discount

        discount = self.discount

        st_cs = self.st_cs

        vee_cs = self.vee_cs

        gross_profit_loss = self.gross_profit_loss.to_dict()

        gross_margin = self.gross_margin.to_dict()

        nett_profit_loss = self.nett_profit_loss.to_dict()

        nett_margin = self.nett_margin.to_dict()

        invoiced_value = self.invoiced_value

        invoice_percentage = self.invoice_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MaterialsCost": materials_cost,
                "ResourcesCost": resources_cost,
                "MaterialsMarkup": materials_markup,
                "ResourcesMarkup": resources_markup,
                "Adjusted": adjusted,
                "MembershipDiscount": membership_discount,
                "Discount": discount,
                "STCs": st_cs,
                "VEECs": vee_cs,
                "GrossProfitLoss": gross_profit_loss,
                "GrossMargin": gross_margin,
                "NettProfitLoss": nett_profit_loss,
                "NettMargin": nett_margin,
                "InvoicedValue": invoiced_value,
                "InvoicePercentage": invoice_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.materials_cost import MaterialsCost  # noqa: PLC0415
        from ..models.materials_markup import MaterialsMarkup  # noqa: PLC0415
        from ..models.resources_cost import ResourcesCost  # noqa: PLC0415
        from ..models.resources_markup import ResourcesMarkup  # noqa: PLC0415

        d = dict(src_dict)
        materials_cost = MaterialsCost.from_dict(d.pop("MaterialsCost"))

        resources_cost = ResourcesCost.from_dict(d.pop("ResourcesCost"))

        materials_markup = MaterialsMarkup.from_dict(d.pop("MaterialsMarkup"))

        resources_markup = ResourcesMarkup.from_dict(d.pop("ResourcesMarkup"))

        adjusted = MaterialsMarkup.from_dict(d.pop("Adjusted"))

        membership_discount = d.pop("MembershipDiscount")

        discount = d.pop("Discount")

        st_cs = d.pop("STCs")

        vee_cs = d.pop("VEECs")

        gross_profit_loss = MaterialsMarkup.from_dict(d.pop("GrossProfitLoss"))

        gross_margin = MaterialsMarkup.from_dict(d.pop("GrossMargin"))

        nett_profit_loss = MaterialsMarkup.from_dict(d.pop("NettProfitLoss"))

        nett_margin = MaterialsMarkup.from_dict(d.pop("NettMargin"))

        invoiced_value = d.pop("InvoicedValue")

        invoice_percentage = d.pop("InvoicePercentage")

        totals = cls(
            materials_cost=materials_cost,
            resources_cost=resources_cost,
            materials_markup=materials_markup,
            resources_markup=resources_markup,
            adjusted=adjusted,
            membership_discount=membership_discount,
            discount=discount,
            st_cs=st_cs,
            vee_cs=vee_cs,
            gross_profit_loss=gross_profit_loss,
            gross_margin=gross_margin,
            nett_profit_loss=nett_profit_loss,
            nett_margin=nett_margin,
            invoiced_value=invoiced_value,
            invoice_percentage=invoice_percentage,
        )

        totals.additional_properties = d
        return totals

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
