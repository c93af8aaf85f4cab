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

/** Fresh organisations for a test, each with an account (WERKGEVER or OPLEIDER) that acts for it. */
@Component
public class TestOrganisations {

    public static final String PASSWORD = "test-wachtwoord-123";

    public record Member(String username, UUID accountId, Organisation organisation) {
        public RequestPostProcessor basic() {
            return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
        }
    }

    private final Accounts accounts;
    private final Organisations organisations;

    public TestOrganisations(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    public Member employer(String name, String municipality) {
        return create(name, municipality, Role.WERKGEVER, OrganisationKind.EMPLOYER, null, "C");
    }

    public Member provider(String name, String municipality) {
        return create(name, municipality, Role.OPLEIDER, OrganisationKind.SCHOOL, "MBO", "P");
    }

    private Member create(
            String name, String municipality, Role role, OrganisationKind kind, String level, String sector) {
        String username =
                role.demoUsername() + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID account = accounts.create(new NewAccount(username, name, PASSWORD, Set.of(role), false))
                .id();
        Organisation organisation = organisations.register(
                new NewOrganisation(
                        null,
                        name,
                        kind,
                        level,
                        sector,
                        null,
                        List.of(new NewOrganisation.NewSite(null, municipality))),
                account);
        return new Member(username, account, organisation);
    }
}
