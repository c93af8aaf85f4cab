package nl.werkpad.passport.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class PassportNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(NavigationItem.forRoles(90, "nav.passport", "/paspoort", "INWONER"));
    }
}
