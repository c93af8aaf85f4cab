package nl.werkpad.vacancies.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

/** Kept apart from the controllers: their method security must not guard building the menu. */
@Component
class VacancyNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forEveryone(150, "nav.vacancies", "/vacatures"),
                NavigationItem.forRoles(100, "nav.employerVacancies", "/werkgever/vacatures", "WERKGEVER"),
                NavigationItem.forRoles(890, "nav.vacancySources", "/beheer/vacaturebronnen", "BEHEERDER"));
    }
}
