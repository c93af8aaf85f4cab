package nl.werkpad.regions.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class RegionsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(NavigationItem.forEveryone(300, "nav.regions", "/regios"));
    }
}
