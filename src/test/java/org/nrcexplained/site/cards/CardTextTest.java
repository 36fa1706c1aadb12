package org.nrcexplained.site.cards;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nrcexplained.site.content.Site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a card says, in each language, from the real data/i18n.yaml. */
class CardTextTest {

    private static CardStrings strings;

    @BeforeAll
    static void load() throws IOException {
        strings = CardStrings.from(Site.read(Path.of("")).i18n());
    }

    @Test
    void actorsSayWhoIsWhoAndTheirKind() {
        assertEquals("Who is who · Person", label("actor", "en", "kind", "person"));
        assertEquals("Tokoh dan lembaga · Tokoh", label("actor", "id", "kind", "person"));
        assertEquals("Tokoh dan lembaga · Kantor berita", label("actor", "id", "kind", "agency"));
    }

    @Test
    void eventsGiveTheirDateInThePagesLanguageToItsPrecision() {
        assertEquals("Chronology · 12 January 2022", label("event", "en", "start", "2022-01-12", "precision", "day"));
        assertEquals("Kronologi · 12 Januari 2022", label("event", "id", "start", "2022-01-12", "precision", "day"));
        assertEquals("Chronology · 5 July 2019", label("event", "en", "start", "2019-07-05", "precision", "day"));
        assertEquals("Kronologi · Januari 2017", label("event", "id", "start", "2017-01", "precision", "month"));
        assertEquals("Chronology · 2004", label("event", "en", "start", "2004", "precision", "year"));
        assertEquals("Chronology · 8 July 2016 – 9 July 2016", label("event", "en", "start", "2016-07-08", "precision", "day", "end", "2016-07-09"));
        assertEquals("Kronologi · Oktober 1962 – November 1962", label("event", "id", "start", "1962-10", "precision", "month", "end", "1962-11"));
    }

    @Test
    void otherKindsOfPage() {
        assertEquals("Glossary", label("term", "en"));
        assertEquals("Glosarium", label("term", "id"));
        assertEquals("Last updated 29 November 2026", label("page", "en", "updated", "2026-11-29"));
        assertEquals("Terakhir diperbarui 29 November 2026", label("page", "id", "updated", "2026-11-29"));
        assertEquals("English · Bahasa Indonesia", label("home", "en"));
        assertEquals("Bahasa Indonesia · English", label("home", "id"));
        // A listing's title already names it.
        assertEquals("", CardText.of(page("glossary", "en", "title", "Glossary"), strings).label());
        assertEquals("", CardText.of(page("actors", "id", "title", "Tokoh dan lembaga"), strings).label());
    }

    @Test
    void siteNameAndTaglineInThePagesLanguage() {
        ShareCard.Text en = CardText.of(page("term", "en", "title", "NRC"), strings);
        ShareCard.Text id = CardText.of(page("term", "id", "title", "NRC"), strings);
        assertEquals("NRC Explained", en.siteName());
        assertEquals("Memahami Dewan NATO-Rusia", id.siteName());
        assertEquals("The NATO–Russia Council meeting of 12 January 2022, and what led to it", en.tagline());
        assertEquals("Pertemuan Dewan NATO-Rusia 12 Januari 2022 dan latar belakangnya", id.tagline());
    }

    @Test
    void aMissingUiStringIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CardText.of(page("actor", "en", "title", "X", "kind", "robot"), strings));
        assertEquals("data/i18n.yaml: UI string 'kind_robot' is missing in section 'en'.", e.getMessage());
    }

    @Test
    void cardFilesFollowThePagesPaths() {
        Path cards = Path.of("site", "cards");
        assertEquals(cards.resolve("actors/nato.png"), ShareCards.cardFile(cards, "actors/nato.html"));
        assertEquals(cards.resolve("id/actors/nato.png"), ShareCards.cardFile(cards, "id/actors/nato.html"));
        assertEquals(cards.resolve("index.png"), ShareCards.cardFile(cards, "index.html"));
        assertEquals(cards.resolve("id/index.png"), ShareCards.cardFile(cards, "id/index.html"));
    }

    private static String label(String type, String lang, String... fields) {
        return CardText.of(page(type, lang, fields), strings).label();
    }

    private static Map<String, Object> page(String type, String lang, String... fields) {
        Map<String, Object> page = new HashMap<>();
        page.put("type", type);
        page.put("lang", lang);
        page.put("title", "A title");
        for (int i = 0; i < fields.length; i += 2) page.put(fields[i], fields[i + 1]);
        return page;
    }
}
