package vn.chiso766.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Failed sign-ins allowed per user name and per address within the window before attempts are refused. */
@ConfigurationProperties("chiso766.security.throttle")
public record ThrottleSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("5m") Duration window) {}
