package nl.werkpad.web.layout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of the shell itself: the home page for every kind of visitor and the about page. */
@Controller
class ShellController {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    @GetMapping("/over")
    String about() {
        return "web/about";
    }
}
