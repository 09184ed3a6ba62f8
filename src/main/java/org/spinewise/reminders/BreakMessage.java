package org.spinewise.reminders;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.spinewise.system.Messages;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The notification a break sends: {@code {"title", "body", "url"}}, the url the desk routine's address. Its words
 * are in the language the browser subscribed in: the scheduler answers no request, so the subscription keeps it.
 */
public final class BreakMessage {

    private BreakMessage() {}

    public static byte[] payload(String deskRoutineUrl, String language) {
        Locale locale = Locale.forLanguageTag(language);
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("title", Messages.in(locale, "reminders.break.title"));
        message.put("body", Messages.in(locale, "reminders.break.body"));
        message.put("url", deskRoutineUrl);
        return message.toString().getBytes(StandardCharsets.UTF_8);
    }
}
