from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_catalog_item_billable_status import JobCostCenterCatalogItemBillableStatus
from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.claimed import Claimed
    from ..models.prebuild_ref import PrebuildRef
    from ..models.sell_price import SellPrice
    from ..models.total import Total


T = TypeVar("T", bound="JobCostCenterPrebuildItemListItem")


@_attrs_define
class JobCostCenterPrebuildItemListItem:
    """
    Attributes:
        id (int):
        prebuild (PrebuildRef):
        billable_status (JobCostCenterCatalogItemBillableStatus):
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (SellPrice):
        total (Total):
        claimed (Claimed | None):
    """

    id: int
    prebuild: PrebuildRef
    billable_status: JobCostCenterCatalogItemBillableStatus
    discount: float
    sell_price: SellPrice
    total: Total
    claimed: Claimed | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.claimed import Claimed  # noqa: PLC0415

        id = self.id
        prebuild: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prebuild, Unset):
            prebuild = self.prebuild.to_dict()
        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        discount = self.discount
        sell_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sell_price, Unset):
            sell_price = self.sell_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        claimed: dict[str, Any] | None | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        elif isinstance(self.claimed, Claimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(prebuild, Unset):
            field_dict["Prebuild"] = prebuild
        if not isinstance(billable_status, Unset):
            field_dict["BillableStatus"] = billable_status
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(claimed, Unset):
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claimed import Claimed  # noqa: PLC0415
        from ..models.prebuild_ref import PrebuildRef  # noqa: PLC0415
        from ..models.sell_price import SellPrice  # noqa: PLC0415
        from ..models.total import Total  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _prebuild = d.pop("Prebuild", UNSET)
        prebuild: PrebuildRef | Unset
        if isinstance(_prebuild, Unset):
            prebuild = UNSET
        else:
            prebuild = PrebuildRef.from_dict(_prebuild)

        _billable_status = d.pop("BillableStatus", UNSET)
        billable_status: JobCostCenterCatalogItemBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JobCostCenterCatalogItemBillableStatus.parse(_billable_status)

        discount = d.pop("Discount", UNSET)

        _sell_price = d.pop("SellPrice", UNSET)
        sell_price: SellPrice | Unset
        if isinstance(_sell_price, Unset):
            sell_price = UNSET
        else:
            sell_price = SellPrice.from_dict(_sell_price)

        _total = d.pop("Total", UNSET)
        total: Total | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Total.from_dict(_total)

        def _parse_claimed(data: object) -> Claimed | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[Claimed | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = Claimed.from_dict(data)

                if is_complete(claimed_type_1):
                    return claimed_type_1
                partial_fits.append(claimed_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(Claimed | None | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        _instance = cls(
            id=_unchecked(id),
            prebuild=_unchecked(prebuild),
            billable_status=_unchecked(billable_status),
            discount=_unchecked(discount),
            sell_price=_unchecked(sell_price),
            total=_unchecked(total),
            claimed=_unchecked(claimed),
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
