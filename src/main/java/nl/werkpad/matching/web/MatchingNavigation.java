package nl.werkpad.matching.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class MatchingNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forEveryone(40, "nav.tryMatch", "/matchen"),
                NavigationItem.forRoles(91, "nav.matches", "/mijn/matches", "INWONER"),
                NavigationItem.forRoles(92, "nav.routes", "/mijn/routes", "INWONER"),
                NavigationItem.forRoles(93, "nav.advisorPeople", "/adviseur/personen", "ADVISEUR"));
    }
}
