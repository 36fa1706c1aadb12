package org.nrcexplained.site;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The W3C Nu HTML Checker (the engine behind validator.w3.org/nu) finds no error on any page. */
class HtmlValidityTest {

    @Test
    void theNuHtmlCheckerReportsNoErrorsOnAnyPage() throws Exception {
        BakedSite site = BakedSite.get();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (String uri : site.pages().keySet()) {
            String report = validator.validate(site.output().resolve(uri));
            pages++;
            report.lines().filter(line -> line.contains(": error:") || line.contains(": fatal"))
                .forEach(line -> errors.add(uri + " " + line.substring(line.indexOf(':') + 1)));
        }
        int checked = pages;
        assertTrue(checked > 10, "too few pages were checked: " + checked);
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors in " + checked + " pages:\n" + String.join("\n", errors));
    }
}
