package vn.chiso766.app.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The largest file an import takes; the upload limits of the servlet container follow it (MultipartLimits). */
@ConfigurationProperties("chiso766.import")
public record ImportSettings(@DefaultValue("10MB") DataSize maxBytes) {}
