from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.fit_time_ref import FitTimeRef
    from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog
    from ..models.prebuild_catalog_total import PrebuildCatalogTotal


T = TypeVar("T", bound="PrebuildCatalog")


@_attrs_define
class PrebuildCatalog:
    """
    Attributes:
        catalog (PrebuildCatalogListItemCatalog):
        quantity (float):
        cost (float):
        labor_time (float):
        display_order (int):
        total (PrebuildCatalogTotal):
        fit_time (FitTimeRef | None | Unset):
    """

    catalog: PrebuildCatalogListItemCatalog
    quantity: float
    cost: float
    labor_time: float
    display_order: int
    total: PrebuildCatalogTotal
    fit_time: FitTimeRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415

        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        quantity = self.quantity
        cost = self.cost
        labor_time = self.labor_time
        display_order = self.display_order
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        fit_time: dict[str, Any] | None | Unset
        if isinstance(self.fit_time, Unset):
            fit_time = UNSET
        elif isinstance(self.fit_time, FitTimeRef):
            fit_time = self.fit_time.to_dict()
        else:
            fit_time = self.fit_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(cost, Unset):
            field_dict["Cost"] = cost
        if not isinstance(labor_time, Unset):
            field_dict["LaborTime"] = labor_time
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(fit_time, Unset):
            field_dict["FitTime"] = fit_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415
        from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog  # noqa: PLC0415
        from ..models.prebuild_catalog_total import PrebuildCatalogTotal  # noqa: PLC0415

        d = dict(src_dict)
        _catalog = d.pop("Catalog", UNSET)
        catalog: PrebuildCatalogListItemCatalog | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = PrebuildCatalogListItemCatalog.from_dict(_catalog)

        quantity = d.pop("Quantity", UNSET)

        cost = d.pop("Cost", UNSET)

        labor_time = d.pop("LaborTime", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

        _total = d.pop("Total", UNSET)
        total: PrebuildCatalogTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = PrebuildCatalogTotal.from_dict(_total)

        def _parse_fit_time(data: object) -> FitTimeRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FitTimeRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fit_time_type_1 = FitTimeRef.from_dict(data)

                if is_complete(fit_time_type_1):
                    return fit_time_type_1
                partial_fits.append(fit_time_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FitTimeRef | None | Unset, data)

        fit_time = _parse_fit_time(d.pop("FitTime", UNSET))

        _instance = cls(
            catalog=_unchecked(catalog),
            quantity=_unchecked(quantity),
            cost=_unchecked(cost),
            labor_time=_unchecked(labor_time),
            display_order=_unchecked(display_order),
            total=_unchecked(total),
            fit_time=fit_time,
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
