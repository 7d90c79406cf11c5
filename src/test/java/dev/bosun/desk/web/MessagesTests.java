package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Chinese, and every key a template or controller names exists. */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void chineseTextsAreChinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : zh.stringPropertyNames()) {
            String text = zh.getProperty(key);
            boolean hasHan =
                    text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!hasHan && !key.equals("area.listings") && !text.matches("[A-Za-z0-9 .:/_-]*")) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Properties en = load("messages.properties");
        Set<String> used = new TreeSet<>();
        collect(RESOURCES.resolve("templates"), Pattern.compile("#\\{([a-zA-Z0-9_.-]+)"), used);
        collect(SOURCES, Pattern.compile("message\\(\"([a-zA-Z0-9_.-]+)\""), used);
        collect(SOURCES, Pattern.compile("\"(error\\.[a-zA-Z0-9_.-]+)\""), used);
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(k -> !en.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void messagesWithArgumentsHaveNoBareApostrophe() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            }
        }
    }

    /** Without arguments a text is shown as written (no MessageFormat), so a doubled apostrophe would show twice. */
    @Test
    void messagesWithoutArgumentsHaveNoDoubledApostrophe() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!text.matches("(?s).*\\{\\d+[^}]*}.*")) {
                    assertThat(text).as(file + " " + key).doesNotContain("''");
                }
            }
        }
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
