from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cost_center_one_off_item_billable_status import JobCostCenterOneOffItemBillableStatus
from ..models.job_cost_center_one_off_item_type import JobCostCenterOneOffItemType

if TYPE_CHECKING:
    from ..models.job_cost_center_one_off_item_list_item_claimed import JobCostCenterOneOffItemListItemClaimed
    from ..models.job_cost_center_one_off_item_list_item_total import JobCostCenterOneOffItemListItemTotal
    from ..models.sell_price import SellPrice


T = TypeVar("T", bound="JobCostCenterOneOffItemListItem")


@_attrs_define
class JobCostCenterOneOffItemListItem:
    """
    Attributes:
        id (int):
        type_ (JobCostCenterOneOffItemType):
        billable_status (JobCostCenterOneOffItemBillableStatus):
        description (str):
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (SellPrice):
        total (JobCostCenterOneOffItemListItemTotal):
        claimed (JobCostCenterOneOffItemListItemClaimed | None):
    """

    id: int
    type_: JobCostCenterOneOffItemType
    billable_status: JobCostCenterOneOffItemBillableStatus
    description: str
    discount: float
    sell_price: SellPrice
    total: JobCostCenterOneOffItemListItemTotal
    claimed: JobCostCenterOneOffItemListItemClaimed | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_cost_center_one_off_item_list_item_claimed import JobCostCenterOneOffItemListItemClaimed  # noqa: PLC0415

        id = self.id

        type_ = self.type_.value

        billable_status = self.billable_status.value

        description = self.description

        discount = self.discount

        sell_price = self.sell_price.to_dict()

        total = self.total.to_dict()

        claimed: dict[str, Any] | None
        if isinstance(self.claimed, JobCostCenterOneOffItemListItemClaimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Type": type_,
                "BillableStatus": billable_status,
                "Description": description,
                "Discount": discount,
                "SellPrice": sell_price,
                "Total": total,
                "Claimed": claimed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_cost_center_one_off_item_list_item_claimed import JobCostCenterOneOffItemListItemClaimed  # noqa: PLC0415
        from ..models.job_cost_center_one_off_item_list_item_total import JobCostCenterOneOffItemListItemTotal  # noqa: PLC0415
        from ..models.sell_price import SellPrice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        type_ = JobCostCenterOneOffItemType(d.pop("Type"))

        billable_status = JobCostCenterOneOffItemBillableStatus(d.pop("BillableStatus"))

        description = d.pop("Description")

        discount = d.pop("Discount")

        sell_price = SellPrice.from_dict(d.pop("SellPrice"))

        total = JobCostCenterOneOffItemListItemTotal.from_dict(d.pop("Total"))

        def _parse_claimed(data: object) -> JobCostCenterOneOffItemListItemClaimed | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = JobCostCenterOneOffItemListItemClaimed.from_dict(data)

                return claimed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobCostCenterOneOffItemListItemClaimed | None, data)

        claimed = _parse_claimed(d.pop("Claimed"))

        job_cost_center_one_off_item_list_item = cls(
            id=id,
            type_=type_,
            billable_status=billable_status,
            description=description,
            discount=discount,
            sell_price=sell_price,
            total=total,
            claimed=claimed,
        )

        job_cost_center_one_off_item_list_item.additional_properties = d
        return job_cost_center_one_off_item_list_item

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
