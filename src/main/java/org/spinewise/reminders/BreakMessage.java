package org.spinewise.reminders;

import java.nio.charset.StandardCharsets;

import org.spinewise.system.Messages;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The notification a break sends: {@code {"title", "body", "url"}}, the url the desk routine's address. Its words
 * are in the language of the request that sends it (a test push), and in English from the scheduler, which
 * answers no request and keeps no language of the person's.
 */
public final class BreakMessage {

    private BreakMessage() {}

    public static String title() {
        return Messages.t("reminders.break.title");
    }

    public static String body() {
        return Messages.t("reminders.break.body");
    }

    public static byte[] payload(String deskRoutineUrl) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("title", title());
        message.put("body", body());
        message.put("url", deskRoutineUrl);
        return message.toString().getBytes(StandardCharsets.UTF_8);
    }
}
