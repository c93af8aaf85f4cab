package nl.werkpad.vacancies.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.vacancies.JobPostingImports.PostingProblem;
import nl.werkpad.vacancies.formats.FeedPoller;
import nl.werkpad.vacancies.persistence.VacancyFeeds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's vacancy sources: the registered JobPosting feeds with their last run, registering a feed,
 * polling one now, and each feed's status page with its recent runs and what went wrong.
 */
@Controller
@RequestMapping("/beheer/vacaturebronnen")
@PreAuthorize("hasRole('BEHEERDER')")
class FeedPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final VacancyFeeds feeds;
    private final FeedPoller poller;

    FeedPages(VacancyFeeds feeds, FeedPoller poller) {
        this.feeds = feeds;
        this.poller = poller;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("feeds", feeds.overview());
        return "vacancies/feeds";
    }

    @PostMapping
    String register(
            @RequestParam(defaultValue = "") @Size(max = Limits.NAME) String name,
            @RequestParam(defaultValue = "") @Size(max = Limits.URL) String url,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        try {
            UUID id = poller.register(name, url, user);
            poller.poll(id);
            redirect.addFlashAttribute("registered", name.strip());
            return "redirect:/beheer/vacaturebronnen/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("error", e.rule());
            model.addAttribute("errorField", e.rule().contains("name") ? "name" : "url");
            model.addAttribute("name", name);
            model.addAttribute("url", url);
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("feed", feeds.byId(id).orElseThrow(() -> NotFound.of("feed", id)));
        var runs = feeds.runs(id, 20);
        model.addAttribute("runs", runs);
        model.addAttribute(
                "problems",
                runs.isEmpty() || runs.getFirst().problems() == null
                        ? List.of()
                        : JSON.readValue(runs.getFirst().problems(), new TypeReference<List<PostingProblem>>() {}));
        return "vacancies/feed";
    }

    @PostMapping("/{id}/ophalen")
    String pollNow(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean groeiAanvaarden,
            RedirectAttributes redirect) {
        feeds.byId(id).orElseThrow(() -> NotFound.of("feed", id));
        redirect.addFlashAttribute("polled", poller.poll(id, groeiAanvaarden).outcome());
        return "redirect:/beheer/vacaturebronnen/" + id;
    }

    @PostMapping("/{id}/actief")
    String activate(@PathVariable UUID id, @RequestParam boolean actief) {
        feeds.byId(id).orElseThrow(() -> NotFound.of("feed", id));
        feeds.setActive(id, actief);
        return "redirect:/beheer/vacaturebronnen/" + id;
    }
}
