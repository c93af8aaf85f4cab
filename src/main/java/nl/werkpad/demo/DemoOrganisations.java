package nl.werkpad.demo;

import java.util.List;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organisations the demo accounts act for: the employer {@code werkgever} and the training
 * provider {@code opleider}, both in Noord-Holland Noord. Fictitious names and KvK numbers.
 */
@Component
@Order(2)
class DemoOrganisations implements StartupTask {

    private final Accounts accounts;
    private final Organisations organisations;
    private final WerkpadProperties werkpad;

    DemoOrganisations(Accounts accounts, Organisations organisations, WerkpadProperties werkpad) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.werkpad = werkpad;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        if (!werkpad.isDemo()) {
            return;
        }
        seed(
                Role.WERKGEVER,
                new NewOrganisation(
                        "90000001",
                        "Metaalbewerking Kennemer Noord (demo)",
                        OrganisationKind.EMPLOYER,
                        null,
                        "C",
                        null,
                        List.of(
                                new NewOrganisation.NewSite("Werkplaats Alkmaar", "GM0361"),
                                new NewOrganisation.NewSite("Werf Den Helder", "GM0400"))));
        seed(
                Role.OPLEIDER,
                new NewOrganisation(
                        "90000002",
                        "Techniekcollege Noord (demo)",
                        OrganisationKind.SCHOOL,
                        "MBO",
                        "P",
                        null,
                        List.of(new NewOrganisation.NewSite("Campus Alkmaar", "GM0361"))));
    }

    private void seed(Role role, NewOrganisation organisation) {
        accounts.byUsername(role.demoUsername()).ifPresent(account -> {
            if (organisations.byKvkNumber(organisation.kvkNumber()).isEmpty()) {
                organisations.register(organisation, account.id());
            }
        });
    }
}
