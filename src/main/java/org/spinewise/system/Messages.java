package org.spinewise.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every human-readable word Spinewise writes itself (pages, problem+json, form errors), in English
 * ({@code messages.properties}) and Spanish ({@code messages_es.properties}), for the language of the
 * request being answered. Static so that templates and plain-Java readers reach it without wiring; the
 * same source is Spring's {@code messageSource} bean. A message with placeholders ({@code {0}}) is a
 * {@link java.text.MessageFormat} pattern, where a quote is written twice.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasename("messages");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false); // English is the base file, whatever the machine's locale
    }

    /**
     * Each language's messages read once into a plain map: a page asks for a hundred of them, and the message
     * source's own lookup (a bundle per call, then a cache per code) showed as a tenth of a page's time.
     */
    private static final Map<String, String> ENGLISH_TEXTS = texts(ENGLISH);

    private static final Map<String, String> SPANISH_TEXTS = texts(SPANISH);

    /** {@link #wordsJson} per language and prefix: the same few scripts' words on every page that plays. */
    private static final Map<String, String> WORDS = new ConcurrentHashMap<>();

    private Messages() {}

    /**
     * The message {@code key} in the current request's language, its placeholders filled with {@code args}. As
     * Spring's message source: without arguments the text is given as written (no MessageFormat quoting), and a
     * key in neither file is a {@link NoSuchMessageException}.
     */
    public static String t(String key, Object... args) {
        Locale locale = locale();
        String text = in(locale, key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(asText(args));
    }

    /** The message {@code key} in {@code locale}'s language, for work that answers no request (the scheduler's). */
    public static String in(Locale locale, String key) {
        String text = textsOf(locale).get(key);
        if (text == null) {
            throw new NoSuchMessageException(key, locale);
        }
        return text;
    }

    /** Spanish for {@code es} and any {@code es-*}, as {@link #locale()} reads a request; English otherwise. */
    private static Map<String, String> textsOf(Locale locale) {
        return SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH_TEXTS : ENGLISH_TEXTS;
    }

    /**
     * A source as the API gives it in every language (an article section cited in English words, the
     * {@code source.article} message), cited in the request's language for a page; any other source as it is.
     */
    public static String citation(String source) {
        String english = ENGLISH_TEXTS.getOrDefault("source.article", "{0}");
        int at = english.indexOf("{0}");
        String before = english.substring(0, Math.max(at, 0));
        String after = at < 0 ? "" : english.substring(at + 3);
        if (at < 0
                || source.length() < before.length() + after.length()
                || !source.startsWith(before)
                || !source.endsWith(after)) {
            return source;
        }
        return t("source.article", source.substring(before.length(), source.length() - after.length()));
    }

    /** The language's file over the English base file, the way the message source falls back. */
    private static Map<String, String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(), bundle::getString));
    }

    /** Values as they are written ({@code 2026}, {@code 25.125}), never regrouped or rounded by MessageFormat. */
    private static Object[] asText(Object[] args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return texts;
    }

    /** The language being answered in: Spanish for {@code es} and {@code es-*}, English for anything else. */
    public static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale asked = context == null ? null : context.getLocale();
        return supported(asked);
    }

    /** {@code "es"} or {@code "en"}, for {@code <html lang>}. */
    public static String language() {
        return locale().getLanguage();
    }

    /** Spanish for {@code es} and {@code es-*}, English for anything else (or nothing). */
    public static Locale supported(@org.jspecify.annotations.Nullable Locale asked) {
        return asked != null && "es".equals(asked.getLanguage()) ? SPANISH : ENGLISH;
    }

    /**
     * The messages whose keys start with {@code prefix}, as a JSON object from the rest of each key to its
     * text in the request's language: the words a page's script shows, handed over in a {@code data-}
     * attribute. Their placeholders ({@code {name}}) are left for the script to fill.
     */
    public static String wordsJson(String prefix) {
        Locale locale = locale();
        return WORDS.computeIfAbsent(locale.getLanguage() + ":" + prefix, ignored -> wordsJson(prefix, locale));
    }

    private static String wordsJson(String prefix, Locale locale) {
        Map<String, String> texts = textsOf(locale);
        StringBuilder json = new StringBuilder("{");
        new TreeSet<>(ENGLISH_TEXTS.keySet())
                .stream().filter(key -> key.startsWith(prefix)).forEach(key -> {
                    String text = texts.getOrDefault(key, ENGLISH_TEXTS.getOrDefault(key, ""));
                    json.append(json.length() > 1 ? "," : "")
                            .append(quoted(key.substring(prefix.length())))
                            .append(':')
                            .append(quoted(text));
                });
        return json.append('}').toString();
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append((char) c);
            } else if (c < 0x20) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                quoted.append((char) c);
            }
        });
        return quoted.append('"').toString();
    }

    /** The same messages as Spring's {@code messageSource} bean. */
    public static MessageSource source() {
        return SOURCE;
    }
}
