package nl.werkpad.access.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class AccessNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forSignedIn(800, "nav.account", "/account"),
                NavigationItem.forRoles(900, "nav.accounts", "/beheer/accounts", "BEHEERDER"));
    }
}
