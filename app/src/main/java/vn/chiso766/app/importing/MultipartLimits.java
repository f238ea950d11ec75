package vn.chiso766.app.importing;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Upload limits derived from {@code chiso766.import.max-bytes}, so that changing the import limit cannot leave the
 * container refusing (or accepting) a different size. The request may be a little larger than the file: the
 * multipart framing and the form's other fields.
 */
@Configuration
class MultipartLimits {

    static final DataSize FORM_OVERHEAD = DataSize.ofKilobytes(64);

    @Bean
    MultipartConfigElement multipartConfigElement(ImportSettings settings) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(settings.maxBytes());
        factory.setMaxRequestSize(DataSize.ofBytes(settings.maxBytes().toBytes() + FORM_OVERHEAD.toBytes()));
        return factory.createMultipartConfig();
    }
}
