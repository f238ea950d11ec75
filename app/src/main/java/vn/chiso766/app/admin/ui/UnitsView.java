package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.chiso766.app.admin.UnitAdminService;
import vn.chiso766.app.admin.UnitRow;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.ui.Refusals;

/** The administrator's unit tree: add a unit, rename and re-date one, merge several into a new one. */
@Route("admin/units")
@RolesAllowed("ADMIN")
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final UnitAdminService service;
    private final UnitTreeGrid tree = new UnitTreeGrid();
    private final UnitForm unitForm = new UnitForm();
    private final MergeForm mergeForm = new MergeForm();

    public UnitsView(UnitAdminService service, AuthenticationContext authentication) {
        this.service = service;
        setSizeFull();
        HorizontalLayout content = new HorizontalLayout(tree, unitForm, mergeForm);
        content.setSizeFull();
        content.setFlexGrow(2, tree);
        content.setFlexGrow(1, unitForm, mergeForm);
        add(new AdminHeader("admin.units.pageTitle", authentication), createToolbar(), content);
        configureForms();
        tree.show(service.list());
        closeForms();
    }

    private HorizontalLayout createToolbar() {
        Button add = new Button(getTranslation("admin.unit.add"), e -> openAdd());
        add.setId("unit-add");
        Button edit = new Button(getTranslation("admin.unit.edit"), e -> openEdit());
        edit.setId("unit-edit");
        Button merge = new Button(getTranslation("admin.unit.merge"), e -> openMerge());
        merge.setId("unit-merge");
        return new HorizontalLayout(add, edit, merge);
    }

    private void configureForms() {
        unitForm.addAddListener(e -> run(unitForm::showError, () -> service.add(e.request()), this::saved));
        unitForm.addEditListener(e -> run(unitForm::showError, () -> service.edit(e.request()), this::saved));
        unitForm.addCloseListener(e -> closeForms());
        mergeForm.addMergeListener(e -> run(mergeForm::showError, () -> service.merge(e.request()), this::merged));
        mergeForm.addCloseListener(e -> closeForms());
    }

    private void openAdd() {
        List<UnitRow> selected = selected();
        closeForms();
        unitForm.add(service.list(), selected.size() == 1 ? selected.getFirst() : null);
        unitForm.setVisible(true);
    }

    private void openEdit() {
        List<UnitRow> selected = selected();
        if (selected.size() != 1) {
            Notification.show(getTranslation("admin.unit.selectOne"));
            return;
        }
        closeForms();
        unitForm.edit(selected.getFirst());
        unitForm.setVisible(true);
    }

    private void openMerge() {
        List<UnitRow> selected = selected();
        if (selected.size() < 2) {
            Notification.show(getTranslation("admin.unit.selectSeveral"));
            return;
        }
        closeForms();
        mergeForm.open(selected);
        mergeForm.setVisible(true);
    }

    private List<UnitRow> selected() {
        return tree.selected().stream()
                .sorted(Comparator.comparing(UnitRow::code))
                .toList();
    }

    private void saved(UnitRow unit) {
        Notification.show(getTranslation("admin.unit.saved", unit.code()));
        tree.show(service.list(), unit.code());
        closeForms();
    }

    private void merged(UnitRow unit) {
        Notification.show(getTranslation("admin.unit.merged", unit.name()));
        tree.show(service.list(), unit.code());
        closeForms();
    }

    private void closeForms() {
        unitForm.setVisible(false);
        mergeForm.setVisible(false);
    }

    /** Runs a service call and then its follow-up; a refusal is shown in the form that asked instead. */
    private <T> void run(Consumer<String> showError, Supplier<T> call, Consumer<T> then) {
        T result;
        try {
            result = call.get();
        } catch (TranslatableException refusal) {
            showError.accept(Refusals.message(this, refusal));
            return;
        }
        then.accept(result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.units.pageTitle") + " — " + getTranslation("app.title");
    }

    UnitTreeGrid tree() {
        return tree;
    }
}
