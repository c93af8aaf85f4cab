package nl.werkpad.access.web;

import nl.werkpad.access.security.AccessProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The log-in page (local and/or OpenID Connect) and the log-out confirmation (log-out is a POST). */
@Controller
class LoginPages {

    private final AccessProperties properties;

    LoginPages(AccessProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("localAccounts", properties.localAccounts());
        model.addAttribute("oidc", properties.oidc().enabled());
        return "access/login";
    }

    @GetMapping("/logout")
    String logout() {
        return "access/logout";
    }
}
