package nl.werkpad.trajectories.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class TrajectoryNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forRoles(406, "nav.myTrajectory", "/mijn/traject", "INWONER"),
                NavigationItem.forRoles(478, "nav.caseload", "/adviseur/caseload", "ADVISEUR"),
                NavigationItem.forRoles(479, "nav.intakeQueue", "/adviseur/loket", "ADVISEUR"),
                NavigationItem.forRoles(236, "nav.staffExchange", "/werkgever/personeelsuitwisseling", "WERKGEVER"));
    }
}
