package nl.werkpad.trajectories;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.Limits;

/**
 * Staff exchange: an employer offers people at risk (with their permission, through their passport) or a planned
 * surplus in an occupation; another asks for a shortage; Werkpad proposes pairs on skills and distance; both
 * sides agree terms (lending for a period, or transfer) and the exchange is followed to its end. An employer
 * sees only its own offers, requests and agreements.
 */
public interface StaffExchange {

    Offer offer(NewOffer offer, SignedInUser actor);

    Request request(NewRequest request, SignedInUser actor);

    List<Offer> offers(SignedInUser actor);

    List<Request> requests(SignedInUser actor);

    List<Proposal> proposals(UUID offer, SignedInUser actor);

    Agreement propose(NewAgreement agreement, SignedInUser actor);

    Agreement answer(UUID agreement, boolean accept, SignedInUser actor);

    Agreement end(UUID agreement, LocalDate on, SignedInUser actor);

    List<Agreement> agreements(SignedInUser actor);

    /** The exchanges among a campus's member companies, for the campus and policy makers. */
    List<Agreement> amongCampusMembers(UUID campus, SignedInUser viewer);

    /** The exchanges between companies of one sector (SBI section), for policy makers and the sector's companies. */
    List<Agreement> withinSector(String section, SignedInUser viewer);

    record NewOffer(
            UUID employer,
            UUID person,
            @Size(max = Limits.CODE) String occupation,
            Integer people,
            @Size(max = Limits.CODE) String municipality,
            LocalDate availableOn,
            @Size(max = Limits.NOTE) String note) {}

    record NewRequest(
            UUID employer,
            @Size(max = Limits.CODE) String occupation,
            Integer people,
            @Size(max = Limits.CODE) String municipality,
            LocalDate neededOn,
            @Size(max = Limits.NOTE) String note) {}

    enum Kind {
        LEND,
        TRANSFER
    }

    record NewAgreement(
            UUID offer, UUID request, Kind kind, LocalDate startsOn, LocalDate endsOn, Integer hours, Integer people) {}

    record Offer(
            UUID id,
            UUID employer,
            String employerName,
            boolean person,
            String occupation,
            String occupationLabel,
            int people,
            String municipality,
            LocalDate availableOn,
            String note,
            boolean open) {}

    record Request(
            UUID id,
            UUID employer,
            String employerName,
            String occupation,
            String occupationLabel,
            int people,
            String municipality,
            LocalDate neededOn,
            String note,
            boolean open) {}

    record Proposal(Request request, int overlapPercent, int distanceKm) {}

    record Agreement(
            UUID id,
            Offer offer,
            Request request,
            Kind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            int hours,
            int people,
            ExchangeStatus status,
            UUID proposedBy,
            LocalDate endedOn) {}
}
