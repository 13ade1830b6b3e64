package org.accountsuccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The page's two message catalogues (js/messages/*.json) against each other and the page's code. */
class MessageCataloguesTest {
    private static final Path WEB = Paths.get("src/main/resources/web/js");
    /** A key the code names literally: t('portfolio.title' … */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\('([^']+)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    private static Map<String, String> catalogue(String language) throws IOException {
        return new ObjectMapper().readValue(WEB.resolve("messages/" + language + ".json").toFile(),
                new TypeReference<Map<String, String>>() { });
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(catalogue("de").keySet()).containsExactlyInAnyOrderElementsOf(catalogue("en").keySet());
    }

    @Test
    void aTranslationFillsTheSamePlaceholders() throws IOException {
        Map<String, String> de = catalogue("de");
        catalogue("en").forEach((key, english) -> assertThat(placeholders(de.get(key)))
                .as("placeholders of %s", key).isEqualTo(placeholders(english)));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(WEB)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(file));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(catalogue("en").keySet()).containsAll(named);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
