package org.spinewise.system.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page shows comes from {@code messages.properties} and {@code messages_es.properties}: a
 * template holds no bare text (text nodes, user-visible attributes, words passed to another template), and
 * the two files hold the same keys, each used key exists and each message keeps its placeholders.
 */
class TemplateWordsTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path JAVA = Path.of("src/main/java");

    /** What is not a language: the product's name and the language names the switch shows as they are. */
    private static final Pattern NOT_LANGUAGE = Pattern.compile("Spinewise|&[a-z]+;|&#\\d+;");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][\\w-]*)([^<>]*)>");
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\s(title|alt|aria-label|placeholder|aria-description|aria-valuetext)=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");
    private static final Pattern BUTTON_INPUT = Pattern.compile("type=\"(submit|button|reset)\"");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?s)<(script|style)[^>]*>.*?</\\1>");
    /** A string literal in template code that reads as words: two words, or one capitalised word. */
    private static final Pattern WORDS_LITERAL =
            Pattern.compile("\"([^\"\\\\]*(\\p{L}\\s+\\p{L}|^\\p{Lu}\\p{Ll}+)[^\"\\\\]*)\"", Pattern.MULTILINE);

    /** Class names such as {@code "signs disposition-"}: lower case, with a hyphen. */
    private static final Pattern CSS_CLASSES = Pattern.compile("[a-z0-9 ]*-[a-z0-9 -]*");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_USE = Pattern.compile("\\bt\\(\\s*\"([\\w.-]+)\"\\s*([+,)])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".jte")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplateHoldsNoBareWords(Path template) {
        String name = TEMPLATES.relativize(template).toString();
        JteSplit split = JteSplit.of(read(template));
        List<String> bare = new ArrayList<>();
        String html = SCRIPT_OR_STYLE.matcher(split.html()).replaceAll("");
        Matcher text = TEXT_NODE.matcher(">" + html + "<");
        while (text.find()) {
            addIfWords(bare, "text", text.group(1));
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                addIfWords(bare, attribute.group(1), attribute.group(2));
            }
            Matcher value = VALUE.matcher(tag.group(2));
            // a button input shows its value; a <button>'s value is sent, never shown
            boolean shown = tag.group(1).equals("input")
                    && BUTTON_INPUT.matcher(tag.group(2)).find();
            if (shown && value.find()) {
                addIfWords(bare, "value", value.group(1));
            }
        }
        Matcher literal = LITERAL.matcher(split.code());
        while (literal.find()) {
            boolean cssClasses = CSS_CLASSES.matcher(literal.group(1)).matches();
            if (!cssClasses
                    && WORDS_LITERAL.matcher("\"" + literal.group(1) + "\"").matches()) {
                addIfWords(bare, "literal", literal.group(1));
            }
        }
        assertThat(bare)
                .as("bare words in %s (use t(\"key\") from messages.properties)", name)
                .isEmpty();
    }

    private static void addIfWords(List<String> bare, String where, String text) {
        String left = NOT_LANGUAGE.matcher(text).replaceAll("");
        if (LETTER.matcher(left).find()) {
            bare.add(where + ": " + text.strip());
        }
    }

    @Test
    void bothLanguagesHoldTheSameKeysWithTheSamePlaceholders() {
        Properties english = messages("messages.properties");
        Properties spanish = messages("messages_es.properties");

        assertThat(spanish.stringPropertyNames())
                .as("keys in Spanish and English")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(spanish.getProperty(key, "")))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            for (Properties language : List.of(english, spanish)) {
                String message = language.getProperty(key, "");
                assertThat(message).as("message %s", key).isNotBlank();
                if (!placeholders(message).isEmpty()) {
                    assertThat(message.replace("''", ""))
                            .as("a quote in %s, a pattern with placeholders, is written twice", key)
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyUsedByATemplateOrTheJavaCodeExists() throws IOException {
        Set<String> keys = messages("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        List<Path> sources = new ArrayList<>(templates().toList());
        try (Stream<Path> java = Files.walk(JAVA)) {
            java.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher use = KEY_USE.matcher(read(source));
            while (use.find()) {
                String key = use.group(1);
                boolean prefix = use.group(2).equals("+"); // t("layout.language." + lang): some key must start so
                if (prefix ? keys.stream().noneMatch(k -> k.startsWith(key)) : !keys.contains(key)) {
                    missing.add(key + " (" + source + ")");
                }
            }
        }
        assertThat(missing).as("keys used but in neither language").isEmpty();
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    private static Properties messages(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", file))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
