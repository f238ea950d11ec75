package vn.chiso766.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedMariaDbAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(EmbeddedMariaDbAutoConfiguration.class, DataSourceAutoConfiguration.class));

    @TempDir(factory = UnderTargetTempDir.class)
    Path dataDir;

    @Test
    void an_empty_datasource_url_gets_a_pooled_datasource_on_embedded_mariadb_stopped_with_the_context() {
        AtomicReference<EmbeddedMariaDb> server = new AtomicReference<>();
        runner.withPropertyValues("spring.datasource.url=", "chiso766.embedded-db.data-dir=" + dataDir)
                .run(context -> {
                    server.set(context.getBean(EmbeddedMariaDb.class));
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    assertThat(context).hasSingleBean(DataSource.class);
                    assertThat(dataSource.getPoolName()).isEqualTo("chiso766-embedded-mariadb");
                    assertThat(dataSource.getMaximumPoolSize()).isEqualTo(10);
                    try (Connection connection = dataSource.getConnection()) {
                        assertThat(connection.getCatalog()).isEqualTo("chiso766");
                    }
                });
        assertThatIllegalStateException().isThrownBy(server.get()::port);
    }

    @Test
    void a_configured_datasource_url_leaves_the_datasource_to_boot() {
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/elsewhere")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class);
                    assertThat(context.getBean(HikariDataSource.class).getJdbcUrl())
                            .isEqualTo("jdbc:mariadb://127.0.0.1:3306/elsewhere");
                });
    }

    @Test
    void binds_a_relative_data_dir_against_the_working_directory_and_defaults_the_rest() {
        new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("chiso766.embedded-db.data-dir=target/test-mariadb/data")
                .run(context -> {
                    EmbeddedMariaDbProperties properties = context.getBean(EmbeddedMariaDbProperties.class);
                    assertThat(properties.port()).isZero();
                    assertThat(properties.database()).isEqualTo("chiso766");
                    assertThat(properties.newServer().dataDir())
                            .isEqualTo(Path.of("target", "test-mariadb", "data").toAbsolutePath());
                });
    }

    @EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
    static class PropertiesOnly {}
}
