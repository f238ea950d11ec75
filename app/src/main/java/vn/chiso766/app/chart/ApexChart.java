package vn.chiso766.app.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ApexCharts chart drawn by our element {@code <chiso-apex-chart>}. ApexCharts stays at 4.7.0: the 5.x line
 * is no longer MIT-licensed. The drawing is one image for assistive technology ({@code role="img"} with the
 * spec's accessible name); its numbers are in {@link ChartTable}, which {@link ChartPanel} puts beside it.
 *
 * <p>Changing the element's script or this package's npm version changes the frontend bundle: rebuild the committed
 * bundles as the README says.
 */
@Tag("chiso-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/chiso-apex-chart.ts")
public class ApexChart extends Component implements HasSize {

    private @Nullable ChartSpec spec;

    public ApexChart() {
        getElement().setAttribute("role", "img");
        setWidthFull();
    }

    public ApexChart(ChartSpec spec) {
        this();
        show(spec);
    }

    public void show(ChartSpec spec) {
        this.spec = spec;
        getElement().setPropertyJson("options", spec.options());
        getElement().setAttribute("aria-label", spec.accessibleName());
        sendLocale();
    }

    public Optional<ChartSpec> spec() {
        return Optional.ofNullable(spec);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        sendLocale();
    }

    /** The element formats every number with Intl.NumberFormat in this locale ("84,1" in Vietnamese). */
    private void sendLocale() {
        getElement().setProperty("locale", getLocale().toLanguageTag());
    }
}
