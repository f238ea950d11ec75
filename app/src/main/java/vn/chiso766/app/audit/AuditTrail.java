package vn.chiso766.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.security.CurrentUser;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.audit.AuditEventRepository;

/**
 * Records who changed what, when and from where. It joins the caller's transaction, so a change and its audit
 * record are saved together or not at all.
 */
// No access rule of its own: it only records, inside the transaction of a service that has one (or of start-up).
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json;

    AuditTrail(AuditEventRepository events, CurrentUser currentUser, Clock clock, JsonMapper json) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json;
    }

    public void record(AuditEntry entry) {
        events.save(new AuditEventEntity(
                clock.instant(),
                currentUser.username(),
                entry.action(),
                entry.entityType(),
                entry.entityKey(),
                entry.unitCode(),
                entry.period(),
                toJson(entry.before()),
                toJson(entry.after()),
                entry.source().name(),
                entry.source().sha256(),
                remoteAddress()));
    }

    private @Nullable String toJson(@Nullable Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
