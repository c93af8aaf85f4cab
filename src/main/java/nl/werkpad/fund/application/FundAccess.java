package nl.werkpad.fund.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonNotFound;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Processing;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.privacy.Purpose;
import org.springframework.stereotype.Component;

/**
 * Who may see or act on a person's development account: the person, their advisor (with consent), their
 * employer for vouchers (with consent), and fund managers to read. Others get "not found", so ids cannot be probed.
 */
@Component
class FundAccess {

    enum Relation {
        SELF,
        ADVISOR,
        EMPLOYER,
        FUND_MANAGER
    }

    private final Passports passports;
    private final Consents consents;
    private final Organisations organisations;
    private final ProcessingLog log;

    FundAccess(Passports passports, Consents consents, Organisations organisations, ProcessingLog log) {
        this.passports = passports;
        this.consents = consents;
        this.organisations = organisations;
        this.log = log;
    }

    /** How the actor relates to the person, for reading (fund managers included); logs reads by others. */
    Relation toRead(UUID person, SignedInUser actor, String data) {
        Relation relation = relation(person, actor, null, true);
        if (relation != Relation.SELF) {
            log.record(new Processing(
                    actor.accountId(), actor.displayName(), person, Processing.Action.READ, data, "ontwikkelfonds"));
        }
        return relation;
    }

    /** How the actor relates to the person, for asking a voucher (optionally as the named employer). */
    Relation toAct(UUID person, SignedInUser actor, UUID employer) {
        return relation(person, actor, employer, false);
    }

    private Relation relation(UUID person, SignedInUser actor, UUID employer, boolean reading) {
        if (employer == null
                && passports.ownPersonId(actor).filter(person::equals).isPresent()) {
            return Relation.SELF;
        }
        if (employer == null && actor.has(Role.ADVISEUR) && consents.has(person, Purpose.ADVISOR, actor.accountId())) {
            return Relation.ADVISOR;
        }
        if (employer != null
                && actor.has(Role.WERKGEVER)
                && organisations.isMember(actor.accountId(), employer)
                && consents.has(person, Purpose.EMPLOYER_VOUCHERS, employer)) {
            return Relation.EMPLOYER;
        }
        if (reading && (actor.has(Role.FONDSBEHEERDER) || actor.has(Role.BEHEERDER))) {
            return Relation.FUND_MANAGER;
        }
        throw PersonNotFound.byId(person);
    }

    Optional<UUID> ownPerson(SignedInUser actor) {
        return passports.ownPersonId(actor);
    }

    String organisationName(UUID organisation) {
        return organisations.byId(organisation).map(Organisation::name).orElse("?");
    }

    boolean isEmployer(UUID organisation) {
        return organisations
                .byId(organisation)
                .filter(o -> o.kind() == OrganisationKind.EMPLOYER)
                .isPresent();
    }

    boolean managesFund(SignedInUser actor) {
        return actor.has(Role.FONDSBEHEERDER) || actor.has(Role.BEHEERDER);
    }

    List<UUID> organisationsOf(SignedInUser actor) {
        return organisations.idsOf(actor.accountId());
    }
}
