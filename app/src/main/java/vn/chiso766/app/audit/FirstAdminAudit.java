package vn.chiso766.app.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chiso766.app.audit.state.UserState;
import vn.chiso766.app.security.FirstAdminCreated;
import vn.chiso766.domain.access.Role;

/** Records the first administrator's creation, a change made by the system itself; no password. */
@Component
class FirstAdminAudit {

    private final AuditTrail trail;

    FirstAdminAudit(AuditTrail trail) {
        this.trail = trail;
    }

    // Synchronous on purpose: it runs inside the creating transaction, which the audit trail requires.
    @EventListener
    void on(FirstAdminCreated event) {
        UserState admin = new UserState(
                event.username(), event.displayName(), Role.ADMIN, null, true, event.mustChangePassword());
        trail.record(AuditEntry.created(admin, AuditSource.SYSTEM));
    }
}
