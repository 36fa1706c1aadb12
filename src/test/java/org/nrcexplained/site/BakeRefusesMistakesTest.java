package org.nrcexplained.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor's mistake stops the bake with a message naming the file and the field.
 * Each case breaks one thing in the valid fixture site.
 */
class BakeRefusesMistakesTest {

    private static final String ACTOR = "content/actors/nato.md";
    private static final String EVENT = "content/events/2022-01-12-nrc-meeting.md";
    private static final String TERM = "content/terms/nrc.md";
    private static final String PAGE = "content/key-points.md";
    private static final String SOURCES = "data/sources.yaml";
    private static final String PUBLISHER = "publisher: \"NATO\"";
    /** A second source for the fixture's data/sources.yaml: a NATO text of 2022, like fixture-source. */
    private static final String SECOND_SOURCE = "fixture-second:\n  publisher: \"NATO\"\n  title: \"Another fixture source\"\n"
        + "  date: \"2022-02-01\"\n  url: \"https://www.nato.int/2\"\n  lang: \"en\"\n";

    /** Adds SECOND_SOURCE, with a label line if {@code label} is not null. */
    private static Fixture withSecondSource(Fixture f, String label) {
        String second = label == null ? SECOND_SOURCE : SECOND_SOURCE.replace(PUBLISHER + "\n", PUBLISHER + "\n  label: \"" + label + "\"\n");
        return f.write(SOURCES, f.read(SOURCES) + second);
    }

    @Test
    void theValidFixtureBakes() {
        Bake.Result result = Fixture.create("valid").bake();
        assertFalse(result.failed(), () -> "the fixture should bake cleanly:\n" + result.messages());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            mistake("a missing required field", ACTOR, f -> f.edit(ACTOR, "role=Alliance of 30 states\n", ""), "field 'role'"),
            mistake("a misspelt field name", ACTOR, f -> f.edit(ACTOR, "summary=", "sumary="), "field 'sumary'"),
            mistake("a misspelt status field", ACTOR, f -> f.edit(ACTOR, "status=published", "stauts=published"), "field 'stauts'"),
            mistake("a status that is neither published nor draft", ACTOR, f -> f.edit(ACTOR, "status=published", "status=live"), "field 'status'"),
            mistake("an unknown kind of actor", ACTOR, f -> f.edit(ACTOR, "kind=organisation", "kind=club"), "field 'kind'"),
            mistake("an unknown actor key in an event", EVENT, f -> f.edit(EVENT, "actors=nato", "actors=nato,nobody"), "field 'actors'"),
            mistake("a malformed date", EVENT, f -> f.edit(EVENT, "start=2022-01-12", "start=12/01/2022"), "field 'start'"),
            mistake("an impossible date", EVENT, f -> f.edit(EVENT, "start=2022-01-12", "start=2021-02-30"), "not a real date"),
            mistake("a precision that does not fit the date", EVENT, f -> f.edit(EVENT, "precision=day", "precision=month"), "field 'start'"),
            mistake("an unknown precision", EVENT, f -> f.edit(EVENT, "precision=day", "precision=week"), "field 'precision'"),
            mistake("an end date before the start", EVENT, f -> f.edit(EVENT, "precision=day\n", "precision=day\nend=2021-12-01\n"), "field 'end'"),
            mistake("an unknown era", EVENT, f -> f.edit(EVENT, "era=crisis", "era=future"), "field 'era'"),
            mistake("a twin that disagrees on the date", EVENT, f -> f.edit("content/id/events/2022-01-12-nrc-meeting.md", "start=2022-01-12", "start=2022-01-13"), "Both languages must agree"),
            mistake("an unknown related term", TERM, f -> f.edit(TERM, "other=", "related=nope\nother="), "field 'related'"),
            mistake("an item without its twin", TERM, f -> f.delete("content/id/terms/nrc.md"), "has no published twin"),
            mistake("two items with the same key", ACTOR, f -> f.write("content/actors/nato-copy.md", f.read(ACTOR)), "content/actors/nato-copy.md"),
            mistake("an unknown article paragraph", PAGE, f -> f.edit(PAGE, "[[P1,fixture-source]]", "[[P99]]"), "field 'body'"),
            mistake("an unknown source key in the header", PAGE, f -> f.edit(PAGE, "sources=P1", "sources=P1,no-such-source"), "field 'sources'"),
            mistake("a link to an unknown term", PAGE, f -> f.edit(PAGE, "(term:nrc)", "(term:nope)"), "term:nope"),
            mistake("a link to an unknown actor", PAGE, f -> f.edit(PAGE, "(actor:nato)", "(actor:otan)"), "actor:otan"),
            mistake("a link to an anchor inside a page", PAGE, f -> f.edit(PAGE, "(actor:nato)", "(page:key-points#nope)"), "Links cannot point inside a page"),
            mistake("a link to a file path", PAGE, f -> f.edit(PAGE, "## The short version", "## The short version\n\nSee [the list](../nope.html)."), "links to '../nope.html'"),
            mistake("a raw web address", PAGE, f -> f.edit(PAGE, "## The short version", "## The short version\n\nSee https://www.nato.int/ now."), "links to 'https://www.nato.int/'"),
            mistake("a link to a draft", PAGE, f -> f.edit(ACTOR, "status=published", "status=draft"), "its file content/actors/nato.md is a draft"),
            mistake("a misspelt status line, with what was meant", TERM,
                f -> f.edit(TERM, "status=published", "stauts=published"), "field 'stauts': is not a field of a term: did you mean status=?"),
            mistake("a title the share card's font cannot draw", TERM, f -> f.edit(TERM, "title=", "title=\u5317 "), "field 'title': has '\u5317'"),
            mistake("an empty body after the header line", TERM, f -> f.write(TERM, f.read(TERM).replaceAll("(?s)~~~~~~\\n.*", "~~~~~~\n")), "field 'body': is empty"),
            mistake("a citation pasted into a header field", ACTOR, f -> f.edit(ACTOR, "summary=The alliance.", "summary=The alliance.[[P1]]"), "field 'summary': contains a citation"),
            mistake("a paragraph without a citation", PAGE, f -> f.edit(PAGE, "## The short version", "## The short version\n\nNATO has 30 members."), "cites no source"),
            mistake("a list item without a citation", PAGE, f -> f.edit(PAGE, "## The short version", "## The short version\n\n- NATO has 30 members.[[P1]]\n- Russia is not one."), "this list item"),
            mistake("the no-claim marker mixed with a source", PAGE, f -> f.edit(PAGE, "[[P1,fixture-source]]", "[[P1,no-claim]]"), "mixes sources with no-claim"),
            mistake("a word the terminology table avoids", "content/id/key-points.md", f -> f.write("data/terminology.yaml",
                "terms:\n  - en: \"NATO–Russia Council\"\n    id: \"Dewan NATO-Rusia\"\n    avoid_id: [\"ringkasnya\"]\n    avoid_en: []\n")
                .edit("content/id/key-points.md", "~~~~~~\n", "~~~~~~\nRingkasnya, NATO bertemu Rusia.[[P1]]\n\n"), "the site's term is 'Dewan NATO-Rusia'"),
            mistake("an export of something that is not exported", "content/data/people.json.md",
                f -> f.write("content/data/people.json.md", f.read("content/data/actors.json.md").replace("key=actors", "key=people")), "field 'key': 'people' is not something"),
            mistake("a malformed updated date", PAGE, f -> f.edit(PAGE, "updated=2026-11-29", "updated=yesterday"), "field 'updated'"),
            mistake("raw script in Markdown", PAGE, f -> f.edit(PAGE, "## The short version", "## The short version\n\n<script>alert(1)</script>"), "raw HTML"),
            mistake("an event attribute in Markdown", PAGE, f -> f.edit(PAGE, "## The short version", "## The short version\n\n<b onclick=\"x()\">hi</b>"), "on...= attribute"),
            mistake("an image without alternative text", PAGE, f -> f.edit(PAGE, "## The short version", "## The short version\n\n![](map.svg)"), "alternative text"),
            mistake("a skipped heading level", PAGE, f -> f.edit(PAGE, "## The short version", "#### The short version"), "skips a heading level"),
            mistake("an empty body", ACTOR, f -> f.edit(ACTOR, "The alliance.[[P1]]", ""), "field 'body'"),
            mistake("a file in the wrong folder for its language", ACTOR, f -> f.edit(ACTOR, "lang=en", "lang=id").delete("content/id/actors/nato.md"), "content/id/actors/nato.md"),
            mistake("an empty citation label", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"\""), "field 'label': source 'fixture-source': is empty"),
            mistake("a citation label with no value", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label:"), "field 'label': source 'fixture-source': is empty"),
            mistake("a citation label that is not text", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: 2022"), "field 'label': source 'fixture-source': must be text in quotes"),
            mistake("a citation label longer than 30 characters", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"North Atlantic Treaty Organization 2022\""), "field 'label': source 'fixture-source': 'North Atlantic Treaty Organization 2022' has 39 characters"),
            mistake("a citation label with a stray space", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"NATO  2022\""), "field 'label': source 'fixture-source': 'NATO  2022' must be one line"),
            mistake("a citation label with the wrong year", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"NATO HQ 2021\""), "field 'label': source 'fixture-source': 'NATO HQ 2021' must end with the year of the source's date=2022-01-12, and at most one lowercase letter after it to tell sources apart, like 'NATO HQ 2022'"),
            mistake("a citation label with two letters after the year", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"NATO 2022ab\""), "field 'label': source 'fixture-source': 'NATO 2022ab' must end with the year of the source's date=2022-01-12, and at most one lowercase letter after it to tell sources apart, like 'NATO 2022a'"),
            mistake("a citation label with a capital letter after the year", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"NATO 2022A\""), "like 'NATO 2022a'"),
            mistake("a citation label with a letter after the wrong year", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"NATO 2021b\""), "like 'NATO 2022b'"),
            mistake("two sources with the same publisher and year and no labels", SOURCES, f -> withSecondSource(f, null),
                "field 'label': sources 'fixture-second' and 'fixture-source' both show the citation label 'NATO 2022', so readers cannot tell them apart. "
                    + "Give each a letter after the year, in order of date: 'NATO 2022a', 'NATO 2022b'"),
            mistake("a source whose label is another source's publisher and year", SOURCES,
                f -> withSecondSource(f, "NATO 2022").edit(SOURCES, "publisher: \"NATO\"\n  label: \"NATO 2022\"", "publisher: \"NATO Public Diplomacy Division\"\n  label: \"NATO 2022\""),
                "field 'label': sources 'fixture-second' and 'fixture-source' both show the citation label 'NATO 2022'"),
            mistake("a source without a letter next to one of the same publisher and year with a letter", SOURCES, f -> withSecondSource(f, "NATO 2022a"),
                "field 'label': source 'fixture-source': shows 'NATO 2022', but another source of that name and year shows 'NATO 2022a'. "
                    + "Give it a letter too, the next one: label: \"NATO 2022b\"."),
            mistake("two sources with the same lettered label", SOURCES,
                f -> withSecondSource(f, "NATO 2022a").edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"NATO 2022a\""),
                "field 'label': sources 'fixture-second' and 'fixture-source' both show the citation label 'NATO 2022a', so readers cannot tell them apart. Give each a letter after the year, in order of date: 'NATO 2022a', 'NATO 2022b'"),
            mistake("a citation label without a year", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  label: \"NATO HQ\""), "like 'NATO HQ 2022'"),
            mistake("a source without a date", SOURCES, f -> f.edit(SOURCES, "  date: \"2022-01-12\"\n", ""), "field 'date': source 'fixture-source': is missing or empty"),
            mistake("a source date written without quotes", SOURCES, f -> f.edit(SOURCES, "date: \"2022-01-12\"", "date: 2022-01-12"), "field 'date': source 'fixture-source': is missing or empty. Every source needs publisher, title, date, url, lang, each as text in quotes"),
            mistake("a source date that is not a date", SOURCES, f -> f.edit(SOURCES, "date: \"2022-01-12\"", "date: \"12 January 2022\""), "field 'date': source 'fixture-source': '12 January 2022' is not a date"),
            mistake("a source address that is not a web address", SOURCES, f -> f.edit(SOURCES, "url: \"https://www.nato.int/\"", "url: \"www.nato.int\""), "field 'url': source 'fixture-source': 'www.nato.int' is not a web address"),
            mistake("a source language that is not a code", SOURCES, f -> f.edit(SOURCES, "lang: \"en\"", "lang: \"English\""), "field 'lang': source 'fixture-source': 'English' is not a language code"),
            mistake("an uncited source without a publisher", SOURCES, f -> f.write(SOURCES, f.read(SOURCES)
                + "uncited-source:\n  title: \"Not cited anywhere\"\n  date: \"2021\"\n  url: \"https://example.org/\"\n  lang: \"en\"\n"),
                "source 'uncited-source'"),
            mistake("a source without a publisher", SOURCES, f -> f.edit(SOURCES, "  " + PUBLISHER + "\n", ""), "field 'publisher': source 'fixture-source': is missing or empty"),
            mistake("a misspelt source field", SOURCES, f -> f.edit(SOURCES, PUBLISHER, PUBLISHER + "\n  lable: \"NATO HQ 2022\""), "field 'lable': source 'fixture-source': is not a field of a source")
        );
    }

    private static Arguments mistake(String name, String file, UnaryOperator<Fixture> breakIt, String expected) {
        return Arguments.of(name, file, breakIt, expected);
    }

    @ParameterizedTest(name = "{0} stops the bake, naming the file and the field")
    @MethodSource("mistakes")
    void aMistakeStopsTheBakeNamingTheFileAndField(String name, String file, UnaryOperator<Fixture> breakIt, String expected) {
        Fixture fixture = breakIt.apply(Fixture.create(name.replaceAll("[^a-z]+", "-")));
        Bake.Result result = fixture.bake();
        assertTrue(result.failed(), () -> name + ": the bake should have failed");
        String messages = result.messages();
        assertTrue(messages.lines().anyMatch(l -> l.matches("\\S+:\\d+: field '[^']+': .*")), () -> name + ": no line like 'file:line: field 'x': ...' in:\n" + messages);
        assertTrue(messages.contains(file) || name.startsWith("two items"), () -> name + ": the message should name " + file + ":\n" + messages);
        assertTrue(messages.contains(expected), () -> name + ": the message should say '" + expected + "':\n" + messages);
    }
}
