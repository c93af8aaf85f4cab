package nl.werkpad.web.layout;

import jakarta.servlet.http.HttpServletResponse;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.db.DatabaseRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages that ask for something that does not exist get the 404 page (the API advice comes first for the API). */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptions {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "error.notFound");
        return "web/error";
    }

    /** A constraint the database still enforces: the error page with 409 or 422, never a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String refusedByDatabase(DataIntegrityViolationException e, Model model, HttpServletResponse response) {
        int status = DatabaseRefusal.of(e).map(r -> r.status()).orElse(409);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", status == 409 ? "error.conflict" : "error.invalid");
        return "web/error";
    }
}
