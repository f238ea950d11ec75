package vn.chiso766.app.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.admin.AdminTestData;
import vn.chiso766.app.admin.NewUnit;
import vn.chiso766.app.admin.UnitAdminService;
import vn.chiso766.app.admin.UnitRow;
import vn.chiso766.app.ui.login.LoginView;
import vn.chiso766.domain.unit.UnitKind;

@AppTest
@WithUserDetails("admin")
@ViewPackages(classes = {UnitsView.class, LoginView.class})
class UnitsViewTest extends SpringBrowserlessTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);

    @Autowired
    UnitAdminService service;

    @Autowired
    ApplicationContext context;

    private AdminTestData data;
    private String province;

    @BeforeEach
    void createProvinceWithTwoCommunes() {
        data = AdminTestData.of(context);
        province = AdminTestData.uniquePrefix().toUpperCase();
        service.add(new NewUnit(null, province, "Tỉnh thử nghiệm", UnitKind.PROVINCE, START, null));
        service.add(new NewUnit(province, province + ".A", "Xã A", UnitKind.COMMUNE, START, null));
        service.add(new NewUnit(province, province + ".B", "Xã B", UnitKind.COMMUNE, START, null));
    }

    @AfterEach
    void removeTestUnits() {
        data.removeUnits(province);
    }

    private UnitsView open() {
        return navigate(UnitsView.class);
    }

    private UnitRow row(UnitsView view, String code) {
        return view.tree().rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void fillMerge(String code, String name, LocalDate date) {
        test($(TextField.class).id("merge-code")).setValue(code);
        test($(TextField.class).id("merge-name")).setValue(name);
        test($(DatePicker.class).id("merge-date")).setValue(date);
        test($(Button.class).id("merge-submit")).click();
    }

    @Test
    void the_admin_merges_two_communes_through_the_view() {
        UnitsView view = open();
        view.tree().select(row(view, province + ".A"), row(view, province + ".B"));
        test($(Button.class).id("unit-merge")).click();
        assertThat($(Paragraph.class).id("merge-units").getText()).isEqualTo("Sáp nhập 2 đơn vị: Xã A, Xã B");
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = $(Select.class).id("merge-kind");
        assertThat(kind.getValue()).isEqualTo(UnitKind.COMMUNE);

        fillMerge(province + ".AB", "Xã AB", LocalDate.of(2025, 7, 1));

        UnitRow merged = row(view, province + ".AB");
        assertThat(merged.parentCode()).isEqualTo(province);
        assertThat(merged.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(view.tree().isShown(province + ".AB")).isTrue();
        assertThat(row(view, province + ".A").successorCode()).isEqualTo(province + ".AB");
        assertThat(row(view, province + ".B").validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void a_refused_merge_is_explained_with_the_date_as_people_write_it() {
        UnitsView view = open();
        view.tree().select(row(view, province + ".A"), row(view, province + ".B"));
        test($(Button.class).id("unit-merge")).click();

        fillMerge(province + ".AB", "Xã AB", START);

        assertThat($(Paragraph.class).id("merge-form-error").getText())
                .isEqualTo("Ngày sáp nhập phải sau ngày bắt đầu hiệu lực của mọi đơn vị bị sáp nhập:"
                        + " Xã A có hiệu lực từ 01/01/2000.");
        assertThat(view.tree().rows()).extracting(UnitRow::code).doesNotContain(province + ".AB");
    }

    @Test
    void the_admin_adds_a_unit_under_the_chosen_parent() {
        UnitsView view = open();
        view.tree().select(row(view, province));
        test($(Button.class).id("unit-add")).click();
        test($(TextField.class).id("unit-code")).setValue(province + ".C");
        test($(TextField.class).id("unit-name")).setValue("Đặc khu C");
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = $(Select.class).id("unit-kind");
        test(kind).selectItem("Đặc khu");
        test($(DatePicker.class).id("unit-valid-from")).setValue(LocalDate.of(2025, 7, 1));
        test($(Button.class).id("unit-save")).click();

        UnitRow added = row(view, province + ".C");
        assertThat(added.parentCode()).isEqualTo(province);
        assertThat(added.kind()).isEqualTo(UnitKind.SPECIAL_ZONE);
        assertThat(view.tree().isShown(province + ".C")).isTrue();
    }

    @Test
    void the_admin_renames_a_unit() {
        UnitsView view = open();
        view.tree().select(row(view, province + ".A"));
        test($(Button.class).id("unit-edit")).click();
        test($(TextField.class).id("unit-name")).setValue("Xã A mới");
        test($(Button.class).id("unit-save")).click();

        assertThat(row(view, province + ".A").name()).isEqualTo("Xã A mới");
    }
}
