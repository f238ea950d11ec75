package vn.chiso766.app.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.security.CurrentUser;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.audit.AuditEventRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.access.Grant;
import vn.chiso766.domain.access.Role;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitTree;

/**
 * Reads the audit trail for the admin (everything) and leaders (events of the units under their scope; events
 * without a unit, such as user changes, are the admin's only). The scope is applied in the query itself, so no
 * filter or page can reach beyond it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','LEADER')")
public class AuditQueryService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final UnitDirectory unitDirectory;
    private final UnitRepository units;

    AuditQueryService(
            AuditEventRepository events, CurrentUser currentUser, UnitDirectory unitDirectory, UnitRepository units) {
        this.events = events;
        this.currentUser = currentUser;
        this.unitDirectory = unitDirectory;
        this.units = units;
    }

    /** A page of events, newest first whatever the page's own sort; a slice, as the count is asked for apart. */
    public List<AuditEvent> list(AuditFilter filter, Pageable page) {
        PageRequest newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return events.findBy(specification(filter), q -> q.slice(newestFirst))
                .map(AuditEvent::of)
                .getContent();
    }

    public long count(AuditFilter filter) {
        return events.count(specification(filter));
    }

    /** The units whose events the user may read, parents before their children, for the unit filter. */
    public List<Unit> visibleUnits() {
        UnitTree tree = unitDirectory.tree();
        Grant grant = currentUser.grant();
        if (grant.role() != Role.ADMIN) {
            return subtree(tree, grant.scopeCode());
        }
        return units.findAllWithParents().stream()
                .filter(u -> u.getParent() == null)
                .map(UnitEntity::getCode)
                .sorted()
                .flatMap(root -> subtree(tree, root).stream())
                .toList();
    }

    private Specification<AuditEventEntity> specification(AuditFilter filter) {
        return unitRestriction(filter.unitCode())
                .and(AuditSpecifications.actor(filter.actor()))
                .and(AuditSpecifications.period(filter.period()))
                .and(AuditSpecifications.between(filter.from(), filter.to()));
    }

    /** The chosen unit and all under it, cut down to the leader's scope. */
    private Specification<AuditEventEntity> unitRestriction(@Nullable String unitCode) {
        UnitTree tree = unitDirectory.tree();
        Grant grant = currentUser.grant();
        Set<String> codes = unitCode == null ? null : codesUnder(tree, unitCode);
        if (grant.role() != Role.ADMIN) {
            Set<String> scope = codesUnder(tree, grant.scopeCode());
            codes = codes == null ? scope : intersection(codes, scope);
        }
        return codes == null ? Specification.unrestricted() : AuditSpecifications.unitIn(codes);
    }

    private static Set<String> codesUnder(UnitTree tree, String code) {
        Set<String> codes =
                subtree(tree, code).stream().map(Unit::code).collect(Collectors.toCollection(LinkedHashSet::new));
        // A code the tree does not know (the admin may type any code in the URL) still matches its own events.
        codes.add(code);
        return codes;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }

    /** The unit and its descendants, depth first. */
    private static List<Unit> subtree(UnitTree tree, String code) {
        List<Unit> found = new ArrayList<>();
        tree.find(code).ifPresent(unit -> collect(tree, unit, found));
        return found;
    }

    private static void collect(UnitTree tree, Unit unit, List<Unit> found) {
        found.add(unit);
        tree.childrenOf(unit.code()).forEach(child -> collect(tree, child, found));
    }
}
