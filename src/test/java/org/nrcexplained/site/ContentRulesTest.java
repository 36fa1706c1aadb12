package org.nrcexplained.site;

import org.junit.jupiter.api.Test;
import org.nrcexplained.site.check.ContentCheck;
import org.nrcexplained.site.check.Mistake;
import org.nrcexplained.site.check.Report;
import org.nrcexplained.site.content.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content check (src/main: ContentCheck, what the bake runs first) on the real content folder, and on the fixture with one
 * mistake each that JBake itself would not report (it skips the file or makes a silent draft).
 */
class ContentRulesTest {

    private static final String ACTOR = "content/actors/nato.md";
    private static final String TERM = "content/terms/nrc.md";
    private static final String PAGE = "content/key-points.md";

    /** The editors' own files: any problem fails `mvn verify`, one message per problem. */
    @Test
    void theRealContentFolderFollowsTheRules() {
        List<Mistake> problems = ContentCheck.run(Site.read(Bake.PROJECT));
        assertTrue(problems.isEmpty(), () -> Report.of(problems, 0));
    }

    @Test
    void theValidFixtureHasNoProblems() {
        List<Mistake> problems = ContentCheck.run(Site.read(Fixture.create("lint-valid").root()));
        assertTrue(problems.isEmpty(), () -> Report.of(problems, 0));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            mistake("a file with no header", "content/terms/veto.md", "header", "has no header",
                f -> f.write("content/terms/veto.md", "The veto is a right to block a decision.\n")),
            mistake("a header whose end line is not six tildes", ACTOR, "header", "exactly six tildes",
                f -> f.edit(ACTOR, "~~~~~~", "~~~~")),
            mistake("YAML front matter instead of a JBake header", "content/terms/veto.md", "header", "YAML front matter",
                f -> f.write("content/terms/veto.md", "---\ntitle: Veto\ntype: term\n---\nThe veto.\n")),
            mistake("an unknown type", ACTOR, "type", "'person' is not a type of this site",
                f -> f.edit(ACTOR, "type=actor", "type=person")),
            mistake("a missing type", ACTOR, "type", "is missing",
                f -> f.edit(ACTOR, "type=actor\n", "")),
            mistake("a missing status", ACTOR, "status", "silently make the file a draft",
                f -> f.edit(ACTOR, "status=published\n", "")),
            mistake("a status that is neither published nor draft", ACTOR, "status", "must be published or draft",
                f -> f.edit(ACTOR, "status=published", "status=Published")),
            mistake("a value broken over two lines", ACTOR, "header", "is not a field=value line",
                f -> f.edit(ACTOR, "summary=The alliance.", "summary=The\nalliance.")),
            mistake("a field written twice", ACTOR, "kind", "written twice",
                f -> f.edit(ACTOR, "kind=organisation", "kind=organisation\nkind=state")),
            mistake("a file that is not valid UTF-8", ACTOR, "file", "not valid UTF-8",
                f -> writeBytes(f, ACTOR, f.read(ACTOR).replace("Brussels", "Br\u00fcssel"), "windows-1252")),
            mistake("a byte-order mark", ACTOR, "file", "byte-order mark",
                f -> f.write(ACTOR, "\uFEFF" + f.read(ACTOR))),
            mistake("two files with the same key in one language", "content/actors/nato2.md", "key", "must be the file content/actors/nato.md",
                f -> f.write("content/actors/nato2.md", f.read(ACTOR))),
            mistake("a link to a file path", PAGE, "body", "links to '../nope.html'",
                f -> f.edit(PAGE, "See [NATO]", "See [x](../nope.html) and [NATO]")),
            mistake("a link to an anchor on the same page", PAGE, "body", "links to '#nope'",
                f -> f.edit(PAGE, "See [NATO]", "See [x](#nope) and [NATO]")),
            mistake("a link to an anchor inside another page", PAGE, "body", "cannot point inside a page",
                f -> f.edit(PAGE, "See [NATO]", "See [x](page:key-points#nope) and [NATO]")),
            mistake("a link to a page that does not exist", PAGE, "body", "no page with key=nope",
                f -> f.edit(PAGE, "See [NATO]", "See [x](page:nope) and [NATO]")),
            mistake("a link to an unknown event", PAGE, "body", "no event with key=1999-01-01-nothing",
                f -> f.edit(PAGE, "(event:2022-01-12-nrc-meeting)", "(event:1999-01-01-nothing)")),
            mistake("a reference-style link to a web page", PAGE, "body", "links to 'https://www.nato.int/'",
                f -> f.edit(PAGE, "See [NATO]", "See [x][1] and [NATO]").write(PAGE, f.read(PAGE) + "\n\n[1]: https://www.nato.int/\n")),
            mistake("a raw web address", PAGE, "body", "links to 'https://www.nato.int/'",
                f -> f.edit(PAGE, "See [NATO]", "See https://www.nato.int/ and [NATO]")),
            mistake("a non-Markdown file in content", "content/notes.txt", "file", "not a Markdown file",
                f -> f.write("content/notes.txt", "todo"))
        );
    }

    private static Arguments mistake(String name, String file, String field, String expected, UnaryOperator<Fixture> breakIt) {
        return Arguments.of(name, file, field, expected, breakIt);
    }

    private static Fixture writeBytes(Fixture f, String path, String text, String charset) {
        try {
            Files.write(f.root().resolve(path), text.getBytes(charset));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return f;
    }

    @ParameterizedTest(name = "{0} is reported, naming the file and field ''{2}''")
    @MethodSource("mistakes")
    void aMistakeIsReportedOnceNamingFileFieldAndWhatToDo(String name, String file, String field, String expected, UnaryOperator<Fixture> breakIt) {
        Fixture fixture = breakIt.apply(Fixture.create("lint-" + name.replaceAll("[^a-z]+", "-")));
        List<Mistake> problems = ContentCheck.run(Site.read(fixture.root()));
        assertEquals(1, problems.size(), () -> name + ": expected exactly one mistake:\n" + Report.of(problems, 0));
        Mistake p = problems.get(0);
        assertEquals(file, p.path(), () -> name + ": wrong file in " + p);
        assertEquals(field, p.field(), () -> name + ": wrong field in " + p);
        assertTrue(p.message().contains(expected), () -> name + ": the message should say '" + expected + "': " + p);
        assertTrue(p.message().length() > 40, () -> name + ": the message should say what to do: " + p);
    }

    /** JBake alone would skip both files with a log line; the bake's check stops on them. */
    @Test
    void aHeaderlessFileAndAnUnknownTypeStopTheBakeInsteadOfBeingSkipped() {
        Fixture fixture = Fixture.create("lint-jbake-skips")
            .write("content/terms/veto.md", "---\ntitle: Veto\n---\nThe veto.\n")
            .write("content/notes.md", "title=Notes\ntype=pgae\nstatus=published\nlang=en\nkey=notes\n~~~~~~\nNotes.\n");
        Bake.Result result = fixture.bake();
        assertTrue(result.failed(), "the bake should stop");
        assertTrue(result.messages().contains("content/terms/veto.md:1: field 'header'"), result::messages);
        assertTrue(result.messages().contains("content/notes.md:2: field 'type'"), result::messages);
        assertFalse(Files.exists(result.output().resolve("index.html")), "a page was written although the bake stopped");
        assertEquals(2, ContentCheck.run(Site.read(fixture.root())).size(), "the check reports both, once each");
    }
}
