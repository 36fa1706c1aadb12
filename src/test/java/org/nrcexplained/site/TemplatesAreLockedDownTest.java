package org.nrcexplained.site;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates are presentation, not programs: FreeMarker's {@code ?new} (which can construct any
 * Java class, e.g. one that runs shell commands) and {@code ?api} are refused, and a template
 * error never leaves its error text in a page.
 */
class TemplatesAreLockedDownTest {

    private static final String TERM_TEMPLATE = "templates/term.ftl";

    @Test
    void aTemplateThatConstructsExecuteWithNewFailsTheBake() {
        Fixture fixture = Fixture.create("template-new");
        fixture.edit(TERM_TEMPLATE, "<#assign lang = content.lang>",
            "<#assign lang = content.lang><#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch pwned\")}");
        Bake.Result result = fixture.bake();
        assertTrue(result.failed(), "a template used ?new and the bake went on");
        assertTrue(result.messages().contains("templates/term.ftl:"), result::messages);
        assertFalse(Files.exists(fixture.root().resolve("pwned")), "the template ran a shell command");
        assertFalse(Files.exists(result.output().resolve("terms/nrc.html")), "the failed page was written");
        assertTrue(Files.exists(result.output().resolve("actors/nato.html")), "pages without the error should still be written");
    }

    @Test
    void aTemplateThatReachesTheJavaApiFailsTheBake() {
        Fixture fixture = Fixture.create("template-api");
        fixture.edit(TERM_TEMPLATE, "<#assign lang = content.lang>", "<#assign lang = content.lang>${content.title?api.getClass().getName()}");
        Bake.Result result = fixture.bake();
        assertTrue(result.failed(), "a template used ?api and the bake went on");
        assertTrue(result.messages().contains("templates/term.ftl:"), result::messages);
    }

    @Test
    void aTemplateErrorWritesNoErrorTextIntoAnyPage() throws Exception {
        Fixture fixture = Fixture.create("template-error");
        fixture.edit(TERM_TEMPLATE, "<h1>${content.title}</h1>", "<h1>${content.no_such_field}</h1>");
        Bake.Result result = fixture.bake();
        assertTrue(result.failed(), "a template error should fail the bake");
        assertTrue(result.messages().lines().anyMatch(l -> l.startsWith("templates/term.ftl:")), result::messages);
        assertFalse(result.messages().contains("\tat "), () -> "a stack trace in the report:\n" + result.messages());
        assertFalse(Files.exists(result.output().resolve("terms/nrc.html")), "the page that failed was written");
        try (var pages = Files.walk(result.output())) {
            for (var page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertFalse(html.contains("FreeMarker") || html.contains("Exception"), () -> page + " carries error text");
            }
        }
    }
}
