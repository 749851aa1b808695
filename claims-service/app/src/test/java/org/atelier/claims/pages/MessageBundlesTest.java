package org.atelier.claims.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The pages are in English and Russian: every text, refusals included, must exist in both. */
class MessageBundlesTest {

    @Test
    void englishAndRussianHaveTheSameKeys() throws Exception {
        Properties english = load("messages.properties");
        Properties russian = load("messages_ru.properties");

        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).filteredOn(key -> key.startsWith("rule.")).hasSizeGreaterThan(30);
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
