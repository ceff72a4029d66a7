from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.fit_time_ref import FitTimeRef
    from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog


T = TypeVar("T", bound="PrebuildCatalogListItem")


@_attrs_define
class PrebuildCatalogListItem:
    """
    Attributes:
        catalog (PrebuildCatalogListItemCatalog):
        quantity (float):
        fit_time (FitTimeRef | None):
        display_order (int):
    """

    catalog: PrebuildCatalogListItemCatalog
    quantity: float
    fit_time: FitTimeRef | None
    display_order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415

        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()
        quantity = self.quantity
        fit_time: dict[str, Any] | None | Unset
        if isinstance(self.fit_time, Unset):
            fit_time = UNSET
        elif isinstance(self.fit_time, FitTimeRef):
            fit_time = self.fit_time.to_dict()
        else:
            fit_time = self.fit_time
        display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalog, Unset):
            field_dict["Catalog"] = catalog
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(fit_time, Unset):
            field_dict["FitTime"] = fit_time
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fit_time_ref import FitTimeRef  # noqa: PLC0415
        from ..models.prebuild_catalog_list_item_catalog import PrebuildCatalogListItemCatalog  # noqa: PLC0415

        d = dict(src_dict)
        _catalog = d.pop("Catalog", UNSET)
        catalog: PrebuildCatalogListItemCatalog | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = PrebuildCatalogListItemCatalog.from_dict(_catalog)

        quantity = d.pop("Quantity", UNSET)

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

        display_order = d.pop("DisplayOrder", UNSET)

        _instance = cls(
            catalog=_unchecked(catalog),
            quantity=_unchecked(quantity),
            fit_time=_unchecked(fit_time),
            display_order=_unchecked(display_order),
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
