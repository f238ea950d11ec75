package vn.chiso766.domain.unit;

/** Levels of the administrative tree; agencies are peers of communes under a province. */
public enum UnitKind {
    COUNTRY,
    PROVINCE,
    DISTRICT,
    WARD,
    COMMUNE,
    SPECIAL_ZONE,
    AGENCY;

    public boolean isCommuneLevel() {
        return this == WARD || this == COMMUNE || this == SPECIAL_ZONE;
    }
}
