package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import vn.chiso766.app.admin.NewUnit;
import vn.chiso766.app.admin.UnitEdit;
import vn.chiso766.app.admin.UnitMerge;

/** What the unit and merge forms ask the view to do. */
final class UnitFormEvents {

    private UnitFormEvents() {}

    static final class AddEvent extends ComponentEvent<UnitForm> {
        private final NewUnit request;

        AddEvent(UnitForm source, NewUnit request) {
            super(source, false);
            this.request = request;
        }

        NewUnit request() {
            return request;
        }
    }

    static final class EditEvent extends ComponentEvent<UnitForm> {
        private final UnitEdit request;

        EditEvent(UnitForm source, UnitEdit request) {
            super(source, false);
            this.request = request;
        }

        UnitEdit request() {
            return request;
        }
    }

    static final class MergeEvent extends ComponentEvent<MergeForm> {
        private final UnitMerge request;

        MergeEvent(MergeForm source, UnitMerge request) {
            super(source, false);
            this.request = request;
        }

        UnitMerge request() {
            return request;
        }
    }

    static final class CloseEvent extends ComponentEvent<Component> {
        CloseEvent(Component source) {
            super(source, false);
        }
    }
}
