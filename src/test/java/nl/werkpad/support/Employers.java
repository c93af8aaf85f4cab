package nl.werkpad.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.NewAccount;
import nl.werkpad.access.Role;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A fresh employer for a test: an account with role WERKGEVER that acts for a new organisation. */
@Component
public class Employers {

    public static final String PASSWORD = "werkgever-wachtwoord";

    public record Employer(String username, UUID accountId, Organisation organisation) {
        public RequestPostProcessor basic() {
            return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
        }
    }

    private final Accounts accounts;
    private final Organisations organisations;

    public Employers(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    public Employer create(String name, String municipality) {
        String username = "werkgever-" + UUID.randomUUID().toString().substring(0, 8);
        UUID account = accounts.create(new NewAccount(username, name, PASSWORD, Set.of(Role.WERKGEVER), false)).id();
        Organisation organisation = organisations.register(new NewOrganisation(null, name, OrganisationKind.EMPLOYER, null,
                "C", null, List.of(new NewOrganisation.NewSite(null, municipality))), account);
        return new Employer(username, account, organisation);
    }
}
