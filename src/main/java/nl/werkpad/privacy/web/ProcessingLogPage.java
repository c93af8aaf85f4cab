package nl.werkpad.privacy.web;

import java.util.List;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's view of the processing log: the newest processings of personal data. */
@Controller
class ProcessingLogPage implements NavigationContributor {

    private final ProcessingLog log;

    ProcessingLogPage(ProcessingLog log) {
        this.log = log;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(NavigationItem.forRoles(910, "nav.processingLog", "/beheer/verwerkingen", "BEHEERDER"));
    }

    @GetMapping("/beheer/verwerkingen")
    @PreAuthorize("hasRole('BEHEERDER')")
    String recent(Model model) {
        model.addAttribute("entries", log.recent(200));
        return "privacy/processing-log";
    }
}
