package vn.chiso766.reporting.document;

/**
 * Whether a document names a unit: "phường Ninh Sơn" in a title, "PHƯỜNG NINH SƠN" in the issuing body and the
 * stored "Phường Ninh Sơn" are the same unit; case, diacritics variants and spacing do not matter.
 */
public final class UnitNames {

    private UnitNames() {}

    public static boolean same(String written, String unitName) {
        return VietText.fold(written).equals(VietText.fold(unitName));
    }
}
