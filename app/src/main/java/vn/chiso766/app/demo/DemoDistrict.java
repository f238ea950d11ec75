package vn.chiso766.app.demo;

import java.time.LocalDate;
import java.util.List;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

/**
 * Tây Ninh city and its ten wards and communes as they were before the July 2025 reorganisation ended the
 * district level. The codes are this product's own (the portal's codes of that time are not at hand).
 */
final class DemoDistrict {

    static final String PROVINCE = "TNI";
    static final String DISTRICT = "TNI.TPTN";
    static final String NINH_SON = "TNI.TPTN.NINHSON";
    static final String THANH_TAN = "TNI.TPTN.THANHTAN";
    static final String PHUONG_1 = "TNI.TPTN.P1";
    static final String PHUONG_3 = "TNI.TPTN.P3";
    static final String HIEP_NINH = "TNI.TPTN.HIEPNINH";

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

    private DemoDistrict() {}

    static Unit province() {
        return new Unit(PROVINCE, "Tỉnh Tây Ninh", UnitKind.PROVINCE, null, START, null);
    }

    static Unit district() {
        return new Unit(DISTRICT, "Thành phố Tây Ninh", UnitKind.DISTRICT, PROVINCE, START, LAST_DAY_OF_DISTRICTS);
    }

    static List<Unit> wards() {
        return List.of(
                ward(PHUONG_1, "Phường 1", UnitKind.WARD),
                ward("TNI.TPTN.P2", "Phường 2", UnitKind.WARD),
                ward(PHUONG_3, "Phường 3", UnitKind.WARD),
                ward("TNI.TPTN.P4", "Phường IV", UnitKind.WARD),
                ward(HIEP_NINH, "Phường Hiệp Ninh", UnitKind.WARD),
                ward(NINH_SON, "Phường Ninh Sơn", UnitKind.WARD),
                ward("TNI.TPTN.NINHTHANH", "Phường Ninh Thạnh", UnitKind.WARD),
                ward("TNI.TPTN.BINHMINH", "Xã Bình Minh", UnitKind.COMMUNE),
                ward("TNI.TPTN.TANBINH", "Xã Tân Bình", UnitKind.COMMUNE),
                ward(THANH_TAN, "Xã Thạnh Tân", UnitKind.COMMUNE));
    }

    private static Unit ward(String code, String name, UnitKind kind) {
        return new Unit(code, name, kind, DISTRICT, START, LAST_DAY_OF_DISTRICTS);
    }
}
