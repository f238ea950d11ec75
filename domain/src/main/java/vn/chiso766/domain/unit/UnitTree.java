package vn.chiso766.domain.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.domain.period.Period;

/** Province → optional district → ward/commune, with agencies as peers of communes. */
public final class UnitTree {

    private final Map<String, Unit> byCode = new LinkedHashMap<>();

    private UnitTree(Collection<Unit> units) {
        units.forEach(u -> byCode.put(u.code(), u));
        units.forEach(this::checkParent);
    }

    public static UnitTree of(Collection<Unit> units) {
        return new UnitTree(units);
    }

    private void checkParent(Unit unit) {
        if (unit.parentCode() != null && !byCode.containsKey(unit.parentCode())) {
            throw new IllegalArgumentException("Unit " + unit.code() + " names an unknown parent " + unit.parentCode());
        }
    }

    public Collection<Unit> all() {
        return java.util.Collections.unmodifiableCollection(byCode.values());
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Unit> childrenOf(String parentCode) {
        return byCode.values().stream()
                .filter(u -> parentCode.equals(u.parentCode()))
                .toList();
    }

    public List<Unit> childrenOf(String parentCode, Period period) {
        return childrenOf(parentCode).stream().filter(u -> u.isValidIn(period)).toList();
    }

    /** The unit and its ancestors, nearest first. */
    public List<Unit> lineage(String code) {
        List<Unit> lineage = new ArrayList<>();
        Unit current = byCode.get(code);
        while (current != null) {
            lineage.add(current);
            current = current.parentCode() == null ? null : byCode.get(current.parentCode());
        }
        return lineage;
    }

    public boolean isWithin(String code, String ancestorCode) {
        return lineage(code).stream().anyMatch(u -> u.code().equals(ancestorCode));
    }
}
