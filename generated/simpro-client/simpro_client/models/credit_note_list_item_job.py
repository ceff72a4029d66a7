from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.added_by_ref import AddedByRef
    from ..models.converted_from_quote import ConvertedFromQuote
    from ..models.converted_from_quote_total import ConvertedFromQuoteTotal
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="CreditNoteListItemJob")


@_attrs_define
class CreditNoteListItemJob:
    """
    Attributes:
        id (int): This job's ID
        site (SiteRef):
        salesperson (AddedByRef | None):
        converted_from_quote (ConvertedFromQuote):
        total (ConvertedFromQuoteTotal):
    """

    id: int
    site: SiteRef
    salesperson: AddedByRef | None
    converted_from_quote: ConvertedFromQuote
    total: ConvertedFromQuoteTotal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415

        id = self.id
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        salesperson: dict[str, Any] | None | Unset
        if isinstance(self.salesperson, Unset):
            salesperson = UNSET
        elif isinstance(self.salesperson, AddedByRef):
            salesperson = self.salesperson.to_dict()
        else:
            salesperson = self.salesperson
        converted_from_quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_from_quote, Unset):
            converted_from_quote = self.converted_from_quote.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(salesperson, Unset):
            field_dict["Salesperson"] = salesperson
        if not isinstance(converted_from_quote, Unset):
            field_dict["ConvertedFromQuote"] = converted_from_quote
        if not isinstance(total, Unset):
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.added_by_ref import AddedByRef  # noqa: PLC0415
        from ..models.converted_from_quote import ConvertedFromQuote  # noqa: PLC0415
        from ..models.converted_from_quote_total import ConvertedFromQuoteTotal  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

        def _parse_salesperson(data: object) -> AddedByRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AddedByRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salesperson_type_1 = AddedByRef.from_dict(data)

                if is_complete(salesperson_type_1):
                    return salesperson_type_1
                partial_fits.append(salesperson_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AddedByRef | None | Unset, data)

        salesperson = _parse_salesperson(d.pop("Salesperson", UNSET))

        _converted_from_quote = d.pop("ConvertedFromQuote", UNSET)
        converted_from_quote: ConvertedFromQuote | Unset
        if isinstance(_converted_from_quote, Unset):
            converted_from_quote = UNSET
        else:
            converted_from_quote = ConvertedFromQuote.from_dict(_converted_from_quote)

        _total = d.pop("Total", UNSET)
        total: ConvertedFromQuoteTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ConvertedFromQuoteTotal.from_dict(_total)

        _instance = cls(
            id=_unchecked(id),
            site=_unchecked(site),
            salesperson=_unchecked(salesperson),
            converted_from_quote=_unchecked(converted_from_quote),
            total=_unchecked(total),
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
