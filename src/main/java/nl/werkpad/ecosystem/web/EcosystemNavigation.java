package nl.werkpad.ecosystem.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class EcosystemNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forEveryone(60, "nav.ecosystem", "/ecosysteem"),
                NavigationItem.forEveryone(61, "nav.agenda", "/ecosysteem/actieagenda"),
                NavigationItem.forRoles(62, "nav.coalitions", "/ecosysteem/coalities", "BELEID", "BEHEERDER"));
    }
}
