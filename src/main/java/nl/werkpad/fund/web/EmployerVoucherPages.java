package nl.werkpad.fund.web;

import java.util.Optional;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingOffers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mkb-route: an employer sees the employees who let it ask for vouchers, picks a training in its region for
 * one of them and goes to the split; below, the vouchers it asked for.
 */
@Controller
@PreAuthorize("hasRole('WERKGEVER')")
class EmployerVoucherPages {

    private final Fund fund;
    private final TrainingOffers offers;
    private final Organisations organisations;
    private final Regions regions;

    EmployerVoucherPages(Fund fund, TrainingOffers offers, Organisations organisations, Regions regions) {
        this.fund = fund;
        this.offers = offers;
        this.organisations = organisations;
        this.regions = regions;
    }

    @GetMapping("/werkgever/vouchers")
    String page(Model model, SignedInUser user) {
        model.addAttribute("employees", fund.employees(user));
        String region = organisations
                .homeMunicipality(user.accountId())
                .flatMap(regions::municipality)
                .map(m -> m.labourMarketRegion().code())
                .orElse(null);
        model.addAttribute(
                "offers",
                offers.search(
                        new OfferFilter(null, region, null, null, null, OfferStatus.PUBLISHED, 50, 0),
                        Optional.empty()));
        var own = organisations.of(user.accountId());
        model.addAttribute(
                "vouchers",
                own.stream()
                        .flatMap(o -> fund.vouchers(new VoucherFilter(null, null, null, null, 500), user).stream()
                                .filter(v -> o.id().equals(v.employer())))
                        .toList());
        return "fund/employer-vouchers";
    }
}
