package nl.werkpad.taxonomy.web;

import java.util.List;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** For the administrator: which ESCO is loaded, how much of it is in Dutch, and how to import the official Dutch package. */
@Controller
class TaxonomyAdministration implements NavigationContributor {

    private final Taxonomy taxonomy;

    TaxonomyAdministration(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(NavigationItem.forRoles(920, "nav.taxonomyAdmin", "/beheer/taxonomie", "BEHEERDER"));
    }

    // on the page, not the class: the navigation is asked of every contributor on every page, by anyone
    @GetMapping("/beheer/taxonomie")
    @PreAuthorize("hasRole('BEHEERDER')")
    String page(Model model) {
        model.addAttribute("info", taxonomy.info());
        model.addAttribute("dutch", taxonomy.languageCoverage("nl"));
        return "taxonomy/admin";
    }
}
