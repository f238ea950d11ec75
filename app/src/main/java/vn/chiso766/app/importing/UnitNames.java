package vn.chiso766.app.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitTree;

/**
 * Units by their exact name, for rows that give a name and no code. Only units the user may write are looked at:
 * "Phường 1" exists in many districts, but seldom twice within one officer's scope. Case and repeated spaces do not
 * count; diacritics do ("Phường" is not "Phương").
 */
final class UnitNames {

    private final Map<String, List<Unit>> byName = new HashMap<>();

    UnitNames(UnitTree tree, Predicate<String> writable) {
        for (Unit unit : tree.all()) {
            if (writable.test(unit.code())) {
                byName.computeIfAbsent(key(unit.name()), k -> new ArrayList<>()).add(unit);
            }
        }
    }

    List<Unit> find(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi"));
    }
}
