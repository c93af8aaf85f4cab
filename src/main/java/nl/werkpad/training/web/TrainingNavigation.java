package nl.werkpad.training.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class TrainingNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forEveryone(160, "nav.training", "/opleidingen"),
                NavigationItem.forRoles(110, "nav.providerOffers", "/opleider/opleidingen", "OPLEIDER"));
    }
}
