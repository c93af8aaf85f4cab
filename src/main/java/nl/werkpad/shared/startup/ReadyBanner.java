package nl.werkpad.shared.startup;

import java.io.PrintStream;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person at the console where to open Werkpad and how to log in. */
@Component
class ReadyBanner {

    private final ObjectProvider<StartupNote> notes;

    ReadyBanner(ObjectProvider<StartupNote> notes) {
        this.notes = notes;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        List<String> lines =
                notes.orderedStream().flatMap(note -> note.lines().stream()).toList();
        PrintStream out = System.out;
        out.println();
        out.println("==================================================================");
        out.println(" Werkpad is klaar / Werkpad is ready");
        out.println(" Open: http://localhost:" + port + "/");
        lines.forEach(line -> out.println(" " + line));
        out.println("==================================================================");
        out.println();
    }
}
