package vn.chiso766.app.api;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chiso766.app.security.AccessGuard;

@RestController
@RequestMapping("/api/v1/units")
class UnitsApi {

    private final AccessGuard access;

    UnitsApi(AccessGuard access) {
        this.access = access;
    }

    /** The units the signed-in user may see, by code. */
    @GetMapping
    List<UnitJson> list() {
        return access.visibleUnits().stream()
                .map(UnitJson::of)
                .sorted(Comparator.comparing(UnitJson::code))
                .toList();
    }
}
