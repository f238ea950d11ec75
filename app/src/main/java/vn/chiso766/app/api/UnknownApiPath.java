package vn.chiso766.app.api;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under /api answers a JSON 404: without this, Vaadin's servlet would serve its HTML page (and a
 * session cookie) to a script that mistyped a URL.
 */
@RestController
class UnknownApiPath {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException("No such API resource");
    }
}
