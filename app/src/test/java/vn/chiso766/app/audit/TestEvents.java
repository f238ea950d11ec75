package vn.chiso766.app.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.app.security.AppUser;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.audit.AuditEventRepository;
import vn.chiso766.domain.access.Grant;
import vn.chiso766.domain.access.Role;

/**
 * Audit events recorded by a made-up officer with a unique name, through the real audit trail, and removed
 * afterwards, so that tests share the database without seeing each other's events.
 */
public final class TestEvents {

    private final AuditTrail trail;
    private final AuditEventRepository events;
    private final TransactionTemplate transactions;
    private final String actor;

    public TestEvents(AuditTrail trail, AuditEventRepository events, TransactionTemplate transactions) {
        this.trail = trail;
        this.events = events;
        this.transactions = transactions;
        this.actor = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String actor() {
        return actor;
    }

    /** Records the entries in one transaction, in order, as the unique actor. */
    public void record(AuditEntry... entries) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        AppUser user = new AppUser(actor, actor, "", new Grant(Role.OFFICER, "TNI.TPTN"), true, false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transactions.executeWithoutResult(status -> List.of(entries).forEach(trail::record));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Saves an event directly, for the times the clock cannot be made to give. */
    public void saveAt(java.time.Instant at, String unitCode) {
        transactions.executeWithoutResult(status -> events.save(new AuditEventEntity(
                at,
                actor,
                "UPDATE",
                "scoreCard",
                unitCode + "/2024-03",
                unitCode,
                "2024-03",
                null,
                "{}",
                "form",
                null,
                null)));
    }

    public void deleteAll() {
        transactions.executeWithoutResult(status ->
                events.deleteAllInBatch(events.findAll((root, query, cb) -> cb.equal(root.get("actor"), actor))));
    }
}
