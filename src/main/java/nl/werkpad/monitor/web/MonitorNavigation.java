package nl.werkpad.monitor.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class MonitorNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(NavigationItem.forEveryone(70, "nav.monitor", "/monitor"));
    }
}
