package nl.werkpad.fund.web;

import java.util.List;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class FundNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forRoles(405, "nav.developmentAccount", "/mijn/ontwikkelrekening", "INWONER"),
                NavigationItem.forRoles(115, "nav.providerVouchers", "/opleider/vouchers", "OPLEIDER"),
                NavigationItem.forRoles(235, "nav.employerVouchers", "/werkgever/vouchers", "WERKGEVER"),
                NavigationItem.forRoles(700, "nav.fund", "/fonds", "FONDSBEHEERDER", "BEHEERDER"));
    }
}
