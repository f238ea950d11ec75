package vn.chiso766.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.period.Period;

class VietnameseTextTest {

    @Test
    void scores_have_a_decimal_comma_and_changes_a_true_minus_sign() {
        assertThat(VietnameseText.score(new BigDecimal("84.10"))).isEqualTo("84,1");
        assertThat(VietnameseText.score(new BigDecimal("84.12"))).isEqualTo("84,12");
        assertThat(VietnameseText.figure(new BigDecimal("18.00"))).isEqualTo("18");
        assertThat(VietnameseText.figure(new BigDecimal("96.21"))).isEqualTo("96,21");
        assertThat(VietnameseText.signed(new BigDecimal("-1.50"))).isEqualTo("−1,5");
        assertThat(VietnameseText.signed(new BigDecimal("0.40"))).isEqualTo("+0,4");
        assertThat(VietnameseText.percent(new BigDecimal("0.9261"))).isEqualTo("93 %");
    }

    @Test
    void periods_read_as_on_screen() {
        assertThat(VietnameseText.period(Period.parse("2024-02"))).isEqualTo("Tháng 02/2024");
        assertThat(VietnameseText.period(Period.parse("2024-Q3"))).isEqualTo("Quý III/2024");
        assertThat(VietnameseText.period(Period.parse("2024"))).isEqualTo("Năm 2024");
    }

    @Test
    void a_unit_kind_is_lower_case_inside_a_sentence_and_left_out_of_a_place() {
        assertThat(VietnameseText.inSentence("Phường Ninh Sơn")).isEqualTo("phường Ninh Sơn");
        assertThat(VietnameseText.inSentence("Xã Thạnh Tân")).isEqualTo("xã Thạnh Tân");
        assertThat(VietnameseText.inSentence("Thành phố Tây Ninh")).isEqualTo("thành phố Tây Ninh");
        assertThat(VietnameseText.inSentence("Ban Quản lý")).isEqualTo("Ban Quản lý");
        assertThat(VietnameseText.withoutKind("Thành phố Tây Ninh")).isEqualTo("Tây Ninh");
    }

    @Test
    void file_names_are_slugs_with_and_without_diacritics() {
        assertThat(VietnameseText.asciiSlug("Bản đồ nhiệt Thành phố Tây Ninh 2024-02"))
                .isEqualTo("ban-do-nhiet-thanh-pho-tay-ninh-2024-02");
        assertThat(VietnameseText.asciiSlug("Đặc khu Phú Quốc")).isEqualTo("dac-khu-phu-quoc");
        assertThat(VietnameseText.slug("Tổng hợp Thành phố Tây Ninh 2024-02"))
                .isEqualTo("tổng-hợp-thành-phố-tây-ninh-2024-02");
    }
}
