package vn.chiso766.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void states_are_indented_and_keep_their_decimals() {
        assertThat(AuditJson.pretty("{\"total\":84.10,\"groups\":{\"TTTT\":4.90}}"))
                .contains("\n")
                .contains("\"total\" : 84.10")
                .contains("\"TTTT\" : 4.90");
    }

    @Test
    void text_that_is_not_json_is_shown_as_it_is_and_nothing_as_nothing() {
        assertThat(AuditJson.pretty("not json {")).isEqualTo("not json {");
        assertThat(AuditJson.pretty(null)).isEmpty();
    }

    @Test
    void the_changed_fields_are_those_whose_values_differ() {
        assertThat(AuditJson.changedFields(
                        "{\"name\":\"A\",\"total\":80.00,\"status\":\"DRAFT\"}",
                        "{\"name\":\"A\",\"total\":81.00,\"status\":\"DRAFT\",\"note\":\"x\"}"))
                .containsExactly("total", "note");
    }

    @Test
    void a_creation_changes_every_field_and_a_deletion_too() {
        assertThat(AuditJson.changedFields(null, "{\"a\":1,\"b\":2}")).containsExactly("a", "b");
        assertThat(AuditJson.changedFields("{\"a\":1}", null)).containsExactly("a");
    }
}
